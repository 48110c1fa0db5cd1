/// Without a trigger, a counted noun that names a state or troops: "12 fatalities", "5,000 troops".
struct StateHeadCategory: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        if d.category == nil, !d.analysis.headCategory.isThing, case .counts(let category) = d.analysis.headCategory {
            d.category = category
        }
        return .next
    }
}
