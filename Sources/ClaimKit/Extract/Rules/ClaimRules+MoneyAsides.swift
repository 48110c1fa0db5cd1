/// Money subjects set apart from the sum by an aside: a purpose past a span of time ("invest $1
/// billion over the next four years to speed up the development of X"), a purpose whose noun
/// opens with a measure ("on a 20-mile transit line"), the noun of "with X sinking to $N", a price
/// noun before "from" ("pricing on thermostats from $139"), a price inside a bracket after a name
/// ("Router (regular $400, on sale for $300)"), "can be had for" and "X, which it acquired for".
extension ClaimRules {
    /// The first of these readings that names something, or nil.
    func asideMoneySubject(_ m: NumberMention) -> String? {
        measuredPurpose(m) ?? withChangeSubject(m) ?? priceNounBeforeFrom(m)
            ?? bracketedPriceName(m) ?? passiveGetSubject(m) ?? relativeSaleAntecedent(m) ?? bracketedLimitSubject(m)
    }

    /// "USD balances are FDIC insured (up to $250k)": a limit in a bracket after a predicate
    /// bounds the subject of the copula before it.
    private func bracketedLimitSubject(_ m: NumberMention) -> String? {
        let b = m.first - 1
        guard b >= 2, tokens[b].lower == "(", m.last + 1 < n, tokens[m.last + 1].lower == ")" else { return nil }
        var v = b - 1
        while v >= 1, b - v <= 3, tokens[v].isWord, !Lexicon.copulas.contains(tokens[v].lower) { v -= 1 }
        guard v >= 1, v < b - 1, Lexicon.copulas.contains(tokens[v].lower) else { return nil }
        return subjectBeforeVerb(v)
    }

    /// The token after a span of time or a rate right after the sum ("over the next four years",
    /// "a year"), or nil when none is there.
    private func pastTimeSpan(_ p: Int) -> Int? {
        if p + 1 < n, tokens[p].is("a") || Lexicon.timeModifiers.contains(tokens[p].lower),
            Lexicon.timeNouns.contains(tokens[p + 1].lower) || Lexicon.rateNouns.contains(tokens[p + 1].lower)
        {
            return p + 2
        }
        guard p < n, Lexicon.timeSpanPrepositions.contains(tokens[p].lower) else { return nil }
        var k = p + 1
        while k < n, k - p < 6, tokens[k].isWord || tokens[k].isNumber {
            if Lexicon.timeNouns.contains(tokens[k].lower) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// "invest $1 billion over the next four years to speed up the development of carbon removal
    /// technology": the object of the purpose infinitive past the span, with its "of" phrase.
    func purposePastTime(_ m: NumberMention) -> String? {
        guard let p = pastTimeSpan(tokenAfterSum(m)), p + 2 < n, tokens[p].is("to"), tokens[p + 1].isWord,
            !tokens[p + 1].capitalized
        else { return nil }
        var q = p + 2
        if Lexicon.verbParticles.contains(tokens[q].lower) { q += 1 }
        if q < n,
            Lexicon.purposeDeterminers.contains(tokens[q].lower)
                || Lexicon.possessivePurposeDeterminers.contains(tokens[q].lower)
        {
            q += 1
        }
        guard q < n, isNounLike(q) || tokens[q].isNumber, let (s, e, _) = nounPhrase(from: q, toHead: false),
            !isTime(e)
        else { return nil }
        return text(s, ofPhraseEnd(after: e))
    }

    /// "spending more than $100 million on a 20-mile Bus Rapid Transit line": a purpose noun that
    /// opens with a measure glued to its unit.
    private func measuredPurpose(_ m: NumberMention) -> String? {
        let p = tokenAfterSum(m)
        guard p + 4 < n, Lexicon.purposePrepositions.contains(tokens[p].lower) else { return nil }
        var q = p + 1
        if Lexicon.purposeDeterminers.contains(tokens[q].lower) { q += 1 }
        guard q + 2 < n, tokens[q].isNumber, tokens[q + 1].lower == "-", !tokens[q + 1].spaceBefore,
            tokens[q + 2].isWord, !tokens[q + 2].spaceBefore,
            case (_, var e, _)? = nounPhrase(from: q + 2, toHead: false), e > q + 2, !isTime(e)
        else { return nil }
        // ("a 12-mile rail line asked for": the clause's verb after the noun is no part of it.)
        while e > q + 2, tokens[e].lower.hasSuffix("ed") { e -= 1 }
        return text(q, e)
    }

    /// "with exports to China in the first half of 2019 sinking to $1.3 billion": the noun after
    /// "with" up to a time, when an "-ing" verb of change carries it to the sum.
    private func withChangeSubject(_ m: NumberMention) -> String? {
        let j = m.first - 1
        guard j >= 3, tokens[j].is("to"), Lexicon.changeGerunds.contains(tokens[j - 1].lower) else { return nil }
        var w = j - 2
        while w >= 0, j - w < 16, !tokens[w].is("with") {
            if tokens[w].isPunct, tokens[w].lower != "-" { return nil }
            w -= 1
        }
        guard w >= 0, tokens[w].is("with"), w + 1 < j - 1, isNounLike(w + 1) else { return nil }
        var e = w + 1
        while e + 1 < j - 1, !Lexicon.timePhraseOpeners.contains(tokens[e + 1].lower) { e += 1 }
        return text(w + 1, e)
    }

    /// "Black Friday pricing on ecobee thermostats from $139": a phrase with a price noun before
    /// "from" is what the price is of.
    private func priceNounBeforeFrom(_ m: NumberMention) -> String? {
        let j = pastPriceAdverbs(m.first - 1)
        guard j >= 1, tokens[j].is("from"), let (s, e) = nounPhraseEnding(at: j - 1),
            (s...e).contains(where: {
                Lexicon.gerundPriceNouns.contains(tokens[$0].lower) || Lexicon.priceNouns.contains(tokens[$0].lower)
            })
        else { return nil }
        return text(s, e)
    }

    /// "the Linksys Mesh Router (regular $400, currently on sale for $300)": a price inside a
    /// bracket prices the name before the bracket.
    private func bracketedPriceName(_ m: NumberMention) -> String? {
        let j = pastPriceAdverbs(m.first - 1)
        guard j >= 0, Lexicon.pricePrepositions.contains(tokens[j].lower) else { return nil }
        var k = j - 1
        while k >= 1, j - k < 12, tokens[k].lower != "(", tokens[k].lower != ")" { k -= 1 }
        guard k >= 1, tokens[k].lower == "(", tokens[k - 1].capitalized || tokens[k - 1].isNumber,
            let (s, e) = nounPhraseEnding(at: k - 1), tokens[e].capitalized || tokens[e].isNumber
        else { return nil }
        return text(s, e)
    }

    /// "iPhone 7 refurbs can be had for just over $200": the subject of a passive verb of getting.
    private func passiveGetSubject(_ m: NumberMention) -> String? {
        let j = pastPriceAdverbs(m.first - 1)
        guard j >= 3, tokens[j].is("for"), Lexicon.passiveGetVerbs.contains(tokens[j - 1].lower),
            tokens[j - 2].is("be")
        else { return nil }
        return subjectBeforeVerb(j - 1)
    }

    /// "Meetup, which it acquired for $200 million in 2017": the noun before the relative clause
    /// whose pronoun subject bought it.
    private func relativeSaleAntecedent(_ m: NumberMention) -> String? {
        let j = pastPriceAdverbs(m.first - 1)
        guard j >= 5, tokens[j].is("for"), Lexicon.saleVerbs.contains(tokens[j - 1].lower),
            Lexicon.personalPronouns.contains(tokens[j - 2].lower) || tokens[j - 2].is("it"),
            Lexicon.relativePronouns.contains(tokens[j - 3].lower), tokens[j - 4].lower == ",",
            let (s, e) = nounPhraseEnding(at: j - 5)
        else { return nil }
        // ("cutting staff at Tidal, which": a name before the comma stands alone.)
        guard tokens[e].capitalized else { return text(s, e) }
        var c = e
        while c > s, tokens[c - 1].isWord, tokens[c - 1].capitalized { c -= 1 }
        return text(c, e)
    }
}
