/// A mention without a noun after a claim: "..., as well as 1,609 in ..." takes the category of
/// mines, equipment or troops before; "12 dead and 30 wounded" takes no noun from an adjective.
struct ElidedFromPrevious: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        guard a.elided,
            let previous = c.found.indices.last(where: { !c.included[$0] }).map({ c.found[$0] }) ?? c.found.last,
            previous.mention.last < a.mention.first
        else { return .next }
        if d.category == nil, Lexicon.elidableCategories.contains(previous.category),
            c.sentence.elisionAllowed(a.mention)
        {
            d.category = previous.category
        }
        // ("the toll rose to 133 and 107 injured ...": a toll lends no subject, nor takes one.)
        let previousIsToll = Lexicon.tollTriggers.contains(previous.trigger ?? ""),
            ownToll = Lexicon.tollTriggers.contains(d.trigger?.1 ?? "")
        if d.category != nil, d.subject.isEmpty, Lexicon.collectiveCasualty[previous.subject.lowercased()] == nil,
            !previousIsToll, !ownToll
        {
            d.subject = previous.subject
        }
        return .next
    }
}
