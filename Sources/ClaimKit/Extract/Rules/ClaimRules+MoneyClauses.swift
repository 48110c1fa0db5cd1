/// Sums whose thing is the subject of a clause set apart from them: "balances are FDIC insured (up
/// to $250k)" (the balances), "exports to China in the first half of 2019 sinking to $1.3 billion"
/// (a time between the subject and its verb of change), "an order of 50 jets on Monday at a value
/// of $16 billion" (the noun a value phrase measures, past a time), "X can increase ..., requires
/// more staff and costs $4 billion" (the subject of a series of verbs).
extension ClaimRules {
    /// The subject of a copula whose participle a bracketed sum bounds ("X are insured (up to $N)").
    func bracketBoundSubject(_ m: NumberMention) -> String? {
        var b = m.first - 1
        if b >= 2, tokens[b].is("to"), tokens[b - 1].is("up") { b -= 2 }
        guard b >= 2, tokens[b].lower == "(", tokens[b - 1].isWord, tokens[b - 1].lower.hasSuffix("ed") else {
            return nil
        }
        var c = b - 2
        while c >= 1, b - c < 5, !Lexicon.copulas.contains(token: tokens[c]) {
            if !tokens[c].isWord { return nil }
            c -= 1
        }
        guard c >= 1, Lexicon.copulas.contains(token: tokens[c]), let (s, e) = nounPhraseEnding(at: c - 1) else {
            return nil
        }
        return text(s, e)
    }

    /// "exports in the first half of 2019 sinking to $1.3 billion": the noun before the time that
    /// stands between it and the verb of change.
    func changeSubjectPastTime(_ m: NumberMention) -> String? {
        guard m.first >= 4, tokens[m.first - 1].is("to"), Lexicon.changeVerbs.contains(token: tokens[m.first - 2])
        else { return nil }
        let e = m.first - 3
        guard tokens[e].isNumber && tokens[e].lower.count == 4 || isTimeWord(e),
            let p = (max(0, e - 7)..<e).last(where: { Lexicon.wordingSpanPrepositions.contains(token: tokens[$0]) }),
            p >= 1, let (s, pe) = nounPhraseEnding(at: p - 1)
        else { return nil }
        return text(s, pe)
    }

    /// "an order of 50 jets on Monday at a value of $16 billion": the noun the value phrase measures.
    func valuedNounSubject(_ m: NumberMention) -> String? {
        let c = m.first - 4
        guard c >= 2, tokens[c].is("at") || tokens[c].is("with"), tokens[c + 1].is("a"),
            tokens[c + 2].is("value"), tokens[c + 3].is("of")
        else { return nil }
        var e = c - 1
        // ("jets on Monday": a day or a time after the noun dates it.)
        if e >= 2, isTime(e), Lexicon.wordingSpanPrepositions.contains(token: tokens[e - 1]) || tokens[e - 1].is("on") {
            e -= 2
        }
        guard let (s, pe) = nounPhraseEnding(at: e) else { return nil }
        return text(s, pe)
    }

    /// "A slow start can delay work, requires more staff and costs $4 billion a year": the last verb
    /// of a series shares the subject before the series' first verb (past an opener "Moreover,").
    func verbSeriesSubject(_ m: NumberMention) -> String? {
        let v = m.first - 1
        guard v >= 4, tokens[v].is("costs") || tokens[v].is("cost"), tokens[v - 1].is("and"),
            let comma = (0..<(v - 1)).last(where: { tokens[$0].lower == "," }), comma + 1 < v - 1,
            tokens[comma + 1].isWord, !tokens[comma + 1].capitalized, tokens[comma + 1].lower.hasSuffix("s"),
            (comma + 1..<(v - 1)).allSatisfy({ tokens[$0].isWord })
        else { return nil }
        let start = tokens.count > 2 && tokens[0].isWord && tokens[1].lower == "," ? 2 : 0
        guard let k = (start..<comma).first(where: { Lexicon.clauseVerbs.contains(token: tokens[$0]) }), k > start,
            k - start <= 8,
            (start..<k).allSatisfy({ tokens[$0].isWord && !Lexicon.personalPronouns.contains(token: tokens[$0]) }),
            !Lexicon.thingPronouns.contains(token: tokens[start])
        else { return nil }
        return text(start, k - 1)
    }
}
