/// A unit after the number: times ("4 am"), durations and ages ("44 days", "nearly 30 years"),
/// measures ("30 km"), a hyphenated modifier ("44-day war", "34-year-old", "three-member"; not a
/// strength: "a 5,000-strong force", "a 20,000-man army").
struct UnitAfter: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        let tokens = s.tokens, n = s.n, after = m.last + 1
        guard after < n else { return false }
        let next = tokens[after]
        if Lexicon.timeWords.contains(token: next) { return true }
        if Lexicon.durationUnits.contains(token: next) { return true }
        if next.isWord, next.lower.hasPrefix("year-") || next.lower.hasPrefix("years-") { return true }
        if Lexicon.measureWords.contains(token: next) && m.unit == nil { return true }
        if next.lower == "-", !next.spaceBefore, after + 1 < n, tokens[after + 1].isWord,
            !tokens[after + 1].spaceBefore,
            Lexicon.strengthWords.contains(token: tokens[after + 1]) == false
        {
            return true
        }
        return false
    }
}
