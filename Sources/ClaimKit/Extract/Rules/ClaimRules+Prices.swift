/// Prices and sums whose noun stands before them, tried when no purpose, measured noun or
/// money-verb subject named the sum: "the Eve Entry Sensor for $30", "prices range from $150 to
/// $200", "$438 off select models", "monthly rent up to $3,664", "the masks, worth ¥40,000".
extension ClaimRules {
    /// What the price `m` is the price of, or nil when the words before it name nothing.
    func priceSubject(_ m: NumberMention) -> String? {
        if let discounted = discountSubject(m) { return discounted }
        var j = pastPriceAdverbs(m.first - 1)
        let skipped = j != m.first - 1
        // "for as low as $29", "paying around $17.99": a hedge leaves the thing priced unchanged.
        let hedged = j
        j = pastPriceAdverbs(pastPriceHedge(j))
        guard j >= 1 else { return nil }
        // "with prices as low as $2,299": the noun right before an "as low as" hedge.
        if hedged - j >= 3, tokens[hedged].is("as"), isNounLike(j), let (s, e) = nounPhraseEnding(at: j) {
            // ("matching B&H with prices": the noun after an inner preposition.)
            return text(
                (s...e).last(where: { Lexicon.nameInnerPrepositions.contains(token: tokens[$0]) }).map { $0 + 1 } ?? s,
                e
            )
        }
        // "for $169.99 (Originally $200)", "the Brydge Pro ($129, regular $149)": a price beside an earlier one of the same thing.
        if skipped, tokens[j].lower == "(" || tokens[j].lower == ",", let k = amountStart(endingAt: j - 1) {
            j = pastPriceAdverbs(k - 1, floor: 1)
        }
        // ("10 keys ($10)": a bracket after a count converts it, it does not price a thing.)
        if j >= 1, tokens[j].lower == "(", let (s, e) = nounPhraseEnding(at: j - 1),
            tokens[e].capitalized || !(s...e).contains(where: { tokens[$0].isNumber })
        {
            return text(s, e)
        }
        return subjectBeforePriceWord(rangeStart(j), m, skipped: skipped)
    }

    /// "$438 off select new configurations": what the discount is taken off.
    private func discountSubject(_ m: NumberMention) -> String? {
        let after = m.last + 1
        guard after + 1 < n, tokens[after].is("off") else { return nil }
        var q = after + 1
        if Lexicon.purposeDeterminers.contains(token: tokens[q]) { q += 1 }
        return nounPhrase(from: q, toHead: false).map { text(after, $0.1) }
    }

    /// "from $1,499.99 to $1,799": the upper end has the range's subject, so the word before the
    /// range's "from" or "between" stands for the "to" or "and" at `j`.
    /// ("from $1.47 billion last year to $2.39 billion": a time may follow the lower end.)
    private func rangeStart(_ j: Int) -> Int {
        guard tokens[j].is("to") || tokens[j].is("and") else { return j }
        var k = j - 1
        while k > 0, j - k < 9, !tokens[k].is("from"), !tokens[k].is("between") { k -= 1 }
        if tokens[k].is("from") || tokens[k].is("between"), (k..<j).contains(where: { tokens[$0].isNumber }) {
            return k
        }
        return j
    }

    /// What the price `m` is of, read from the word `j` before it (past adverbs and hedges): a
    /// preposition, a copula or price verb, "worth", a comma after a name, "up to" after a noun.
    private func subjectBeforePriceWord(_ j: Int, _ m: NumberMention, skipped: Bool) -> String? {
        let l = tokens[j].lower
        if Lexicon.pricePrepositions.contains(l) || l == "to" { return subjectBeforePreposition(j) }
        // "the price is $4.80", "listings start around $600" (a verb of change only before "to":
        // "the EU added €25 million" names the giver, not the sum).
        if Lexicon.copulas.contains(l) || Lexicon.priceVerbs.contains(l) {
            // ("The average price of a new truck sold in October was $41,640": the price noun's phrase.)
            return subjectBeforeVerb(j) ?? (Lexicon.copulas.contains(l) ? priceNounPhrase(before: j) : nil)
        }
        // "The masks, worth ¥40,000, ...": the noun before the comma; "80,000 points are worth $1,000": the copula's subject.
        if l == "worth", tokens[j - 1].lower == "," { return nounPhraseText(endingAt: j - 2) }
        if l == "worth", Lexicon.copulas.contains(token: tokens[j - 1]) { return subjectBeforeVerb(j - 1) }
        // "the Series 5, now $299": a price set after its product's name.
        if l == ",", skipped, j + 1 < m.first { return nounPhraseText(endingAt: j - 1) }
        // "deposits up to $250,000": an upper bound right after its noun ("you can contribute up to" is a verb's).
        if tokens[m.first].is("up"), isNounLike(j), !Lexicon.verbMarkers.contains(token: tokens[j - 1]) {
            return nounPhraseText(endingAt: j)
        }
        // "... sold in October was $39,014": a copula read as a price adverb ("was $299").
        if skipped, j + 1 < m.first, tokens[j + 1].is("was") {
            return subjectBeforeVerb(j + 1) ?? priceNounPhrase(before: j + 1)
        }
        return nil
    }

    /// The text of the noun phrase ending at `e` (see `nounPhraseEnding`).
    private func nounPhraseText(endingAt e: Int, gerundHead: Bool = false) -> String? {
        nounPhraseEnding(at: e, gerundHead: gerundHead).map { text($0.0, $0.1) }
    }

    /// The index before the price adverbs ("now", "only") that end at `j`, stopping at `floor`.
    func pastPriceAdverbs(_ j: Int, floor: Int = 0) -> Int {
        var j = j
        while j >= floor, Lexicon.priceAdverbs.contains(token: tokens[j]) { j -= 1 }
        return j
    }

    /// The first token of the amount ending at `e` ("$169.99", "€2.5 million"), or nil when none ends there.
    func amountStart(endingAt e: Int) -> Int? {
        var k = e
        while k >= 0, e - k < 5,
            tokens[k].isNumber || Lexicon.currencySymbols[tokens[k].lower] != nil
                || tokens[k].isWord
                    && (Lexicon.scales[tokens[k].lower] != nil || Lexicon.currencyWords[tokens[k].lower] != nil)
        {
            k -= 1
        }
        return k < e && (k + 1...e).contains(where: { tokens[$0].isNumber }) ? k + 1 : nil
    }

    /// "X for $30", "X sold for $5m", "prices start at $329": the noun phrase before the
    /// preposition at `j`, or, after a price or sale verb, the one before that verb.
    private func subjectBeforePreposition(_ j: Int) -> String? {
        var v = pastListing(j - 1)
        if let sold = soldPronounObject(v) ?? closingPriceSubject(at: j) ?? includedItem(before: j) { return sold }
        // "The $49 charging brick goes on sale for $29": the thing that goes on sale.
        if v >= 2, tokens[v].is("sale"), tokens[v - 1].is("on") { v -= 2 }
        // "Brent was last at $60.73": an adverb and a copula before the preposition.
        if v >= 1, Lexicon.auxiliaryAdverbs.contains(token: tokens[v]) || tokens[v].is("last") {
            while v >= 0, Lexicon.auxiliaryAdverbs.contains(token: tokens[v]) || tokens[v].is("last") { v -= 1 }
            // ("Our previous mention was at $750": the writing itself is not what is priced.)
            return v >= 0 && Lexicon.writingNouns.contains(token: tokens[v]) ? nil : nounPhraseText(endingAt: v)
        }
        // "revenue rose 3.5 percent to $27.2 billion": the change in percent between verb and "to".
        if v >= 2, tokens[j].is("to"), Lexicon.percentWords.contains(token: tokens[v]) && tokens[v - 1].isNumber {
            v -= 2
        }
        if let offered = forPricesSubject(v) { return offered }
        if v >= 0,
            Lexicon.changeVerbs.contains(token: tokens[v]) || Lexicon.priceVerbs.contains(token: tokens[v])
                || Lexicon.saleVerbs.contains(token: tokens[v])
        {
            return subjectBeforeVerb(v)
        }
        // "to", "from" and "between" name a price only after a verb ("drops to $799", "ranges from
        // $150"): "funding available for Poland from $6.1 million" is not Poland's.
        if let object = saleObject(before: j) { return object }
        if let listed = listedAfterComma(before: j) { return listed }
        guard tokens[j].is("for") || tokens[j].is("at") else { return nil }
        return listedThing(endingAt: v, before: j)
    }

    /// The noun phrase before the verb at `v`, past auxiliaries and adverbs ("the iPad Pro is now priced").
    func subjectBeforeVerb(_ v: Int) -> String? {
        var e = v - 1
        while e >= 0,
            Lexicon.auxiliaryAdverbs.contains(token: tokens[e]) || Lexicon.priceAdverbs.contains(token: tokens[e])
                || tokens[e].is("last")
        { e -= 1 }
        // "Regular European pricing will start at": an "-ing" word before an auxiliary is the subject.
        return nounPhraseText(endingAt: pastDatingYear(e), gerundHead: e < v - 1)
    }

    /// The noun phrase ending at `e`, read backwards over its modifiers up to a function word, a
    /// verb or a mark ("the Eve Door & Window HomeKit Entry Sensor"); an inner "in" or "with"
    /// joins two parts of one name ("Controller in Crystal", "Laptop with 512GB SSD").
    func nounPhraseEnding(at e: Int, gerundHead: Bool = false) -> (Int, Int)? {
        // ("the value is $44.2 million": an amount noun names nothing; "closed in New York on Tuesday at": a time is no thing.)
        // ("the painting sold": an "-ing" word after a determiner is a noun.)
        let gerundNoun =
            e >= 1 && e < n && tokens[e].isWord && tokens[e].lower.hasSuffix("ing")
            && (gerundHead || Lexicon.measuredNounDeterminers.contains(token: tokens[e - 1])
                || Lexicon.gerundPriceNouns.contains(token: tokens[e]))
            && !Lexicon.saleVerbs.contains(token: tokens[e]) && !Lexicon.priceVerbs.contains(token: tokens[e])
        // ("Spot gold XAU= added": a ticker's "=" is no part of the name.)
        if e >= 1, e < n, tokens[e].lower == "=", !tokens[e].spaceBefore { return nounPhraseEnding(at: e - 1) }
        guard e >= 0, e < n, isNounLike(e) || gerundNoun, !Lexicon.amountNouns.contains(token: tokens[e]) else {
            return nil
        }
        var s = e
        var k = e - 1
        while k >= 0, e - k < 10 {
            let t = tokens[k]
            // ("The $49 charging brick": a price before the name is no part of it.)
            if t.isNumber, k > 0, Lexicon.currencySymbols[tokens[k - 1].lower] != nil { break }
            if t.isNumber || t.isWord && isNounLike(k) || t.isWord && isModifier(k) {
                s = k
            } else if t.is("and") || t.is("or"), k > 0, tokens[k - 1].isWord, tokens[k - 1].capitalized,
                tokens[k + 1].capitalized
            {
                // ("Pokemon Zacian and Zamazenta Edition", "Sword or Shield": a joiner between capitalised words is inside one name.)
            } else if t.isWord, Lexicon.nameInnerPrepositions.contains(token: t), k > 0,
                tokens[k - 1].isNumber || tokens[k - 1].isWord && isNounLike(k - 1)
            {
                // (carry on to the word before)
            } else if !(t.lower == "-" || t.lower == "&" || t.lower == "/") || t.spaceBefore && t.lower == "-" {
                break
            }
            k -= 1
        }
        if isTime(e) { return nil }
        // "obligations in this country": a phrase after a preposition belongs to the noun before it.
        var p = s - 1
        if p >= 0, Lexicon.measuredNounDeterminers.contains(token: tokens[p]) { p -= 1 }
        if p >= 1, Lexicon.ofPhrasePrepositions.contains(token: tokens[p]) {
            // ("an all-time low on Amazon at $139": the phrase of a word that names nothing is no subject.)
            guard isNounLike(p - 1) || Lexicon.gerundPriceNouns.contains(token: tokens[p - 1]) else { return nil }
            if let (outer, _) = nounPhraseEnding(at: p - 1) { return (outer, e) }
            // ("4 months of Amazon Music for $0.99": a span of time before "of" is no part of the thing.)
            return isTime(p - 1) ? (s, e) : nil
        }
        return (s, e)
    }

    /// A day, a month or a span of time ("Tuesday", "July", "months"): it dates a sum, it names no thing.
    func isTime(_ i: Int) -> Bool {
        Lexicon.weekdays.contains(token: tokens[i]) || Lexicon.timeNouns.contains(token: tokens[i])
            || Lexicon.months.contains(token: tokens[i])
    }

    /// A word that may end or sit in a noun phrase: not a function word, a verb of selling or a
    /// lower-case "-ing" form.
    /// (The six word tables are one `notNoun` bit, set as the token was made.)
    func isNounLike(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord, !t.has(Lexicon.Flag.notNoun) else { return false }
        let l = t.lower
        return t.capitalized || !(l.hasSuffix("ing") || l.hasSuffix("ed") || l.hasSuffix("ly"))
    }

    /// A lower-case "-ed", "-ly" or "-ing" modifier before a noun ("certified refurbished condition",
    /// "monthly rent", "wireless charging case").
    private func isModifier(_ i: Int) -> Bool {
        let l = tokens[i].lower
        return (l.hasSuffix("ed") || l.hasSuffix("ly") || l.hasSuffix("ing")) && !Lexicon.phraseStops.contains(l)
            && !Lexicon.auxiliaryAdverbs.contains(l) && !Lexicon.saleVerbs.contains(l)
            && !Lexicon.priceVerbs.contains(l) && i + 1 < n && tokens[i + 1].isWord
            && !Lexicon.phraseStops.contains(token: tokens[i + 1])
    }
}
