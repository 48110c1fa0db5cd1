/// A counted noun of money, mines or equipment names the category whatever the verb.
struct ThingHeadCategory: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        switch d.analysis.headCategory {
        case .money: d.category = .money
        case .mines: d.category = .mines
        case .equipment: d.category = .equipment
        default: break
        }
        return .next
    }
}
