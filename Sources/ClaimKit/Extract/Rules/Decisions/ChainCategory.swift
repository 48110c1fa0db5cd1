/// "31 Chileans and 4 Danes": a later people item of a list takes the category its first item got.
struct ChainCategory: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        let people = a.headCategory == .person || a.headCategory == .counts(.troops)
        if d.category == nil, people, let category = c.categoryOf[d.chainHead],
            d.analysis.mention.first != c.analyses[d.chainHead].mention.first
        {
            d.category = category
        }
        return .next
    }
}
