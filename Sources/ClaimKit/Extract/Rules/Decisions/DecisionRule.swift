/// One step of deciding a mention's claim: it may set the trigger, category, subject or
/// qualifier, or drop the mention. Steps run in the order of `DecisionRules.table`.
protocol DecisionRule: Sendable {
    /// Updates `decision`; `.drop` ends it (the mention is no claim).
    func apply(to decision: inout Decision, in context: DecisionContext) -> RuleVerdict
}

/// What a rule tells the decision: go on, or the mention is no claim.
enum RuleVerdict {
    case next, drop
}
