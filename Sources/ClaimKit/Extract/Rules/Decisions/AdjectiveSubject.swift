/// "more than 20 dead", "30 injured" opening the sentence's claims: the adjective is the counted noun.
struct AdjectiveSubject: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis, after = a.mention.last + 1
        // (Also after a toll: "the toll rose to 133 and 107 injured are ...".)
        if d.subject.isEmpty, a.elided, after < c.n, Lexicon.collectiveCasualty[c.tokens[after].lower] != nil,
            c.found.last == nil && c.lastCountedNoun == nil
                || c.found.last.map({ Lexicon.tollTriggers.contains($0.trigger ?? "") }) == true
        {
            d.subject = c.sentence.text(after, after)
        }
        return .next
    }
}
