/// A mention no rule above gave a category is no claim.
struct NeedsCategory: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        d.category == nil ? .drop : .next
    }
}
