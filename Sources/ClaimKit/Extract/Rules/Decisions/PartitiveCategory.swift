/// "35 of the 45 casualties", "three of the dead were teenagers": without a trigger, the category
/// of the whole; the subject is the predicate noun when there is one.
struct PartitiveCategory: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        if d.category == nil, let pc = d.analysis.partitiveCategory, Lexicon.partitiveCategories.contains(pc),
            d.trigger == nil
        {
            d.category = pc
            if let (s, e) = d.analysis.predicateSubject { d.subject = c.sentence.text(s, e) }
        }
        return .next
    }
}
