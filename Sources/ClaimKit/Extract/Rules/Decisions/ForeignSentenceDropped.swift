/// English verbs and nouns read in another language ("die" as the German article): a sentence
/// that reads as German, French or Spanish gives no claim, not even its sums (the English rules
/// find no subject or speaker in it: "se invirtieron $5,330 millones el año pasado").
struct ForeignSentenceDropped: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        guard d.category != nil else { return .next }
        return c.sentence.readsAsAnotherLanguage ? .drop : .next
    }
}
