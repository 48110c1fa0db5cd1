/// People given in a swap are prisoners, not a force or a toll: "released in a prisoner swap for
/// three high-ranking insurgents", "in exchange for 50 soldiers".
struct ExchangedDropped: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis, first = a.mention.first
        guard a.mention.unit == nil, d.category != .money, first >= 2, c.tokens[first - 1].is("for") else {
            return .next
        }
        if Lexicon.exchangeWords.contains(token: c.tokens[first - 2]) { return .drop }
        return .next
    }
}
