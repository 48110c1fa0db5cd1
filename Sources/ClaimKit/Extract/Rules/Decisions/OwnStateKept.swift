/// "two bodies and 3 people were injured": a noun that names its own state keeps it against a
/// predicate borrowed from the end of the chain.
struct OwnStateKept: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if a.preTrigger == nil, c.analyses[d.chainHead].preTrigger == nil, a.postTrigger == nil, let t = d.trigger,
            a.headCategory == .counts(.killed) && t.0 != .killed
                || a.headCategory == .counts(.injured) && t.0 != .injured
        {
            d.trigger = nil
        }
        return .next
    }
}
