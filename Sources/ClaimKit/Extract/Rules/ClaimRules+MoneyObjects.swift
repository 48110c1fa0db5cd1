/// Who gets a sum and who earns it: a purpose after the recipient of a verb of giving comes before
/// it ("grant billions of dollars to the Teacher Retirement System for a cost-of-living adjustment"), a
/// participle clause's sum is its sentence subject's ("That movie ... flopped, making $320,000"),
/// "sold it for" after a relative clause sells the noun the clause is about, and a part of a
/// thing is a purpose ("$1 billion for some of the founder's shares").
extension ClaimRules {
    /// The token after the recipient of a verb of giving before the sum ("grant $N to the fund for
    /// X" → "for"), or nil when the sum is not given to anyone.
    func pastRecipient(_ m: NumberMention, after p: Int) -> Int? {
        guard m.first >= 1, Lexicon.givingVerbs.contains(token: tokens[m.first - 1]), p + 1 < n, tokens[p].is("to")
        else { return nil }
        var k = p + 1
        // ("provide €1.2bn to repair the grid": an infinitive is the purpose, not a recipient.)
        if Lexicon.purposeDeterminers.contains(token: tokens[k]) {
            k += 1
        } else if !tokens[k].capitalized {
            return nil
        }
        let start = k
        while k < n, k - start < 8, tokens[k].isWord,
            tokens[k].capitalized || !Lexicon.phraseStops.contains(token: tokens[k])
        { k += 1 }
        return k > start ? k : nil
    }

    /// "That movie was panned — and flopped, making $320,000": a sum after ", making" is earned by
    /// the subject that opens the sentence (a pronoun names nothing).
    func earnerOfParticiple(_ m: NumberMention) -> String? {
        guard m.first >= 2, Lexicon.earningParticiples.contains(token: tokens[m.first - 1]),
            tokens[m.first - 2].lower == ","
        else { return nil }
        var k = 0
        while k < m.first - 2, k < 6, tokens[k].isWord, !Lexicon.clauseVerbs.contains(token: tokens[k]) { k += 1 }
        guard k > 0, k < m.first - 2, Lexicon.clauseVerbs.contains(token: tokens[k]),
            !(0..<k).contains(where: { Lexicon.personalPronouns.contains(token: tokens[$0]) })
        else { return nil }
        return text(0, k - 1)
    }

    /// "a 1761 work that set records when the auction house sold it for": the noun a relative
    /// clause is about, or the name before its appositive ("Basket of Wild Strawberries, a 1761
    /// work that ..."), is what "it" sells; nil when "it" at `v` follows no sale verb.
    func soldPronounObject(_ v: Int) -> String? {
        guard v >= 2, tokens[v].is("it"), Lexicon.saleVerbs.contains(token: tokens[v - 1]) else { return nil }
        var r = v - 2
        while r >= 1, v - r < 24, !Lexicon.relativePronouns.contains(token: tokens[r]) {
            if tokens[r].lower == "." || tokens[r].lower == ";" { return nil }
            r -= 1
        }
        guard r >= 1, Lexicon.relativePronouns.contains(token: tokens[r]),
            let (s, e) = nounPhraseEnding(at: r - 1)
        else { return nil }
        var a = s
        if a >= 1, Lexicon.articles.contains(token: tokens[a - 1]) { a -= 1 }
        if a >= 2, tokens[a - 1].lower == ",", let name = capitalisedName(endingAt: a - 2) { return name }
        return text(s, e)
    }

    /// Capitalised words ending at `e`, with "of", "and" or "the" between them ("Basket of Wild Strawberries").
    private func capitalisedName(endingAt e: Int) -> String? {
        guard tokens[e].isWord, tokens[e].capitalized else { return nil }
        var s = e
        var k = e - 1
        while k >= 0, e - k < 8 {
            if tokens[k].isWord, tokens[k].capitalized {
                s = k
            } else if !(tokens[k].isWord && Lexicon.nameJoiners.contains(token: tokens[k]) && k >= 1
                && tokens[k - 1].capitalized)
            {
                break
            }
            k -= 1
        }
        return text(s, e)
    }

    /// "for some of the founder's shares": the first token of a part word and its "of" (and the
    /// determiner after it) at `q`, or nil.
    func partitiveEnd(at q: Int) -> Int? {
        guard q + 2 < n, Lexicon.partWords.contains(token: tokens[q]), tokens[q + 1].is("of") else { return nil }
        return Lexicon.purposeDeterminers.contains(token: tokens[q + 2]) ? q + 3 : q + 2
    }

    /// "$16.50 per share for Tribune", "$449,000 this fall for their work": the "for" after a rate or a
    /// time right after the sum (a rate or a time names nothing), or nil.
    func forPastRateOrTime(_ p: Int) -> Int? {
        guard p + 2 < n, Lexicon.timeModifiers.contains(token: tokens[p]) || tokens[p].is("a"),
            Lexicon.timeNouns.contains(token: tokens[p + 1]) || Lexicon.rateNouns.contains(token: tokens[p + 1]),
            tokens[p + 2].is("for")
        else { return nil }
        return p + 2
    }
}
