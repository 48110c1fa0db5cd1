/// "Of the dead, 12 were foreigners", "Among the injured, 5 are children": a count right after a
/// leading "of/among the dead," takes the adjective's category; the predicate noun is the subject.
struct LeadingCollectivePartitive: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let first = d.analysis.mention.first, t = c.tokens
        guard d.category == nil, first >= 4, t[first - 1].lower == ",",
            let category = Lexicon.collectiveCasualty[t[first - 2].lower],
            Lexicon.partitiveDeterminers.contains(token: t[first - 3]),
            Lexicon.breakdownOpeners.contains(token: t[first - 4])
        else { return .next }
        d.category = category
        if d.analysis.elided, let (s, e) = c.sentence.predicateNominal(after: d.analysis.nounEnd) {
            d.subject = c.sentence.text(s, e)
        }
        return .next
    }
}
