/// "The strike killed a commander and 4 fighters": the verb's object list goes on past a noun without a number.
struct CoordinatedObjectVerb: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        if d.trigger == nil, let t = c.sentence.verbBeforeCoordinatedObject(d.analysis.mention) { d.trigger = t }
        return .next
    }
}
