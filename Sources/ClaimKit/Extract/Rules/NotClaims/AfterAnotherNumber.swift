/// "400 737 Max jets": a number right after another number is a model or a name.
struct AfterAnotherNumber: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard let d = m.digitToken else { return false }
        return d > 0 && s.tokens[d - 1].isNumber && m.first == m.numberStart
    }
}
