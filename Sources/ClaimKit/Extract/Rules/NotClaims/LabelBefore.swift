/// Labels before: "Paragraph 4", "No. 5", "aged 34", "Flight 17", "#5".
struct LabelBefore: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard m.first == m.numberStart, m.unit == nil else { return false }
        let tokens = s.tokens
        var b = m.first - 1
        if b >= 0, tokens[b].lower == "." { b -= 1 }
        if b >= 0, tokens[b].isWord, Lexicon.labelWords.contains(token: tokens[b]) { return true }
        return b >= 0 && tokens[b].lower == "#"
    }
}
