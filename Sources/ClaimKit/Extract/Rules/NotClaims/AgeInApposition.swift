/// Ages in apposition: "John Smith, 34, was killed", "John Smith (34)".
struct AgeInApposition: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard m.digitToken != nil, m.first == m.numberStart, let v = m.value, v < 120 else { return false }
        let tokens = s.tokens, n = s.n, after = m.last + 1
        if m.first >= 2, tokens[m.first - 1].lower == ",", tokens[m.first - 2].capitalized,
            after >= n || Lexicon.ageEnders.contains(token: tokens[after])
        {
            if after + 1 >= n || Lexicon.ageJoiners.contains(token: tokens[after + 1]) == false { return true }
        }
        return m.first >= 2 && tokens[m.first - 1].lower == "(" && tokens[m.first - 2].capitalized
            && after < n && tokens[after].lower == ")" && m.upper == nil
    }
}
