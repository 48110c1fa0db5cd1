/// "eight people were still missing and 44 had been injured": the nearest counted noun before.
struct NearestCountedNoun: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let m = d.analysis.mention
        if d.subject.isEmpty, d.analysis.elided, let noun = c.lastCountedNoun, m.first > 0,
            c.tokens[m.first - 1].is("and")
        {
            d.subject = noun
        }
        return .next
    }
}
