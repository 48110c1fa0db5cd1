/// A toll without a noun: "the number of people who lost their lives ... to 61" → "people"; "death toll".
struct TollSubject: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        if d.subject.isEmpty, let t = d.trigger, t.1 == "number of" || t.1 == "toll" {
            d.subject = c.sentence.tollSubject(before: d.analysis.mention.first) ?? ""
        }
        return .next
    }
}
