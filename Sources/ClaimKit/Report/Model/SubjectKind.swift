/// The normalised kind of a counted subject: "police officers", "interior ministry staff" and
/// "employees of the Ministry of Internal Affairs" are all `police`.
public struct SubjectKind: Codable, Sendable, Equatable, Hashable {
    /// Stable id ("police", "civilian", "people", or "head:word" for words not in the table).
    public var id: String
    /// Words for people ("police/security personnel").
    public var label: String
    /// Kinds of one family may be the same people under other words (police and soldiers).
    public var family: String?
    /// A word that says nothing of who was counted ("people", "citizens"): fits any kind of people.
    public var isGeneric: Bool
    /// A kind of people (as opposed to mines, weapons, money).
    public var isPeople: Bool

    /// Creates a kind.
    public init(id: String, label: String, family: String? = nil, isGeneric: Bool = false, isPeople: Bool = false) {
        self.id = id
        self.label = label
        self.family = family
        self.isGeneric = isGeneric
        self.isPeople = isPeople
    }

    /// An empty subject: the extractor found no counted noun.
    public static let unknown = SubjectKind(id: "", label: "unspecified", isGeneric: true)

    /// How two kinds relate when deciding whether two claims count the same thing.
    public enum Match: Int, Sendable, Comparable {
        /// Different things.
        case different = 0
        /// Possibly the same people in other words (police vs soldiers): group, but flag.
        case sameFamily = 1
        /// One side is generic ("people") or unknown.
        case generic = 2
        /// The same kind.
        case same = 3

        public static func < (lhs: Match, rhs: Match) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How `self` relates to `other`.
    public func match(_ other: SubjectKind) -> Match {
        if id == other.id { return .same }
        if id.isEmpty || other.id.isEmpty { return .generic }
        if isGeneric && (other.isPeople || other.isGeneric) { return .generic }
        if other.isGeneric && (isPeople || isGeneric) { return .generic }
        // A generic word for things ("equipment") fits any kind of thing, never people.
        if (isGeneric || other.isGeneric) && !isPeople && !other.isPeople { return .generic }
        if let family, family == other.family { return .sameFamily }
        return .different
    }
}
