/// A fraction with no scale or currency is a measure, not a count.
struct BareFraction: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard let d = m.digitToken else { return false }
        return s.tokens[d].hasDecimal && m.unit == nil && m.last == d
    }
}
