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
    /// Token index of the last clause break (", and", ", but", ", while", ";") before the cue:
    /// a claim before that break is in another clause and does not take this cue.
    var clauseStart: Int = 0
    /// Token index of the first clause break after the cue that opens with a new capitalised actor
    /// ("..., and Germany pledged ..."): claims from there on are not this cue's.
    var clauseEnd: Int = Int.max
    /// The cue closes the sentence, set off by a comma ("..., and 12 were wounded, the ministry said."):
    /// it covers the claims of every clause before it.
    var coversSentence = false
    /// The first non-restrictive relative clause after the cue (", which gave $5.9 million toward ..."),
    /// from its comma to the next mark: background the writer adds, not the speaker's words (for sums).
    var aside: Range<Int> = 0..<0
    /// The speaker opens an object relative clause ("the $1.6 billion amendment that the agency
    /// says is essential"): it speaks about the noun, so a sum before it is the writer's (a count
    /// before it may be the clause's: "the 12 bodies that officials say were found").
    var opensRelativeClause = false
    /// The document the speaker was named as the author of ("report" in "according to a report in
    /// the Courier", "the UN's annual report said"): what a later "the report says" points back to.
    var document: String?
    /// The noun phrase this cue credits alone ("the $40 billion in purchases touted by X"): claims
    /// in it take this cue, no other claim does.
    var creditedPhrase: Range<Int>?

    static let none = Attribution(kind: .none, speaker: nil, cue: nil)

    /// The cue of `cues` (in text order) that a claim starting at token `index` belongs to.
    static func pick(_ cues: [Attribution], for index: Int) -> Attribution {
        if cues.contains(where: { $0.creditedPhrase != nil }) {
            if let phrase = cues.first(where: { $0.creditedPhrase?.contains(index) == true }) { return phrase }
            return pick(cues.filter { $0.creditedPhrase == nil }, for: index)
        }
        if let before = cues.last(where: { $0.position <= index }), index < before.clauseEnd { return before }
        if let after = cues.first(where: { $0.position > index }), after.clauseStart <= index || after.coversSentence {
            return after
        }
        return .none
    }
}
