/// Lives saved are not lives lost: "would save millions of lives", "saved 40 lives".
struct LivesSavedDropped: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        guard d.category == .killed, a.head == "lives" || a.head == "life" else { return .next }
        var j = a.mention.first - 1
        while j >= 0, a.mention.first - j <= 3, Lexicon.preTriggerSkips.contains(token: c.tokens[j]) { j -= 1 }
        if j >= 0, Lexicon.saveVerbs.contains(token: c.tokens[j]) { return .drop }
        return .next
    }
}
