/// "400 737 Max jets": a number right after another number is a model or a name; so is one after
/// another number's capitalised name ("3 Leopard 2 tanks", "12 Patriot 3 batteries").
struct AfterAnotherNumber: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard let d = m.digitToken, m.first == m.numberStart else { return false }
        let t = s.tokens
        if d > 0 && t[d - 1].isNumber { return true }
        return d > 1 && t[d - 1].isWord && t[d - 1].capitalized && t[d - 2].isNumber && d + 1 < s.n && t[d + 1].isWord
    }
}
