/// What a sum measures when no purpose, measured noun, clause subject or price word before it
/// named it: the object a verb of change moves to the sum ("increase its exports to China to $30
/// billion"), the thing priced per item ("apps from $1 each"), the holder of a value ("services
/// with a combined value of $2.6bn"), a listed item ("MacBooks from $700, AirPods 2 $150"), a
/// purpose infinitive's object after a possessive ("to use his trademark"), a price noun after the
/// sum ("$165 holiday advertised rate"), a record level ("dropped to an all-time low at $139").
extension ClaimRules {
    /// The first of the late readings that names something, or nil.
    func lateMoneySubject(_ m: NumberMention) -> String? {
        changedObject(m) ?? unitPriceSubject(m) ?? valueHolder(m) ?? listedItemBeforeSum(m)
            ?? priceNounAfterSum(m) ?? recordLevelSubject(m) ?? clauseFinalIn(m)
    }

    /// The index before the hedge words that end at `j` ("much more than").
    private func pastChangeHedges(_ j: Int) -> Int {
        var j = j
        while j >= 0, Lexicon.changeTargetHedges.contains(token: tokens[j]) { j -= 1 }
        return j
    }

    /// "increase its agricultural exports to China to much more than $30 billion": the object of a
    /// verb of change between the verb and the "to" before the sum.
    private func changedObject(_ m: NumberMention) -> String? {
        let j = pastChangeHedges(m.first - 1)
        guard j >= 2, Lexicon.changeTargetPrepositions.contains(token: tokens[j]) else { return nil }
        var v = j - 1
        while v >= 0, j - v < 10, tokens[v].isWord || tokens[v].lower == "-" || tokens[v].lower == "'" {
            if Lexicon.changeObjectVerbs.contains(token: tokens[v]) { break }
            v -= 1
        }
        guard v >= 0, v < j - 1, Lexicon.changeObjectVerbs.contains(token: tokens[v]) else { return nil }
        var s = v + 1
        if Lexicon.purposeDeterminers.contains(token: tokens[s])
            || Lexicon.possessivePurposeDeterminers.contains(token: tokens[s])
        {
            s += 1
        }
        // (A pronoun object or a lone determiner names nothing: "raise it to $5".)
        guard s < j, isNounLike(j - 1) || tokens[j - 1].capitalized,
            !(s..<j).contains(where: { Lexicon.personalPronouns.contains(token: tokens[$0]) })
        else { return nil }
        return text(s, j - 1)
    }

    /// "over 40 top apps from just $1 each": a price per item prices the noun before its preposition
    /// (a leading count is left out).
    private func unitPriceSubject(_ m: NumberMention) -> String? {
        guard m.last + 1 < n, Lexicon.unitPriceWords.contains(token: tokens[m.last + 1]) else { return nil }
        let j = pastPriceAdverbs(m.first - 1)
        guard j >= 1, Lexicon.unitPricePrepositions.contains(token: tokens[j]),
            case (var s, let e)? = nounPhraseEnding(at: j - 1)
        else { return nil }
        while s < e, tokens[s].isNumber { s += 1 }
        return text(s, e)
    }

    /// "services with a combined maximum value of $2.6bn": the thing that has the value.
    private func valueHolder(_ m: NumberMention) -> String? {
        guard m.first >= 4, tokens[m.first - 1].is("of"), Lexicon.heldValueNouns.contains(token: tokens[m.first - 2])
        else { return nil }
        var k = m.first - 3
        while k >= 1, m.first - 3 - k < 3, tokens[k].isWord, !Lexicon.phraseStops.contains(token: tokens[k]) { k -= 1 }
        guard k >= 2, Lexicon.articles.contains(token: tokens[k]), tokens[k - 1].is("with"),
            let (s, e) = nounPhraseEnding(at: k - 2)
        else { return nil }
        // ("The agency signed two contracts with": a verb read into the phrase as a modifier opens a new one.)
        return text((s..<e).last(where: { $0 > s && tokens[$0].lower.hasSuffix("ed") }).map { $0 + 1 } ?? s, e)
    }

    /// "Amazon discounts MacBooks from $700, AirPods 2 with wireless case $150, more": in a list of
    /// prices, the item named right before a sum after a comma that ends an earlier priced item.
    private func listedItemBeforeSum(_ m: NumberMention) -> String? {
        let j = m.first - 1
        guard j >= 3, isNounLike(j) || tokens[j].isNumber, let (s, e) = nounPhraseEnding(at: j), e == j,
            s >= 2, tokens[s - 1].lower == ",", amountStart(endingAt: s - 2) != nil,
            tokens[s - 2].isNumber || Lexicon.scales[tokens[s - 2].lower] != nil
        else { return nil }
        return text(s, e)
    }

    /// "charge the firm almost $6 million to use his trademark": the object of a purpose infinitive
    /// after a possessive determiner.
    func possessivePurpose(_ m: NumberMention) -> String? {
        let p = tokenAfterSum(m)
        guard p + 3 < n, tokens[p].is("to"), tokens[p + 1].isWord, !tokens[p + 1].capitalized,
            !Lexicon.phraseStops.contains(token: tokens[p + 1]) || Lexicon.moneyVerbs.contains(token: tokens[p + 1]),
            Lexicon.possessivePurposeDeterminers.contains(token: tokens[p + 2]),
            let (s, e, _) = nounPhrase(from: p + 3, toHead: false), !isTime(e)
        else { return nil }
        return text(s, e)
    }

    /// "the typical $165 holiday advertised rate": up to four words after the sum that end in a price noun.
    private func priceNounAfterSum(_ m: NumberMention) -> String? {
        let s = m.last + 1
        var k = s
        while k < n, k - s < 4, tokens[k].isWord, !Lexicon.phraseStops.contains(token: tokens[k]) {
            if Lexicon.priceNouns.contains(token: tokens[k]) { return k > s ? text(s, k) : nil }
            k += 1
        }
        return nil
    }
}
