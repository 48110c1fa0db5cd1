/// Sums whose noun is set apart from them: a label before a colon ("RRP: £23.99", a record's key
/// '"Income (pre-tax)": { "Value": "$63,300"'), a noun before ", to the tune of $28 billion", the
/// items of a list after "include" ("deals include various models from $700").
extension ClaimRules {
    /// The label right before a colon that introduces the sum `m`, or nil.
    func labelBeforeColon(_ m: NumberMention) -> String? {
        var c = m.first - 1
        if c >= 0, tokens[c].lower == "\"" { c -= 1 }
        guard c >= 1, tokens[c].lower == ":" else { return nil }
        var e = c - 1
        let quoted = tokens[e].lower == "\""
        if quoted { e -= 1 }
        guard e >= 0, tokens[e].isWord else { return nil }
        // '"Value": "$63,300"' inside '"Income (pre-tax)": {': the key of the record the value is in.
        if quoted, Lexicon.genericValueLabels.contains(token: tokens[e]), e >= 5, tokens[e - 1].lower == "\"",
            tokens[e - 2].lower == "{", tokens[e - 3].lower == ":", tokens[e - 4].lower == "\""
        {
            return quotedKey(endingAt: e - 5)
        }
        if quoted { return quotedKey(endingAt: e) }
        // "Tested by: John Milbank RRP: £23.99": an acronym label after a name stands alone.
        if isAcronym(e) { return text(e, e) }
        guard let (s, pe) = nounPhraseEnding(at: e), tokens[s].capitalized, pe - s < 4,
            !(s...pe).contains(where: { tokens[$0].isNumber }),
            s == 0 || tokens[s - 1].isPunct
        else { return nil }
        return text(s, pe)
    }

    /// The words of a quoted key ending at `e`, back to its opening quotation mark (at most eight tokens).
    private func quotedKey(endingAt e: Int) -> String? {
        var s = e
        while s > 0, e - s < 8, tokens[s - 1].lower != "\"" { s -= 1 }
        guard s > 0, s <= e, tokens[s - 1].lower == "\"", tokens[s].isWord else { return nil }
        return text(s, e)
    }

    /// A word of two to six capital letters ("RRP", "MSRP").
    private func isAcronym(_ i: Int) -> Bool {
        let word = text(i, i)
        return (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// "spent on payments to farmers ..., to the tune of $28 billion": what the money verb of the
    /// clause before the comma is spent on or pays, or nil.
    func tuneOfSubject(_ m: NumberMention) -> String? {
        let phrase = Lexicon.tuneOfPhrase
        let c = m.first - phrase.count - 1
        guard c >= 1, tokens[c].lower == ",",
            phrase.indices.allSatisfy({ tokens[c + 1 + $0].lower == phrase[$0] })
        else { return nil }
        var v = c - 1
        while v >= 0, c - v < 20, !Lexicon.moneyVerbs.contains(token: tokens[v]) {
            if tokens[v].lower == "." || tokens[v].lower == ";" { return nil }
            v -= 1
        }
        guard v >= 0, Lexicon.moneyVerbs.contains(token: tokens[v]) else { return nil }
        var q = v + 1
        if q < c, Lexicon.purposePrepositions.contains(token: tokens[q]) { q += 1 }
        if q < c, Lexicon.purposeDeterminers.contains(token: tokens[q]) { q += 1 }
        guard q < c, let (s, e, _) = nounPhrase(from: q, toHead: false), e < c else { return nil }
        return text(s, e)
    }

    /// "deals include various MacBook models from $700": the listed noun after a verb of including
    /// that stands before the price's "from" at `j`, or nil.
    func includedItem(before j: Int) -> String? {
        guard tokens[j].is("from"), j >= 2, let (s, e) = nounPhraseEnding(at: j - 1) else { return nil }
        // (The verb may be read into the phrase: "deals include various models".)
        guard let v = (max(s - 1, 0)..<e).last(where: { Lexicon.includingVerbs.contains(token: tokens[$0]) }) else {
            return nil
        }
        return text(v + 1, e)
    }
}

/// The whole of a purpose: both nouns of "on technology and programming", the thing a possessive owns.
extension ClaimRules {
    /// The end of a purpose ending at `e` with a second noun joined by "and" ("technology and
    /// programming"), when the joined phrase ends the clause; `e` otherwise.
    func coordinatedEnd(_ e: Int) -> Int {
        guard e + 2 < n, tokens[e + 1].is("and"), tokens[e + 2].isWord,
            !Lexicon.phraseStops.contains(token: tokens[e + 2]), !tokens[e + 2].lower.hasSuffix("ed"),
            !tokens[e + 2].lower.hasSuffix("ly"),
            let (s2, e2, _) = nounPhrase(from: e + 2, toHead: false), s2 == e + 2,
            e2 + 1 >= n || tokens[e2 + 1].isPunct || tokens[e2 + 1].is("to")
        else { return e }
        return e2
    }

    /// The end of what the possessive ending at `e` owns ("Gustave Caillebotte’s 1877 A Boating
    /// Party", "the city's new stadium"), past a year; `e` when `e` is no possessive.
    func ownedEnd(_ e: Int) -> Int {
        let l = tokens[e].lower
        guard l.hasSuffix("'s") || l.hasSuffix("’s"), e + 1 < n else { return e }
        var q = e + 1
        if tokens[q].isNumber, q + 1 < n, tokens[q + 1].isWord { q += 1 }
        // A title's own article is part of it ("A Boating Party").
        if q + 1 < n, Lexicon.articles.contains(token: tokens[q]), tokens[q].capitalized { q += 1 }
        guard q < n, tokens[q].isWord, let (_, oe, _) = nounPhrase(from: q, toHead: false) else { return e }
        return oe
    }
}

/// "The RTX 3070 is ..., packing 5,888 CUs for prices starting at $499": what is offered "for prices".
extension ClaimRules {
    /// The thing offered "for prices" before the price verb at `v`: the noun before "for", or, when
    /// that is a count in a participle clause, the subject that opens the sentence; nil when the
    /// words before `v` are not "... for prices".
    func forPricesSubject(_ v: Int) -> String? {
        guard v >= 3, Lexicon.priceVerbs.contains(token: tokens[v]), Lexicon.priceNouns.contains(token: tokens[v - 1]),
            tokens[v - 2].is("for"), let (s, e) = nounPhraseEnding(at: v - 3)
        else { return nil }
        guard (s...e).contains(where: { tokens[$0].isNumber }) else { return text(s, e) }
        // ("packing 5,888 CUs": a count is no thing offered; the participle's subject opens the sentence.)
        guard s >= 2, tokens[s - 1].lower.hasSuffix("ing"), tokens[s - 2].lower == "," else { return "" }
        var k = 0
        while k < s - 2, k < 8, !tokens[k].isPunct, !Lexicon.clauseVerbs.contains(token: tokens[k]) { k += 1 }
        guard k > 0, Lexicon.clauseVerbs.contains(token: tokens[k]),
            !(0..<k).contains(where: {
                Lexicon.personalPronouns.contains(token: tokens[$0])
                    || Lexicon.thingPronouns.contains(token: tokens[$0])
            })
        else { return "" }
        return text(0, k - 1)
    }
}

/// "a $75.3 billion dollar hit on economic growth": a noun after the sum's repeated currency word.
extension ClaimRules {
    /// The noun the sum modifies after its currency word ("dollar hit"), with a phrase of "on" or
    /// "to" after it, or nil.
    func nounAfterCurrencyWord(_ m: NumberMention) -> String? {
        let p = m.last + 1
        guard p + 1 < n, tokens[p].isWord, Lexicon.currencyWords[tokens[p].lower] != nil, tokens[p + 1].isWord,
            !Lexicon.ofPhrasePrepositions.contains(token: tokens[p + 1]), !tokens[p + 1].is("and")
        else { return nil }
        // ("a $75.3 billion dollar hit": after a singular currency word a stop word such as "hit" is the noun.)
        let s = p + 1
        var e = s
        if !tokens[p].lower.hasSuffix("s") && Lexicon.phraseStops.contains(token: tokens[s]) {
            e = s
        } else if !Lexicon.phraseStops.contains(token: tokens[s]), isNounLike(s),
            let (_, pe, _) = nounPhrase(from: s, toHead: false)
        {
            e = pe
        } else {
            return nil
        }
        // "hit on economic growth": what the noun falls on belongs to it.
        if e + 2 < n, tokens[e + 1].is("on") || tokens[e + 1].is("to"), tokens[e + 2].isWord,
            let (_, oe, _) = nounPhrase(from: e + 2, toHead: false)
        {
            return text(s, oe)
        }
        return text(s, e)
    }
}
