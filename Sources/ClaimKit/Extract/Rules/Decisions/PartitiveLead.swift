/// "of 658 Egyptians who passed away, 630 were unregistered pilgrims": a count right after a
/// partitive's comma takes its category; the predicate noun is the subject.
struct PartitiveLead: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if d.category == nil, let category = c.sentence.partitiveLead(before: a.mention.first, lead: c.found.last) {
            d.category = category
            if let (s, e) = c.sentence.predicateNominal(after: a.nounEnd) { d.subject = c.sentence.text(s, e) }
        }
        return .next
    }
}
