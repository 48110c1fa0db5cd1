/// A people's name the Lexicon does not count, before a predicate of people: "more than 60,000
/// Herero are estimated to have perished", "12 Rohingya were killed". The name is capitalised and
/// the predicate is not (a title-case headline, "3 Dogs Killed", gives no claim).
struct CapitalizedPeopleHead: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        guard d.category == nil, a.headCategory == .unknown, let post = a.postTrigger,
            Lexicon.partitiveCategories.contains(post.0), a.subjectStart >= 0, a.subjectEnd < c.n
        else { return .next }
        let words = (a.subjectStart...a.subjectEnd).map { c.tokens[$0] }
        guard words.allSatisfy({ $0.isWord && $0.capitalized }) else { return .next }
        // The predicate word, after the name: written in lower case.
        let predicate = post.1.spacedWords().first.map(String.init) ?? post.1
        let after = (a.subjectEnd + 1)..<min(c.n, a.subjectEnd + 12)
        if after.contains(where: { c.tokens[$0].lower == predicate && !c.tokens[$0].capitalized }) {
            d.category = post.0
        }
        return .next
    }
}
