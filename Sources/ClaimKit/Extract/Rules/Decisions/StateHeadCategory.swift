/// Without a trigger, a counted noun that names a state or troops: "12 fatalities", "5,000 troops".
struct StateHeadCategory: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        guard d.category == nil else { return .next }
        switch d.analysis.headCategory {
        case .troops: d.category = .troops
        case .killed: d.category = .killed
        case .injured: d.category = .injured
        case .casualties: d.category = .casualties
        case .displaced: d.category = .displaced
        default: break
        }
        return .next
    }
}
