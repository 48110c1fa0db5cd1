/// "That figure included 323 Egyptians", "the new deaths reported on June 20 included 58 from
/// Egypt": the toll or death noun before "included" sets the category (a figure: the claim before).
struct IncludedByToll: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if d.category == nil, a.including, c.found.isEmpty, let category = c.sentence.includedBy(a.mention.first - 1) {
            d.category = category
            if let (s, e) = a.predicateSubject { d.subject = c.sentence.text(s, e) }
        }
        return .next
    }
}
