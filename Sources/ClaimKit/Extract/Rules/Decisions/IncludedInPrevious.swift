/// "among them six children", "9 of them seriously": part of the claim before, in its category.
struct IncludedInPrevious: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if d.category == nil, a.including || a.pronounPartitive, let previous = c.found.last {
            d.category = previous.category
            if a.pronounPartitive || d.subject.isEmpty { d.subject = previous.subject }
            // "658 deaths - 630 of them unregistered pilgrims": the people named after "of them";
            // "..., of them, 3 are children": the predicate noun.
            if a.pronounPartitive, let (s, e, head) = c.sentence.nounPhrase(from: a.nounEnd + 1),
                Lexicon.personHeads.contains(head)
            {
                d.subject = c.sentence.text(s, e)
            }
            if let (s, e) = a.predicateSubject { d.subject = c.sentence.text(s, e) }
        }
        return .next
    }
}
