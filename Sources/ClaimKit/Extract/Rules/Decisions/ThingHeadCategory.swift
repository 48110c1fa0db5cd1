/// A counted noun of money, mines or equipment names the category whatever the verb.
struct ThingHeadCategory: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        if d.analysis.headCategory.isThing, case .counts(let category) = d.analysis.headCategory {
            d.category = category
        }
        return .next
    }
}
