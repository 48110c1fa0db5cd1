/// What a sum pays for: "$400m in aid" → "aid"; "clearing mines ... will cost $25 billion" → "clearing mines ...".
extension ClaimRules {
    /// The subject of the sum `m`: its purpose after it, the noun it measures, the thing whose
    /// cost is put at it, or the clause subject of a money verb before it ("" when none).
    func moneySubject(_ m: NumberMention) -> String {
        if let worded = moneyPhraseSubject(m) { return worded }
        if let alternative = alternativeInBracket(m) ?? comparedSum(m) ?? restatedChange(m) { return alternative }
        if let labelled = labelBeforeColon(m) ?? tuneOfSubject(m) ?? nounAfterCurrencyWord(m) { return labelled }
        // "revenue of $167.4 million in the third quarter": the money noun before "of" names the sum.
        if m.first >= 2, tokens[m.first - 1].is("of"), Lexicon.money.nouns.contains(token: tokens[m.first - 2]) {
            return text(m.first - 2, m.first - 2)
        }
        // "a required minimum contribution of $124 million to its pension fund": a payment the sum measures comes first.
        // ("a fixed penalty notice of £1,000 for a first offence": a payment word anywhere in the noun.)
        let measured = nounMeasuredBySum(m)
        if let measured,
            measured.spacedWords().contains(where: { Lexicon.moneySchemeNouns.contains($0.lowercased()) })
        {
            return measured
        }
        if let charge = chargeOnScale(m) { return charge }
        let after = tokenAfterSum(m)
        // ("grant $N to the fund for X": a purpose after the recipient comes first; the recipient is the fallback.)
        if let past = pastRecipient(m, after: after), let purpose = purposeAfterSum(from: past) { return purpose }
        // ("started at $200 on Amazon": the shop a price is listed at is no purpose.)
        if !listingPlaceAfterPrice(m, after: after),
            let purpose = purposeAfterSum(from: after) ?? forPastRateOrTime(after).flatMap(purposeAfterSum)
                ?? possessivePurpose(m)
        {
            return purpose
        }
        if let measured { return measured }
        if let estimated = estimatedAt(m) ?? offeringSource(m) { return estimated }
        let clause = clauseSubjectOfMoneyVerb(m)
        return clause.isEmpty
            ? priceSubject(m) ?? towardPurpose(m) ?? nounAfterSetOffSum(m) ?? earnerOfParticiple(m)
                ?? lateMoneySubject(m) ?? moneyVerbSubject(m) ?? thresholdNoun(m) ?? "" : clause
    }

    /// "$1,000 toward travel", "$5.9 million toward Holcomb’s 2016 election campaign": what the sum
    /// goes toward (a year may sit inside the phrase), tried last ("80,000 points are worth $1,000
    /// toward travel" is the points' value).
    private func towardPurpose(_ m: NumberMention) -> String? {
        let p = tokenAfterSum(m)
        guard p + 1 < n, Lexicon.towardPrepositions.contains(token: tokens[p]) else { return nil }
        var q = p + 1
        if Lexicon.purposeDeterminers.contains(token: tokens[q]) { q += 1 }
        var e = q - 1
        var k = q
        while k < n, k - q < 6,
            tokens[k].isWord && !Lexicon.phraseStops.contains(token: tokens[k])
                || tokens[k].isNumber && k + 1 < n && tokens[k + 1].isWord
        {
            if tokens[k].isWord { e = k }
            k += 1
        }
        return e >= q ? text(q, e) : nil
    }

    /// The token after the sum, past a bracketed conversion ("500 million manats ($294m) for
    /// reconstruction") and the "worth" of "worth of".
    func tokenAfterSum(_ m: NumberMention) -> Int {
        var p = m.last + 1
        if p < n, tokens[p].lower == "(" {
            var q = p + 1
            while q < n, q - p < 12, tokens[q].lower != ")" { q += 1 }
            if q < n { p = q + 1 }
        }
        if p + 1 < n, tokens[p].is("worth"), tokens[p + 1].is("of") { p += 1 }
        // "$7.9 million dollars of unpaid royalties": a currency word repeated after the sum.
        if p + 1 < n, tokens[p].isWord, Lexicon.currencyWords[tokens[p].lower] != nil, tokens[p + 1].is("of") { p += 1 }
        // "millions of dollars in community groups": past the vague sum's own currency word.
        if p + 2 < n, tokens[p].is("of"), Lexicon.currencyWords[tokens[p + 1].lower] != nil { p += 2 }
        return p
    }

    /// "€1.2bn to repair Ukraine's damaged power grid": the object of the purpose; "$400m in aid".
    private func purposeAfterSum(from p: Int) -> String? {
        if p + 2 < n, tokens[p].is("to"), tokens[p + 1].isWord {
            var q = p + 2
            if q < n, tokens[q].is("all") { q += 1 }  // "to clear all the remaining minefields"
            if q < n, Lexicon.purposeDeterminers.contains(token: tokens[q]) { q += 1 }
            if let (s, e, _) = nounPhrase(from: q, toHead: false), let end = endBeforeTime(s, e) {
                return text(s, end == e ? ownedEnd(e) : end)
            }
        }
        if p + 1 < n, Lexicon.purposePrepositions.contains(token: tokens[p]) {
            var q = p + 1
            if q < n, Lexicon.purposeDeterminers.contains(token: tokens[q]) { q += 1 }
            // "$1 billion for some of the founder's shares": the part is named with its whole.
            let part = partitiveEnd(at: q).map { (q, $0) }
            if let (_, rest) = part { q = rest }
            // "$300 million in “synergies”": a purpose in quotation marks.
            if q + 1 < n, tokens[q].isPunct, tokens[q].lower == "\"" { q += 1 }
            // ("in the third quarter", "over the past five years": a time dates the sum, it does not name it.)
            // ("making $320,000 on a budget of $27 million": a noun another sum measures is not this one's purpose.)
            if let (s, e, _) = nounPhrase(from: q, toHead: false),
                !(s...e).contains(where: {
                    Lexicon.timeNouns.contains(token: tokens[$0]) || Lexicon.months.contains(token: tokens[$0])
                }),
                !(s == e && Lexicon.adverbialPurposeNouns.contains(token: tokens[s])),
                // ("orders over $12 for a minimum of one year": an amount word is no purpose.)
                !Lexicon.amountNouns.contains(token: tokens[e]),
                !(e + 2 < n && tokens[e + 1].is("of")
                    && (tokens[e + 2].isNumber || Lexicon.currencySymbols[tokens[e + 2].lower] != nil))
            {
                return text(part?.0 ?? s, coordinatedEnd(e))
            }
        }
        return nil
    }

    /// "an emergency fund of €15 million", "a package worth $2bn": the noun the sum measures,
    /// when no purpose follows the sum.
    private func nounMeasuredBySum(_ m: NumberMention) -> String? {
        // "help in the form of 15 million euros": the noun before the manner phrase.
        if m.first >= 4, tokens[m.first - 1].is("of"), Lexicon.mannerNouns.contains(token: tokens[m.first - 2]),
            tokens[m.first - 3].is("the"), tokens[m.first - 4].is("in"), m.first >= 5, tokens[m.first - 5].isWord,
            !Lexicon.phraseStops.contains(token: tokens[m.first - 5])
        {
            return text(m.first - 5, m.first - 5)
        }
        guard m.first >= 2, tokens[m.first - 1].is("of") || tokens[m.first - 1].is("worth"), tokens[m.first - 2].isWord,
            !Lexicon.phraseStops.contains(token: tokens[m.first - 2]),
            !Lexicon.amountNouns.contains(token: tokens[m.first - 2])
        else { return nil }
        var s = m.first - 2
        while s > 0, m.first - 2 - s < 3, tokens[s - 1].isWord, !Lexicon.phraseStops.contains(token: tokens[s - 1]) {
            s -= 1
        }
        if s > 0, Lexicon.measuredNounDeterminers.contains(token: tokens[s - 1]) || tokens[s - 1].lower.hasSuffix("'s")
        {
            return text(s, m.first - 2)
        }
        return nil
    }

    /// "put the cost at $1.2bn": the words between the estimating verb and "at".
    private func estimatedAt(_ m: NumberMention) -> String? {
        guard m.first >= 2, tokens[m.first - 1].is("at") else { return nil }
        var j = m.first - 2
        while j >= 0, m.first - j < 8 {
            // ("is priced at $999": nothing between the verb and "at", the price's noun is before the verb.)
            if Lexicon.estimateVerbs.contains(token: tokens[j]) {
                return j + 1 <= m.first - 2 ? text(j + 1, m.first - 2) : nil
            }
            if tokens[j].isPunct { break }
            j -= 1
        }
        return nil
    }

    /// "... will cost $25 billion": the clause subject before the money verb.
    private func clauseSubjectOfMoneyVerb(_ m: NumberMention) -> String {
        var v = m.first - 1
        while v >= 0, m.first - v <= 5, !Lexicon.moneyVerbs.contains(token: tokens[v]) { v -= 1 }
        guard v >= 0, Lexicon.moneyVerbs.contains(token: tokens[v]) else { return "" }
        var b = v - 1
        while b >= 0 {
            let l = tokens[b].lower
            if tokens[b].isPunct && l != "-" && l != "'" { break }
            if l == "that" || tokens[b].has(Lexicon.Flag.reporting) { break }
            b -= 1
        }
        var s = b + 1
        // "The campaign, which includes TV ads, cost the state $449,000": the noun before the relative clause.
        if s == v, b >= 2, tokens[b].lower == "," {
            var c = b - 1
            while c > 0, b - c < 16, tokens[c].lower != "," { c -= 1 }
            if c > 0, tokens[c].lower == ",", Lexicon.relativeSubjects.contains(token: tokens[c + 1]) {
                return antecedent(beforeComma: c)
            }
        }
        // "After receiving a lifeline ... worth $8 billion": an adverbial opener and its verb are no subject.
        if s + 1 < v, Lexicon.clauseOpeners.contains(token: tokens[s]), tokens[s + 1].lower.hasSuffix("ing") {
            s += 2
            if s < v, Lexicon.articles.contains(token: tokens[s]) { s += 1 }
        }
        // "a package ..., which has raised €10 billion": the relative pronoun stands for the noun before it.
        if s < v, Lexicon.relativeSubjects.contains(token: tokens[s]), b >= 1, tokens[b].lower == "," {
            return antecedent(beforeComma: b)
        }
        // A relative pronoun is never a subject, nor is "it's pretty hard to believe it's priced at $399".
        if s < v,
            Lexicon.relativePronouns.contains(token: tokens[s])
                || Lexicon.priceWordsNamingNothing.contains(token: tokens[s])
        {
            return ""
        }
        // "told me the chips only cost $4.10": the hearer after a reporting verb is no subject.
        if s + 1 < v, Lexicon.objectPronouns.contains(token: tokens[s]) { s += 1 }
        var e = s
        while e < v, !Lexicon.clauseVerbs.contains(token: tokens[e]) { e += 1 }
        while e - 1 > s, Lexicon.priceAdverbs.contains(token: tokens[e - 1]) { e -= 1 }
        // ("The estimated value is": a determiner alone names nothing.)
        if e == s || (s..<e).contains(where: { Lexicon.personalPronouns.contains(token: tokens[$0]) })
            || (s..<e).allSatisfy({ Lexicon.measuredNounDeterminers.contains(token: tokens[$0]) })
        {
            return ""
        }
        // "The company cut 1,200 jobs and lost €3 billion": a whole first clause is no subject.
        if tokens[e - 1].is("and") || tokens[e - 1].is("but") || (s..<e).contains(where: { tokens[$0].isNumber }) {
            return ""
        }
        if tokens[s].is("and") { s += 1 }
        return text(s, e - 1)
    }

    /// The last token of "landmine clearing initiative"-style words after a sum: up to four words
    /// without a stop, ending in a noun that names what a sum funds.
    func moneySchemeEnd(from s: Int) -> Int? {
        var j = s
        while j < n, j - s < 5, tokens[j].isWord || tokens[j].lower == "-" && !tokens[j].spaceBefore {
            if tokens[j].isWord {
                if Lexicon.moneySchemeNouns.contains(token: tokens[j]) { return j }
                if Lexicon.phraseStops.contains(token: tokens[j]) { return nil }
            }
            j += 1
        }
        return nil
    }

    /// The noun a relative pronoun after the comma at `b` stands for: the words right before the
    /// comma, else the noun phrase after the nearest article ("a package agreed in Rome in 2025, which ...").
    private func antecedent(beforeComma b: Int) -> String {
        var ns = b
        while ns > 0, b - ns < 5, tokens[ns - 1].isWord, !Lexicon.phraseStops.contains(token: tokens[ns - 1]) {
            ns -= 1
        }
        if ns < b { return text(ns, b - 1) }
        var d = b - 1
        while d >= 0, b - d < 14, !tokens[d].isPunct || tokens[d].lower == "-" {
            if Lexicon.articles.contains(token: tokens[d]), let (ps, pe, _) = nounPhrase(from: d + 1) {
                // "a package agreed in Rome": a participle after the noun is not part of it.
                var last = pe
                while last > ps, tokens[last].lower.hasSuffix("ed") { last -= 1 }
                return text(ps, last)
            }
            d -= 1
        }
        return ""
    }

    /// The last token of a purpose `s...e` before a time ("its pension fund next year" ends at
    /// "fund"), or nil when the phrase is only a time.
    private func endBeforeTime(_ s: Int, _ e: Int) -> Int? {
        var k = s
        while k < e {
            if Lexicon.timeModifiers.contains(token: tokens[k]), Lexicon.timeNouns.contains(token: tokens[k + 1]) {
                return k > s ? k - 1 : nil
            }
            k += 1
        }
        return e
    }
}
