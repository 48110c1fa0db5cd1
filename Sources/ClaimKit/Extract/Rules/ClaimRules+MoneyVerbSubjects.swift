/// What a sum measures when a verb of money names it: the verb's own noun ("you'd be saving $60
/// every year" → "saving"), a participle's route after a vague sum ("billions of dollars traded
/// through both platforms"), a purpose past an adverb ("$19,000 pretax to a 401(k)"), the sentence
/// subject of a verb of sudden change ("Prices ... spiked into the thousands of dollars") and a sum
/// offered as the whole after a price per share ("$13 a share or $117.9 million").
extension ClaimRules {
    /// The first of these readings that names something, or nil.
    func moneyVerbSubject(_ m: NumberMention) -> String? {
        alternativeAfterRate(m) ?? adverbPurpose(m) ?? participleRoute(m) ?? spikedSubject(m) ?? moneyGerund(m)
    }

    /// "you'd be paying around $17.99 per month": the "-ing" verb of money after a form of "be" names the sum.
    private func moneyGerund(_ m: NumberMention) -> String? {
        let g = pastPriceHedge(m.first - 1)
        guard g >= 1, Lexicon.moneyGerunds.contains(token: tokens[g]),
            Lexicon.progressiveBe.contains(token: tokens[g - 1])
        else { return nil }
        return text(g, g)
    }

    /// "hundreds of billions of dollars traded through both platforms annually": the participle and
    /// the place or thing the money went through.
    private func participleRoute(_ m: NumberMention) -> String? {
        let p = tokenAfterSum(m)
        guard p + 2 < n, Lexicon.moneyParticiples.contains(token: tokens[p]),
            Lexicon.moneyRoutePrepositions.contains(token: tokens[p + 1])
        else { return nil }
        var q = p + 2
        if Lexicon.purposeDeterminers.contains(token: tokens[q]) || Lexicon.routeQuantifiers.contains(token: tokens[q])
        {
            q += 1
        }
        guard q < n, isNounLike(q), var (_, e, _) = nounPhrase(from: q, toHead: false), !isTime(e) else { return nil }
        while e > q, tokens[e].lower.hasSuffix("ly") || isTime(e) { e -= 1 }
        return text(p, e)
    }

    /// "$19,000 pretax to a 401(k)": the recipient of a contribution after an adverb right after the sum.
    private func adverbPurpose(_ m: NumberMention) -> String? {
        let p = m.last + 1
        guard p + 3 < n, Lexicon.sumAdverbs.contains(token: tokens[p]), tokens[p + 1].is("to"),
            Lexicon.purposeDeterminers.contains(token: tokens[p + 2])
        else { return nil }
        let q = p + 3
        // ("a 401(k)": a plan's number with a bracketed letter glued to it.)
        if tokens[q].isNumber, q + 3 < n, tokens[q + 1].lower == "(", !tokens[q + 1].spaceBefore, tokens[q + 2].isWord,
            tokens[q + 3].lower == ")"
        {
            return text(q, q + 3)
        }
        guard isNounLike(q), let (s, e, _) = nounPhrase(from: q, toHead: false), !isTime(e) else { return nil }
        return text(s, e)
    }

    /// "Prices in towns near the lake, Nev., spiked into the thousands of dollars": the noun that
    /// opens the sentence is what a verb of sudden change carries to the sum.
    private func spikedSubject(_ m: NumberMention) -> String? {
        var j = m.first - 1
        if j >= 0, Lexicon.articles.contains(token: tokens[j]) { j -= 1 }
        guard j >= 2, Lexicon.changeTargetPrepositions.contains(token: tokens[j]),
            Lexicon.spikeVerbs.contains(token: tokens[j - 1]) || Lexicon.changeVerbs.contains(token: tokens[j - 1])
        else { return nil }
        let v = j - 1
        guard tokens[0].isWord, tokens[0].capitalized, isNounLike(0),
            !(0..<v).contains(where: {
                // ("across the state line to Reno": a preposition "to" is no verb.)
                Lexicon.clauseVerbs.contains(token: tokens[$0]) && !tokens[$0].is("to")
                    // ("the state line": a reporting verb after an article is a noun.)
                    || Lexicon.reportingVerbs.contains(token: tokens[$0])
                        && !($0 >= 1 && Lexicon.articles.contains(token: tokens[$0 - 1]))
                    || Lexicon.personalPronouns.contains(token: tokens[$0])
                    || Lexicon.changeVerbs.contains(token: tokens[$0])
            }),
            let (s, e, _) = nounPhrase(from: 0, toHead: false)
        else { return nil }
        return text(s, e)
    }

    /// "for $13 a share or $117.9 million": a sum after "or" that follows a price per share is the
    /// same purchase in full, so it takes that price's subject.
    private func alternativeAfterRate(_ m: NumberMention) -> String? {
        let o = m.first - 1
        guard o >= 3, tokens[o].is("or"), Lexicon.rateNouns.contains(token: tokens[o - 1]),
            tokens[o - 2].is("a") || tokens[o - 2].is("per"), let a = amountStart(endingAt: o - 3),
            Lexicon.currencySymbols[tokens[a].lower] != nil
        else { return nil }
        let earlier = NumberMention(
            first: a, numberStart: a, last: o - 3, value: nil, upper: nil, qualifier: .exact, unit: m.unit,
            vague: false, digits: true, digitToken: nil)
        let subject = moneySubject(earlier)
        return subject.isEmpty ? nil : subject
    }
}

/// A sum's source and threshold: the offering a sum is raised from ("raise up to $12.9bn from its
/// second listing") and the noun a threshold limits ("reduced fees on orders over $12").
extension ClaimRules {
    /// "raise up to $12.9bn (£10bn) from its record-breaking second listing": the offering whose
    /// proceeds the sum is, named after "from" (tried before the raiser, the clause subject).
    func offeringSource(_ m: NumberMention) -> String? {
        let p = tokenAfterSum(m)
        guard p + 2 < n, tokens[p].is("from") else { return nil }
        var q = p + 1
        if Lexicon.purposeDeterminers.contains(token: tokens[q])
            || Lexicon.possessivePurposeDeterminers.contains(token: tokens[q])
        {
            q += 1
        }
        guard q < n, let (s, e, _) = nounPhrase(from: q, toHead: false),
            Lexicon.offeringNouns.contains(token: tokens[e])
        else { return nil }
        return text(s, e)
    }

    /// "reduced service fees on orders over $12": the noun right before a threshold hedge, when a
    /// preposition or a determiner before it shows it is a noun.
    func thresholdNoun(_ m: NumberMention) -> String? {
        let h = m.first
        guard h >= 2, Lexicon.thresholdHedges.contains(token: tokens[h]), isNounLike(h - 1),
            tokens[h - 1].lower.hasSuffix("s"), Lexicon.thresholdNounOpeners.contains(token: tokens[h - 2])
        else { return nil }
        return text(h - 1, h - 1)
    }
}
