/// "Il-76", "COVID-19", "G7", "#3", "1/2", "787-9": a number glued to letters, a sign or another
/// number is part of a name or a label.
struct GluedToName: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard let d = m.digitToken, !s.tokens[d].spaceBefore, d > 0 else { return false }
        let tokens = s.tokens, prev = tokens[d - 1]
        if prev.isWord { return true }
        if prev.lower == "-", d > 1, tokens[d - 2].isWord, !prev.spaceBefore { return true }
        if Lexicon.nameMarks.contains(token: prev) { return true }
        // "787-9": a number glued by a hyphen to another number that did not make a range.
        if prev.lower == "-", d > 1, tokens[d - 2].isNumber, !prev.spaceBefore { return true }
        return false
    }
}
