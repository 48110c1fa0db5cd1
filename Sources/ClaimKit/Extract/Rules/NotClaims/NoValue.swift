/// A mention without a value ("millions", "tens") is a claim only when vague.
struct NoValue: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        m.value == nil && !m.vague
    }
}
