/// A count per period is a rate, not a toll: "about 25 bodies a week are interred", "losing 100
/// soldiers per day" (not "a day after the truce"). Sums are left to the money rules ("$5 a day").
struct RateDropped: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        guard a.mention.unit == nil, d.category != .money else { return .next }
        let j = a.nounEnd + 1
        guard j + 1 < c.n, Lexicon.rateWords.contains(token: c.tokens[j]),
            Lexicon.ratePeriods.contains(token: c.tokens[j + 1])
        else { return .next }
        // "killed 40 people a day after the truce": a time, not a rate.
        if j + 2 < c.n, Lexicon.periodPlacingWords.contains(token: c.tokens[j + 2]) { return .next }
        return .drop
    }
}
