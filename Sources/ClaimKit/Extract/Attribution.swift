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
    /// The cue closes the sentence ("..., the ministry said on Tuesday.") or was carried over from
    /// another sentence: it covers every clause of the sentence.
    var coversSentence = false

    static let none = Attribution(kind: .none, speaker: nil, cue: nil)

    /// The cue of `cues` (in text order) that a claim starting at token `index` belongs to.
    ///
    /// Attribution is per clause: a cue before the claim does not reach over a clause break that
    /// opens with a new actor ("..., and Germany pledged 10 million euros"); a cue after the claim
    /// reaches back over no clause break at all ("$12m for relief, and the EU said it was ready")
    /// unless it closes the sentence. No cue left → the outlet's own voice.
    static func pick(_ cues: [Attribution], for index: Int, breaks: [ClauseBreak] = []) -> Attribution {
        if let before = cues.last(where: { $0.position <= index }) {
            if before.coversSentence || !breaks.contains(where: { $0.newActor && $0.index > before.position && $0.index < index }) {
                return before
            }
        }
        if let after = cues.first(where: { $0.position > index }) {
            if after.coversSentence || !breaks.contains(where: { $0.index > index && $0.index < after.position }) { return after }
        }
        if let final = cues.last(where: { $0.coversSentence }) { return final }
        return .none
    }
}
