/// A side "lost N soldiers": killed or wounded; "we lost 23 of our people" (not troops): killed.
struct LossVerbKilled: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        if let t = d.trigger, Lexicon.casualties.verbs.contains(t.1), d.analysis.headCategory != .counts(.troops) {
            d.trigger = (.killed, t.1)
        }
        return .next
    }
}
