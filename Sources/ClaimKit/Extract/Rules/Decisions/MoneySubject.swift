/// What a sum pays for ("$400m in aid" → "aid"); a sum's own noun phrase keeps all its words
/// ("the government's $12 million aid package").
struct MoneySubject: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        guard d.category == .money else { return .next }
        let a = d.analysis, s = c.sentence
        if a.elided || a.headCategory == .counts(.money) && a.head == nil { d.subject = s.moneySubject(a.mention) }
        if d.subject.isEmpty { d.subject = s.moneySubject(a.mention) }
        // ("millions of dollars in community groups": the currency word names no subject.)
        if !a.elided, let (start, end, _) = s.nounPhrase(from: a.subjectStart, toHead: false),
            !(start == end && Lexicon.currencyWords[s.tokens[start].lower] != nil)
        {
            d.subject = s.text(start, s.endBeforePriceVerb(start, end))
        }
        // "a £47 million landmine clearing initiative": on to the scheme noun the sum names.
        if !a.elided, let e = s.moneySchemeEnd(from: a.subjectStart),
            s.nounPhrase(from: a.subjectStart, toHead: false).map({ $0.1 < e }) ?? true
        {
            d.subject = s.text(a.subjectStart, e)
        }
        // "£71.6m Release Clause": a capitalised noun right after the sum, when nothing else named it.
        if d.subject.isEmpty, let named = s.capitalisedNounAfterSum(a.mention) { d.subject = named }
        return .next
    }
}
