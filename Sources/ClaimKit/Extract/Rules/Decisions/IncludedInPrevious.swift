/// "among them six children", "9 of them seriously": part of the claim before, in its category.
struct IncludedInPrevious: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if d.category == nil, a.including || a.pronounPartitive, let previous = c.found.last {
            d.category = previous.category
            if a.pronounPartitive || d.subject.isEmpty { d.subject = previous.subject }
        }
        return .next
    }
}
