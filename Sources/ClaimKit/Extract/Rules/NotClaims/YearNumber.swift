/// Years: a bare four-digit number 1800...2100, unless a counted noun follows ("2000 troops").
struct YearNumber: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard let d = m.digitToken else { return false }
        let t = s.tokens[d], after = m.last + 1
        if let v = m.value, m.unit == nil, t.digits == 4, !t.hasSeparator, !t.hasDecimal, v >= 1800, v <= 2100, m.last == d || m.upper != nil {
            return !(after < s.n && s.countedNounFollows(after))
        }
        return false
    }
}
