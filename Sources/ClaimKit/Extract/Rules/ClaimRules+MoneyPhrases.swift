/// Sums whose noun sits in a wording the main money cascade misreads: an amount word before "of"
/// ("a record of $41.1 billion"), a saving ("Save $21 if you want X", "X, which saves you $14"), a
/// relative clause of buying ("Meetup, which it acquired for $200 million"), "X can be had for
/// $200", a second price in a product's bracket, "pricing on X from $139", "X to the value of
/// $1.8 billion", "a reduction in X of $1.4 billion", a starred label, a payer fined.
extension ClaimRules {
    /// The subject of the sum `m` when its wording is one of the above, else nil (the cascade decides).
    func moneyPhraseSubject(_ m: NumberMention) -> String? {
        if let shifted = pastAmountWord(m) { return moneySubject(shifted) }
        // The first wording that matches, in this order. (A chain, not an array of method
        // closures: each closure would copy the rules and allocate, for every sum.)
        // (Four statements: one chain of sixteen is too much for the type checker.)
        let sales: String? = savedOnThing(m) ?? relativeSaleAntecedent(m) ?? canBeHadSubject(m) ?? bracketTwinSubject(m)
        if let sales { return sales }
        let offers: String? = offerOnSubject(m) ?? valuePhraseObject(m) ?? changeNounSubject(m) ?? starredLabel(m)
        if let offers { return offers }
        let deals: String? = payerOnly(m) ?? dealSaleObject(m) ?? offCoordination(m) ?? bracketBoundSubject(m)
        if let deals { return deals }
        let changes: String? =
            changeSubjectPastTime(m) ?? valuedNounSubject(m) ?? verbSeriesSubject(m) ?? moneyPurposeSubject(m)
        return changes
    }

    /// "to a record of $41.1 billion": the mention read from the article before the amount word, so
    /// the words before it name the sum ("revenues increased 11 percent to $41.1 billion").
    private func pastAmountWord(_ m: NumberMention) -> NumberMention? {
        guard m.first >= 3, tokens[m.first - 1].is("of"),
            Lexicon.wordingAmountWords.contains(token: tokens[m.first - 2]),
            Lexicon.articles.contains(token: tokens[m.first - 3])
        else { return nil }
        var shifted = m
        shifted.first = m.first - 3
        return shifted
    }

    /// "Save $21 if you want the X Edition": what the saving is on; "a $69.99 annual fee, which
    /// saves you $14": the noun the relative clause is about.
    private func savedOnThing(_ m: NumberMention) -> String? {
        guard m.first >= 1 else { return nil }
        if m.first >= 4, Lexicon.objectPronouns.contains(token: tokens[m.first - 1]) || tokens[m.first - 1].is("you"),
            Lexicon.wordingSavingVerbs.contains(token: tokens[m.first - 2]),
            Lexicon.relativeSubjects.contains(token: tokens[m.first - 3]), tokens[m.first - 4].lower == ","
        {
            return wordRun(endingAt: m.first - 5)
        }
        let p = m.last + 1
        guard Lexicon.wordingSavingVerbs.contains(token: tokens[m.first - 1]), p + 3 < n,
            tokens[p].is("if") || tokens[p].is("when"), tokens[p + 1].is("you"),
            Lexicon.wordingChoosingVerbs.contains(token: tokens[p + 2])
        else { return nil }
        var s = p + 3
        if s < n, Lexicon.purposeDeterminers.contains(token: tokens[s]) { s += 1 }
        // The whole thing up to the end of the clause ("a Switch Lite with ... and a case").
        var e = s - 1
        var k = s
        while k < n, !(tokens[k].isPunct && tokens[k].lower != "-" && tokens[k].lower != "'") {
            if k - s >= 18 { return nil }
            if tokens[k].isWord || tokens[k].isNumber { e = k }
            k += 1
        }
        return e >= s ? text(s, e) : nil
    }

    /// "Meetup, which it acquired for $200 million": the noun the relative clause of a sale is about.
    private func relativeSaleAntecedent(_ m: NumberMention) -> String? {
        guard m.first >= 5, tokens[m.first - 1].is("for"), Lexicon.saleVerbs.contains(token: tokens[m.first - 2]),
            Lexicon.thingPronouns.contains(token: tokens[m.first - 3])
                || Lexicon.personalPronouns.contains(token: tokens[m.first - 3]),
            Lexicon.relativePronouns.contains(token: tokens[m.first - 4])
        else { return nil }
        let e = tokens[m.first - 5].lower == "," ? m.first - 6 : m.first - 5
        return e >= 0 ? wordRun(endingAt: e) : nil
    }

    /// "iPhone 7 refurbs can be had for just over $200": the subject before the modal.
    private func canBeHadSubject(_ m: NumberMention) -> String? {
        guard m.first >= 5, tokens[m.first - 1].is("for"),
            Lexicon.wordingGettingParticiples.contains(token: tokens[m.first - 2]), tokens[m.first - 3].is("be"),
            Lexicon.wordingModals.contains(token: tokens[m.first - 4]),
            let (s, e) = nounPhraseEnding(at: m.first - 5)
        else { return nil }
        return text(s, e)
    }

    /// "the X Router (regular $400, currently on sale for $300)": a later price in the bracket
    /// after a product is that product's too.
    private func bracketTwinSubject(_ m: NumberMention) -> String? {
        var k = m.first - 1
        var sawAmount = false
        while k >= 1, m.first - k < 12 {
            let l = tokens[k].lower
            if l == ")" || l == "." || l == ";" { return nil }
            if l == "(" { break }
            if tokens[k].isNumber { sawAmount = true }
            k -= 1
        }
        guard k >= 1, tokens[k].lower == "(", sawAmount, let (s, e) = nounPhraseEnding(at: k - 1),
            tokens[e].capitalized || tokens[s].capitalized
        else { return nil }
        return text(s, e)
    }

    /// "pricing on ecobee thermostats from $139": what the offer is on.
    private func offerOnSubject(_ m: NumberMention) -> String? {
        guard m.first >= 4, tokens[m.first - 1].is("from") else { return nil }
        var k = m.first - 2
        while k >= 1, m.first - k < 9, tokens[k].isWord, !tokens[k].is("on") { k -= 1 }
        guard k >= 1, k < m.first - 2, tokens[k].is("on"), Lexicon.wordingOfferNouns.contains(token: tokens[k - 1])
        else { return nil }
        return text(k + 1, m.first - 2)
    }

    /// "took out loans from a bank to the value of $1.8 billion": the noun (with its phrases) before
    /// the value phrase, when no comma sets it apart (`tuneOfSubject` reads that).
    private func valuePhraseObject(_ m: NumberMention) -> String? {
        for phrase in Lexicon.wordingValuePhrases {
            let c = m.first - phrase.count
            guard c >= 1, phrase.indices.allSatisfy({ tokens[c + $0].lower == phrase[$0] }) else { continue }
            guard let (s, e) = nounPhraseEnding(at: c - 1) else { return nil }
            return text(s, e)
        }
        return nil
    }

    /// "purchased Big Machine for $300M in a deal backed by ...": the thing bought, not the deal.
    private func dealSaleObject(_ m: NumberMention) -> String? {
        let p = m.last + 1
        guard m.first >= 3, tokens[m.first - 1].is("for"), p + 2 < n, tokens[p].is("in"),
            Lexicon.articles.contains(token: tokens[p + 1]), Lexicon.wordingDealNouns.contains(token: tokens[p + 2]),
            let (s, e) = nounPhraseEnding(at: m.first - 2), s >= 1, Lexicon.saleVerbs.contains(token: tokens[s - 1])
        else { return nil }
        return text(s, e)
    }

    /// "$10 Off Nintendo Switch Lite and Pokemon Bundle": a discount off two capitalised names joined by "and".
    private func offCoordination(_ m: NumberMention) -> String? {
        let p = m.last + 1
        guard p + 1 < n, tokens[p].is("off"), let (_, e, _) = nounPhrase(from: p + 1, toHead: false),
            e + 2 < n, tokens[e + 1].is("and"), tokens[e + 2].capitalized, tokens[e].capitalized,
            let (_, e2, _) = nounPhrase(from: e + 2, toHead: false),
            e2 + 1 >= n || tokens[e2 + 1].isPunct
        else { return nil }
        return text(p, e2)
    }
}
