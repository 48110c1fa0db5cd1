/// Years: a bare four-digit number 1800...2100, unless a counted noun follows ("2000 troops");
/// after a determiner and before a capitalised name it is a year whatever follows ("the 1997 Landmine Ban Treaty").
struct YearNumber: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard let d = m.digitToken else { return false }
        let t = s.tokens[d], after = m.last + 1
        if let v = m.value, m.unit == nil, t.digits == 4, !t.hasSeparator, !t.hasDecimal, v >= 1800, v <= 2100,
            m.last == d || m.upper != nil
        {
            if !(after < s.n && s.countedNounFollows(after)) { return true }
            return m.first > 0 && Lexicon.yearDeterminers.contains(token: s.tokens[m.first - 1])
                && s.tokens[after].isWord && s.tokens[after].capitalized
        }
        return false
    }
}
