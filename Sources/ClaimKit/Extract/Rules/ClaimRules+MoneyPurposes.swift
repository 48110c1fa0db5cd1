/// What a sum pays for when the purpose after it is set off by a time or a rate ("will invest $1
/// billion over the next four years to speed up the development of X", "$200 a year to get
/// certificates", "$600 an hour for escorts"), is a span of a thing ("Rs 299 for fifteen minutes
/// of pure air"), opens with a number compound ("on a 20-mile transit line") or a stop-word
/// modifier ("in back taxes and interest"), or joins two nouns before a preposition ("in debt and
/// equity into the firm"); and what changes in "a reduction in X of $N", a starred label, a payer.
extension ClaimRules {
    /// The purpose of the sum `m` in one of the wordings above, else nil.
    func moneyPurposeSubject(_ m: NumberMention) -> String? {
        let p = m.last + 1
        if let q = pastRateOrSpan(p), q > p, let purpose = infinitiveOrForPurpose(q) { return purpose }
        guard p + 2 < n, Lexicon.purposePrepositions.contains(token: tokens[p]) else { return nil }
        var q = p + 1
        if Lexicon.purposeDeterminers.contains(token: tokens[q]) { q += 1 }
        return spanOfThing(q) ?? compoundPurpose(q) ?? stopModifiedPurpose(q) ?? coordinatedPurpose(q)
    }

    /// The token after a rate ("a year", "an hour", "per month") or a span ("over the next four
    /// years", "in 2017") that starts at `p`; `p` when none does.
    private func pastRateOrSpan(_ p: Int) -> Int? {
        guard p + 1 < n else { return nil }
        if Lexicon.wordingRateWords.contains(token: tokens[p]), isTimeWord(p + 1) { return p + 2 }
        guard Lexicon.wordingSpanPrepositions.contains(token: tokens[p]) else { return p }
        var k = p + 1
        if tokens[k].isNumber, tokens[k].lower.count == 4 { return k + 1 }
        if k < n, tokens[k].is("the") { k += 1 }
        if k < n, Lexicon.timeModifiers.contains(token: tokens[k]) || tokens[k].is("past") { k += 1 }
        if k < n, tokens[k].isNumber || isNumberWord(k) { k += 1 }
        return k < n && isTimeWord(k) && k > p + 1 ? k + 1 : p
    }

    /// "to speed up the development of X" / "to get signed certificates" / "for escorts" at `q`.
    private func infinitiveOrForPurpose(_ q: Int) -> String? {
        guard q + 2 < n else { return nil }
        var k: Int
        // ("a year to the city", "to his family", "to Acme": a recipient, not an infinitive.)
        let l = tokens[q + 1].lower
        if tokens[q].is("to"), tokens[q + 1].isWord, !tokens[q + 1].capitalized,
            !Lexicon.measuredNounDeterminers.contains(l), !Lexicon.objectPronouns.contains(l),
            !Lexicon.personalPronouns.contains(l), !Lexicon.thingPronouns.contains(l)
        {
            k = q + 2
            if Lexicon.wordingParticles.contains(token: tokens[k]) { k += 1 }
        } else if tokens[q].is("for") {
            k = q + 1
        } else {
            return nil
        }
        if k < n, Lexicon.purposeDeterminers.contains(token: tokens[k]) { k += 1 }
        let quoted = k + 1 < n && Lexicon.openingQuotes.contains(token: tokens[k])
        guard k < n, let (s, e) = phraseWithOf(from: quoted ? k + 1 : k) else { return nil }
        // "for “high-end” escorts": a quoted modifier before the noun.
        if quoted, e + 2 < n, Lexicon.closingQuotes.contains(token: tokens[e + 1]),
            let (s2, e2, _) = nounPhrase(from: e + 2, toHead: false), s2 == e + 2
        {
            return text(k, e2)
        }
        return text(s, e)
    }

    /// The noun phrase from `k` (a leading number compound or ordinal kept), with an "of" phrase
    /// after it ("the development of carbon removal technology").
    private func phraseWithOf(from k: Int) -> (Int, Int)? {
        var from = k
        if tokens[k].isNumber, k + 2 < n, tokens[k + 1].lower == "-", !tokens[k + 1].spaceBefore { from = k + 2 }
        if tokens[k].isNumber, k + 1 < n, tokens[k + 1].isWord, !tokens[k + 1].spaceBefore { from = k + 1 }
        guard let (_, e, _) = nounPhrase(from: from, toHead: false), !isTime(e) else { return nil }
        if e + 2 < n, tokens[e + 1].is("of"), tokens[e + 2].isWord,
            let (_, oe, _) = nounPhrase(
                from: Lexicon.articles.contains(token: tokens[e + 2]) ? e + 3 : e + 2, toHead: false)
        {
            return (k, oe)
        }
        return (k, e)
    }

    /// "for fifteen minutes of pure air": a span of a thing names the thing with its span.
    private func spanOfThing(_ q: Int) -> String? {
        guard q + 3 < n, tokens[q].isNumber || isNumberWord(q), isTimeWord(q + 1), tokens[q + 2].is("of"),
            let (_, e, _) = nounPhrase(from: q + 3, toHead: false)
        else { return nil }
        return text(q, e)
    }

    /// "on a 20-mile Bus Rapid Transit line": a number compound opens the purpose.
    private func compoundPurpose(_ q: Int) -> String? {
        guard q + 2 < n, tokens[q].isNumber, tokens[q + 1].lower == "-", !tokens[q + 1].spaceBefore,
            tokens[q + 2].isWord, case (_, var e, _)? = nounPhrase(from: q + 2, toHead: false)
        else { return nil }
        // ("a 12-mile rail line asked for": the clause's verb after the noun is no part of it.)
        while e > q + 2, tokens[e].lower.hasSuffix("ed") { e -= 1 }
        return text(q, e)
    }

    /// "in back taxes and interest": a stop word that modifies the money noun after it.
    private func stopModifiedPurpose(_ q: Int) -> String? {
        guard q + 1 < n, Lexicon.wordingStopModifiers.contains(token: tokens[q]), tokens[q + 1].isWord,
            let (s, e, _) = nounPhrase(from: q + 1, toHead: false), s == q + 1
        else { return nil }
        return text(q, coordinatedEnd(e, before: Lexicon.wordingAfterCoordination) ?? e)
    }

    /// "in debt and equity into WeWork": both nouns when a preposition follows the second.
    private func coordinatedPurpose(_ q: Int) -> String? {
        guard let (s, e, _) = nounPhrase(from: q, toHead: false), s == q,
            let end = coordinatedEnd(e, before: Lexicon.wordingAfterCoordination), end > e,
            end + 1 < n, Lexicon.wordingAfterCoordination.contains(token: tokens[end + 1])
        else { return nil }
        return text(q, end)
    }

    /// The end of "X and Y" after `e` when a mark, the sentence end or one of `prepositions` follows Y.
    private func coordinatedEnd(_ e: Int, before prepositions: WordSet) -> Int? {
        guard e + 2 < n, tokens[e + 1].is("and"), tokens[e + 2].isWord,
            !Lexicon.phraseStops.contains(token: tokens[e + 2]),
            let (s2, e2, _) = nounPhrase(from: e + 2, toHead: false), s2 == e + 2,
            e2 + 1 >= n || tokens[e2 + 1].isPunct || prepositions.contains(tokens[e2 + 1].lower)
        else { return nil }
        return e2
    }

    /// A time noun, including short spans ("hour", "minutes").
    func isTimeWord(_ i: Int) -> Bool {
        Lexicon.timeNouns.contains(token: tokens[i]) || Lexicon.wordingShortTimeNouns.contains(token: tokens[i])
    }

    /// A number written as a word ("fifteen", "twenty").
    func isNumberWord(_ i: Int) -> Bool {
        Lexicon.units[tokens[i].lower] != nil || Lexicon.tens[tokens[i].lower] != nil
    }

    /// The words ending at `e` back to a stop word or a mark (at most five): the noun a relative
    /// clause or a bracket is about ("layoffs at Meetup" → "Meetup").
    func wordRun(endingAt e: Int) -> String? {
        guard e >= 0, tokens[e].isWord, !Lexicon.phraseStops.contains(token: tokens[e]) else { return nil }
        var s = e
        while s > 0, e - s < 5, tokens[s - 1].isWord, !Lexicon.phraseStops.contains(token: tokens[s - 1]) { s -= 1 }
        return text(s, e)
    }
}
