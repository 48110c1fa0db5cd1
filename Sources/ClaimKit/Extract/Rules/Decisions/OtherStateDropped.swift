/// "1,500 servicemen were taken prisoner", "120 people remain missing": people in another state are no claim.
struct OtherStateDropped: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        if let t = d.trigger, t.0 == .other, !d.analysis.headCategory.isThing { return .drop }
        return .next
    }
}
