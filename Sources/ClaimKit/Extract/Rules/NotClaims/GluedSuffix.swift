/// "1990s", "4th", "5km", "1e308", "40%", "3.5": letters or a mark glued after the digits (not the
/// multiplier of "40x Storm Shadow missiles").
struct GluedSuffix: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard let d = m.digitToken else { return false }
        let tokens = s.tokens, n = s.n
        guard d + 1 < n, !tokens[d + 1].spaceBefore, d + 1 > m.last || tokens[d + 1].isPunct else { return false }
        let next = tokens[d + 1]
        // "40x Storm Shadow missiles": a multiplier sign, then the counted noun.
        if next.is("x"), d + 2 < n, tokens[d + 2].spaceBefore, tokens[d + 2].isWord { return false }
        if next.isWord && Lexicon.scales[next.lower] == nil { return true }
        if Lexicon.suffixMarks.contains(token: next) { return true }
        if next.lower == ".", d + 2 < n, tokens[d + 2].isNumber, !tokens[d + 2].spaceBefore { return true }
        return false
    }
}
