/// "40 more were wounded", "12 others were hurt": more of what was counted before (in this sentence or the article).
struct MoreOfPrevious: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if d.subject.isEmpty, a.elided, a.nounEnd > a.mention.last,
            let previous = c.found.last?.subject ?? c.sentence.previousSubject
        {
            d.subject = previous
        }
        return .next
    }
}
