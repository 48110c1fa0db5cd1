/// Sums that continue or restate another: a charge's scale ("New fines ..., starting at £1,000 for a
/// first offence and rising to as much as £10,000"), alternatives in a bracket ("a net worth of $17
/// million (or $12 million or $3 million)"), and a noun after a sum that a comma or a bracketed
/// conversion sets off from its determiner ("an earlier, $250 billion list of goods", "the
/// 1.2-billion-yuan (US$171-million) telescope").
extension ClaimRules {
    /// The charge named earlier in the sentence when the sum `m` is a step on its scale
    /// ("starting at", "rising to", "a maximum of"): a "for X" after such a step names who pays or
    /// what for, not the sum ("penalties ... increased to a maximum of £10,000 for repeat offenders").
    func chargeOnScale(_ m: NumberMention) -> String? {
        let b = m.first - 1
        guard b >= 1, Lexicon.scaleStepPrepositions.contains(token: tokens[b]),
            Lexicon.scaleStepWords.contains(token: tokens[b - 1])
        else { return nil }
        var k = b - 2
        while k >= 0, b - k < 32, tokens[k].lower != ".", tokens[k].lower != ";" {
            if tokens[k].isWord, Lexicon.chargeNouns.contains(token: tokens[k]) {
                // "a fixed penalty notice": the charge noun may modify the noun after it.
                var e = k
                while e + 1 < b, e - k < 2, tokens[e + 1].isWord, isNounLike(e + 1),
                    !Lexicon.phraseStops.contains(token: tokens[e + 1])
                { e += 1 }
                guard let (s, _) = nounPhraseEnding(at: e) else { return nil }
                return text(s, e)
            }
            k -= 1
        }
        return nil
    }

    /// "$17 million (or $12 million or $3 million)": a sum offered as an alternative in a bracket
    /// after another stands for the same thing, so it takes that sum's subject.
    func alternativeInBracket(_ m: NumberMention) -> String? {
        var k = m.first - 1
        while k >= 2, m.first - k < 40, tokens[k].is("or") {
            if tokens[k - 1].lower == "(" {
                guard let outer = amountStart(endingAt: k - 2) else { return nil }
                let earlier = NumberMention(
                    first: outer, numberStart: outer, last: k - 2, value: nil, upper: nil, qualifier: .exact,
                    unit: m.unit, vague: false, digits: true, digitToken: nil)
                let subject = moneySubject(earlier)
                return subject.isEmpty ? nil : subject
            }
            guard let a = amountStart(endingAt: k - 1) else { return nil }
            k = a - 1
        }
        return nil
    }

    /// "an earlier, $250 billion list of industrial and consumer goods", "a 10-million-euro ($11
    /// million) project": the noun after a sum that a determiner before it governs, past a comma after
    /// the determiner's adjective or a bracketed conversion of a sum before it.
    func nounAfterSetOffSum(_ m: NumberMention) -> String? {
        var p = m.last + 1
        // ("(US$171-million)": letters glued before the sign belong to it.)
        var open = m.first - 1
        if open >= 1, tokens[open].isWord, !tokens[m.first].spaceBefore,
            tokens[open].lower == "us" || Lexicon.currencySignPrefixes[tokens[open].lower] != nil
        {
            open -= 1
        }
        if m.first >= 3, tokens[m.first - 1].lower == ",", tokens[m.first - 2].isWord,
            Lexicon.articles.contains(token: tokens[m.first - 3])
        {
            // (the noun follows the sum itself)
        } else if open >= 2, tokens[open].lower == "(", p < n, tokens[p].lower == ")",
            convertedSumIsModifier(endingAt: open - 1)
        {
            p += 1
        } else {
            return nil
        }
        guard p < n, isNounLike(p), var (s, e, _) = nounPhrase(from: p, toHead: false), !isTime(e)
        else { return nil }
        // ("the ... telescope opened in May": a participle after the noun is its verb.)
        while e > s, tokens[e].lower.hasSuffix("ed") { e -= 1 }
        s = max(s, p)
        return text(s, ofPhraseEnd(after: e))
    }

    /// A sum ending at `e` written as a modifier: glued by hyphens ("1.2-billion-yuan") or after a determiner.
    private func convertedSumIsModifier(endingAt e: Int) -> Bool {
        guard e >= 1, tokens[e].isWord,
            Lexicon.currencyWords[tokens[e].lower] != nil || tokens[e].isNumber
                || Lexicon.scales[tokens[e].lower] != nil
        else { return false }
        var k = e
        var glued = false
        while k >= 0, e - k < 8,
            tokens[k].isNumber || Lexicon.currencySymbols[tokens[k].lower] != nil
                || tokens[k].isWord
                    && (Lexicon.scales[tokens[k].lower] != nil || Lexicon.currencyWords[tokens[k].lower] != nil)
                || tokens[k].lower == "-" && !tokens[k].spaceBefore
        {
            if tokens[k].lower == "-" { glued = true }
            k -= 1
        }
        return k < e && (glued || k >= 0 && Lexicon.sumDeterminers.contains(token: tokens[k]))
    }

    /// The end of an "of" phrase after a noun ending at `e` ("list of industrial and consumer goods"):
    /// words joined by "and"/"or", up to a stop or a mark; `e` when no "of" follows.
    func ofPhraseEnd(after e: Int) -> Int {
        guard e + 2 < n, tokens[e + 1].is("of") else { return e }
        var k = e + 2
        if Lexicon.purposeDeterminers.contains(token: tokens[k]) { k += 1 }
        var end = e
        while k < n, k - e < 9, tokens[k].isWord {
            let l = tokens[k].lower
            if l == "and" || l == "or" {
                k += 1; continue
            }
            if Lexicon.phraseStops.contains(l) || !isNounLike(k) && !tokens[k].lower.hasSuffix("ed") { break }
            end = k
            k += 1
        }
        return end
    }

    /// "was $39,014, up from $38,373 a year ago and from $34,410 in October 2015": an earlier value
    /// compared with a sum before it in the sentence measures the same thing, so it takes that subject.
    func comparedSum(_ m: NumberMention) -> String? {
        guard m.first >= 3, tokens[m.first - 1].is("from"), Lexicon.comparisonWords.contains(token: tokens[m.first - 2])
        else { return nil }
        var k = m.first - 3
        while k >= 1, m.first - k < 30, tokens[k].lower != ".", tokens[k].lower != ";" {
            if let a = amountStart(endingAt: k), a < k || tokens[k].isNumber,
                Lexicon.currencySymbols[tokens[a].lower] != nil
                    || Lexicon.prefixCurrencyCodes.contains(token: tokens[a])
            {
                let earlier = NumberMention(
                    first: a, numberStart: a, last: k, value: nil, upper: nil, qualifier: .exact, unit: m.unit,
                    vague: false, digits: true, digitToken: nil)
                let subject = moneySubject(earlier)
                return subject.isEmpty ? nil : subject
            }
            k -= 1
        }
        return nil
    }

    /// "reduce GDP by 0.25 percent or $63.1 billion": a sum restating a change in percent measures the
    /// object of the verb of change.
    func restatedChange(_ m: NumberMention) -> String? {
        let o = m.first - 1
        guard o >= 5, tokens[o].is("or"), Lexicon.percentWords.contains(token: tokens[o - 1]), tokens[o - 2].isNumber,
            tokens[o - 3].is("by")
        else { return nil }
        var v = o - 5
        while v >= 0, o - 4 - v < 5, tokens[v].isWord, !Lexicon.changeObjectVerbs.contains(token: tokens[v]) { v -= 1 }
        guard v >= 0, Lexicon.changeObjectVerbs.contains(token: tokens[v]) else { return nil }
        let s = Lexicon.purposeDeterminers.contains(token: tokens[v + 1]) ? v + 2 : v + 1
        return s <= o - 4 ? text(s, o - 4) : nil
    }
}
