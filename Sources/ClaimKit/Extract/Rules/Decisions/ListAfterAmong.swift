/// "Among them are 43 Syrians, six Bangladeshis ...", "among the victims are ..., two Belgians":
/// people in a list after "among X are" count what X names.
struct ListAfterAmong: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        let people = a.headCategory == .person || a.headCategory == .counts(.troops) || a.elided
        if d.category == nil, people, let category = c.sentence.listLead(before: a.mention.first) {
            d.category = category
        }
        return .next
    }
}
