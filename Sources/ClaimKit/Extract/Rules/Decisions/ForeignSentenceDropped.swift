/// English verbs and nouns read in another language ("die" as the German article): a sentence
/// that reads as German, French or Spanish keeps only its sums (a currency is a currency).
struct ForeignSentenceDropped: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        guard let category = d.category, category != .money else { return .next }
        return c.sentence.readsAsAnotherLanguage ? .drop : .next
    }
}
