/// Prices in listings and hedges: "goes on sale for as low as $29", "a single RTX 3070 unit up on
/// stockX for $899", "Bonus Case (Exclusively at Walmart) for $199", "discounts MacBook models
/// from $700", and a capitalised noun right after a sum ("£71.6m Release Clause").
extension ClaimRules {
    /// The index before a hedge that ends at `j` ("for as low as", "paying around"), or `j` itself.
    func pastPriceHedge(_ j: Int) -> Int {
        var j = j
        if j >= 2, tokens[j].is("as"), Lexicon.asHedgeWords.contains(token: tokens[j - 1]), tokens[j - 2].is("as") {
            j -= 3
        }
        while j >= 1, Lexicon.priceHedges.contains(token: tokens[j]), !tokens[j - 1].isNumber { j -= 1 }
        return j
    }

    /// The index of the word naming what is listed before a preposition at `v + 1`, past a bracket
    /// ("Case (Exclusively at Walmart) for"), a listing place ("unit up on stockX for") and "on sale"
    /// ("goes on sale for"); `v` itself when none is there.
    func pastListing(_ v: Int) -> Int {
        var v = v
        // "... Bonus Case (Exclusively at Walmart) for $199": the bracket is an aside.
        if v >= 1, tokens[v].lower == ")" {
            var c = v - 1
            while c > 0, v - c < 10, tokens[c].lower != "(" { c -= 1 }
            if tokens[c].lower == "(" { v = c - 1 }
        }
        // "up on stockX", "available at Target": a place the thing is listed at.
        var k = v
        while k >= 0, v - k < 4, tokens[k].isWord,
            tokens[k].capitalized || !Lexicon.phraseStops.contains(token: tokens[k]),
            !Lexicon.shopPrepositions.contains(token: tokens[k])
        { k -= 1 }
        if k >= 2, k < v, Lexicon.shopPrepositions.contains(token: tokens[k]),
            Lexicon.listingWords.contains(token: tokens[k - 1])
        {
            v = k - 2
        }
        return v
    }

    /// "Amazon discounts MacBook models from $700": the object of a sale verb before "from".
    func saleObject(before j: Int) -> String? {
        guard tokens[j].is("from"), let (s, e) = nounPhraseEnding(at: j - 1), s >= 1,
            Lexicon.saleVerbs.contains(token: tokens[s - 1])
        else { return nil }
        return text(s, e)
    }

    /// "£71.6m Release Clause", "get $300 Beats headphones for", "$29 72W USB-C Car Charger": a
    /// capitalised name right after a sum names it even without a determiner (a month, a day, a
    /// currency or a stop word does not).
    func capitalisedNounAfterSum(_ m: NumberMention) -> String? {
        let s = m.last + 1
        guard s + 1 < n else { return nil }
        // ("72W USB-C": a model designation glued to its letters may open the name.)
        let opens =
            tokens[s].isWord && tokens[s].capitalized
            || tokens[s].isNumber && tokens[s + 1].isWord && !tokens[s + 1].spaceBefore
        guard opens, !tokens[s].isWord || isNameWord(s) && !Lexicon.phraseStops.contains(token: tokens[s]) else {
            return nil
        }
        var e = s
        var capitals = tokens[s].capitalized ? 1 : 0
        while e + 1 < n, e - s < 9 {
            let t = tokens[e + 1]
            if t.isWord, isNameWord(e + 1), !Lexicon.phraseStops.contains(token: t),
                t.capitalized
                    || isNounLike(e + 1) && !Lexicon.changeVerbs.contains(token: t)
                        && !Lexicon.priceVerbs.contains(token: t)
            {
                if t.capitalized { capitals += 1 }
            } else if !(t.isNumber || t.lower == "-") || t.spaceBefore && !t.isNumber {
                break
            }
            e += 1
        }
        while e > s, tokens[e].lower == "-" { e -= 1 }
        return capitals > 0 ? text(s, e) : nil
    }

    /// The last word of a sum's noun phrase `s...e` before an adverb or a verb of price ("$49 charging
    /// brick often goes" ends at "brick", "$53 million figure McKinley cited" at "figure"; "$129.99 Premiere Edition available" at "Edition").
    func endBeforePriceVerb(_ s: Int, _ e: Int) -> Int {
        var k = s + 1
        while k <= e {
            let l = tokens[k].lower
            // ("the $53 million figure McKinley cited": a capitalised name after a lower-case noun opens a clause.)
            let newSubject =
                tokens[k].capitalized && tokens[k - 1].isWord && !tokens[k - 1].capitalized && !tokens[s].capitalized
            if newSubject || Lexicon.priceAdverbs.contains(l) || Lexicon.priceVerbs.contains(l)
                || Lexicon.auxiliaryAdverbs.contains(l)
            {
                return k - 1
            }
            k += 1
        }
        return e
    }

    /// A word that may be part of a name after a sum: not a time, a currency, a scale or a verb of money.
    private func isNameWord(_ i: Int) -> Bool {
        let l = tokens[i].lower
        return !isTime(i) && Lexicon.currencyWords[l] == nil && Lexicon.scales[l] == nil
            && !Lexicon.moneyVerbs.contains(l) && !Lexicon.reportingVerbs.contains(l)
    }

    /// "The average retail price of a new vehicle sold locally in October was": a price noun before
    /// "of" in the clause before the copula at `v`, with the noun after "of".
    func priceNounPhrase(before v: Int) -> String? {
        var k = v - 1
        while k >= 2, v - k < 16, !(tokens[k].isPunct && tokens[k].lower != "-") {
            if tokens[k].is("of") || tokens[k].is("for"), Lexicon.priceNouns.contains(token: tokens[k - 1]) {
                var s = k - 1
                while s > 0, k - s < 4, tokens[s - 1].isWord, !Lexicon.phraseStops.contains(token: tokens[s - 1]) {
                    s -= 1
                }
                var q = k + 1
                if q < v, Lexicon.measuredNounDeterminers.contains(token: tokens[q]) { q += 1 }
                // ("a new vehicle sold locally": a participle after the noun is no part of it.)
                var e = q - 1
                while e + 1 < v, e - q < 4, tokens[e + 1].isWord, !Lexicon.phraseStops.contains(token: tokens[e + 1]),
                    !Lexicon.saleVerbs.contains(token: tokens[e + 1]), !tokens[e + 1].lower.hasSuffix("ly")
                { e += 1 }
                return text(s, e >= q ? e : k - 1)
            }
            k -= 1
        }
        return nil
    }

    /// "the black ... charging cable, available in 0.5 to 4 meter lengths from $6": a listing
    /// participle set after its thing by a comma names it, past the words that describe the offer.
    func listedAfterComma(before j: Int) -> String? {
        var k = j - 1
        while k >= 2, j - k < 10, !(tokens[k].isPunct && tokens[k].lower != "-") {
            if Lexicon.listingParticiples.contains(token: tokens[k]), tokens[k - 1].lower == "," {
                return nounPhraseEnding(at: k - 2).map { text($0.0, $0.1) }
            }
            k -= 1
        }
        return nil
    }

    /// "Alibaba shares closed in New York on Tuesday at $185.25": the subject of a market verb, past
    /// the place and the day between the verb and "at" (nil when none is there).
    func closingPriceSubject(at j: Int) -> String? {
        guard tokens[j].is("at") else { return nil }
        var v = j - 1
        while v >= 1, j - v < 9, !Lexicon.closingVerbs.contains(token: tokens[v]) {
            if tokens[v].isPunct, tokens[v].lower != "%" { return nil }
            v -= 1
        }
        // ("Shares closed ... at": a lone noun without whose shares names nothing.)
        guard v >= 1, Lexicon.closingVerbs.contains(token: tokens[v]), let (s, e) = nounPhraseEnding(at: v - 1), s < e
        else { return nil }
        return text(s, e)
    }
}
