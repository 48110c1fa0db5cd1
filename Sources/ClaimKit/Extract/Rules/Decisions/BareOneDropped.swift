/// A bare "one" ("one was killed") is a pronoun as often as a count: it needs its noun
/// (or to follow "and" after a claim, with its own predicate).
struct BareOneDropped: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis, m = a.mention
        if a.elided, !m.digits, m.value == 1, m.upper == nil,
            !(c.found.last != nil && m.first > 0 && c.tokens[m.first - 1].is("and") && a.postTrigger != nil)
        {
            return .drop
        }
        return .next
    }
}
