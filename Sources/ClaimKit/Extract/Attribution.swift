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
    /// Token index where the attributed clause starts (the speaker or the cue): a claim takes
    /// the nearest cue at or before it, else the first one after it.
    var position: Int = 0

    static let none = Attribution(kind: .none, speaker: nil, cue: nil)

    /// The cue of `cues` (in text order) that a claim starting at token `index` belongs to.
    static func pick(_ cues: [Attribution], for index: Int) -> Attribution {
        cues.last(where: { $0.position <= index }) ?? cues.first ?? .none
    }
}
