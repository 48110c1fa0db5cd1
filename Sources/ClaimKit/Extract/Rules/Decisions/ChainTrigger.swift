/// The trigger of the mention, else of its coordination chain: the verb before the chain's first
/// mention or the predicate after the mention or the chain's last ("four officers and two civilians were killed").
struct ChainTrigger: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        d.trigger = a.preTrigger ?? c.analyses[d.chainHead].preTrigger ?? a.postTrigger ?? c.analyses[d.chainTail].postTrigger
        return .next
    }
}
