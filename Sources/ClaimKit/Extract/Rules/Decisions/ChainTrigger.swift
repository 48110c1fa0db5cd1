/// The trigger of the mention, else of its coordination chain: the verb before the chain's first
/// mention or the predicate after the mention or the chain's last ("four officers and two civilians were killed").
struct ChainTrigger: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        // "the toll has risen to 158 and about 6,000 people were reported injured": a later item of a
        // chain with a predicate of its own keeps it against the verb before the chain.
        let later = a.mention.first != c.analyses[d.chainHead].mention.first
        d.trigger =
            a.preTrigger ?? (later ? a.postTrigger : nil) ?? c.analyses[d.chainHead].preTrigger ?? a.postTrigger
            ?? c.analyses[d.chainTail].postTrigger
        return .next
    }
}
