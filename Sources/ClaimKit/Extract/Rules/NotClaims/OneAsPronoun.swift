/// "no one", "not one", "any one", "one another": "one" that is not a count.
struct OneAsPronoun: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        let tokens = s.tokens, after = m.last + 1
        if after < s.n, tokens[after].is("another") { return true }
        return !m.digits && m.first == m.numberStart && tokens[m.numberStart].is("one") && m.first > 0
            && Lexicon.notCountDeterminers.contains(token: tokens[m.first - 1])
    }
}
