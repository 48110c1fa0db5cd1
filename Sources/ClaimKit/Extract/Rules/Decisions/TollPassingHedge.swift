/// "the death toll passed 1,000": the verb is the hedge.
struct TollPassingHedge: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let m = d.mention
        if m.qualifier == .exact, d.trigger?.1 == "toll", m.first > 0,
            let q = Lexicon.tollPassingVerbs[c.tokens[m.first - 1].lower]
        {
            d.mention.qualifier = q
        }
        return .next
    }
}
