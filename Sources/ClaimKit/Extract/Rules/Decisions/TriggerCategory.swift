/// The trigger's category, for a noun that may be people (or no noun; but an elided "lost 40" is no claim).
struct TriggerCategory: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if d.category == nil, let t = d.trigger, a.headCategory != .unknown || a.elided,
            !(a.elided && Lexicon.casualties.verbs.contains(t.1))
        {
            let looksLikePeople = a.headCategory == .person || a.headCategory == .counts(.troops)
            if a.headCategory == .none && !a.elided && a.head != nil && !looksLikePeople {
                d.category = nil
            } else {
                d.category = t.0
            }
        }
        return .next
    }
}
