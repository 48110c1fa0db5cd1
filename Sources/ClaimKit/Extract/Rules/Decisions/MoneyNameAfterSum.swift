/// A name after a sum the subject misses: "both teams received $250,000 fines" (the fines), "the
/// $49 Apple Thunderbolt 2 to Thunderbolt 3 adapter" (the whole model name past its numbers).
struct MoneyNameAfterSum: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        guard d.category == .money else { return .next }
        if let named = c.sentence.moneyNameAfterSum(d.analysis.mention, current: d.subject) { d.subject = named }
        return .next
    }
}
