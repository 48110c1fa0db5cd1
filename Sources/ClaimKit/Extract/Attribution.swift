/// Who a sentence credits its claims to, as found by `SpeakerFinder`.
struct Attribution: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// No cue: the outlet's own voice.
        case none
        /// "it was reported": explicitly no speaker.
        case passive
        /// A speaker (possibly resolved from a pronoun or "the ministry").
        case speaker
    }

    var kind: Kind
    /// The speaker's words (resolved), nil unless `kind == .speaker`.
    var speaker: String?
    /// The cue ("said", "according to", "it said", "headline").
    var cue: String?

    static let none = Attribution(kind: .none, speaker: nil, cue: nil)
}
