/// "tried to save one of the wounded demonstrators": "one of the ..." without a verb of its own
/// picks a person out of a group; it counts nothing (with one, "one of the wounded died", it is kept).
struct OneOfGroupDropped: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let m = d.analysis.mention
        if d.trigger == nil, m.value == 1, !m.digits, m.upper == nil, m.last + 2 < c.n, c.tokens[m.last + 1].is("of"),
            Lexicon.partitiveDeterminers.contains(token: c.tokens[m.last + 2])
        {
            return .drop
        }
        return .next
    }
}
