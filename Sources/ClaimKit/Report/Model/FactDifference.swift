/// One way the outlets telling a fact disagree, with who said what.
public struct FactDifference: Codable, Sendable, Equatable {
    /// What differs.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Different numbers for the same fact.
        case number
        /// Different hedges ("about", "more than", none).
        case hedge
        /// A different kind of subject that may be the same people ("police officers" / "soldiers").
        case subjectKind = "subject_kind"
        /// Different words for the counted subject.
        case subject
        /// Different speakers credited.
        case speaker
        /// One outlet credits a speaker, another states it in its own voice.
        case attribution
        /// Outlets that covered the story but not this fact.
        case omission
    }

    /// One variant and the outlets that gave it.
    public struct Variant: Codable, Sendable, Equatable {
        /// The variant as shown ("more than 300", "Azerbaijan", "own voice").
        public var text: String
        /// Outlets giving it, in input order.
        public var outlets: [String]

        /// Creates a variant.
        public init(text: String, outlets: [String]) {
            self.text = text
            self.outlets = outlets
        }
    }

    /// What differs.
    public var kind: Kind
    /// One line for people ("numbers differ: 4 (Outlet A) vs 5 (Outlet B)").
    public var detail: String
    /// The variants in order of first appearance; for an omission, one variant per omitting outlet.
    public var variants: [Variant]

    /// Creates a difference.
    public init(kind: Kind, detail: String, variants: [Variant]) {
        self.kind = kind
        self.detail = detail
        self.variants = variants
    }
}
