/// "the UN estimate of 670", "is estimated to be 2,000", "estimated at $5m": an estimate is about.
struct EstimateHedge: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let first = d.mention.first, t = c.tokens
        guard d.mention.qualifier == .exact, first >= 2 else { return .next }
        let a = t[first - 2].lower, b = t[first - 1].lower
        if b == "of" && a == "estimate" || b == "at" && a == "estimated"
            || b == "be" && a == "to" && first >= 3 && t[first - 3].is("estimated")
        {
            d.mention.qualifier = .about
        }
        return .next
    }
}
