/// Sums whose words before them name a change, a label or a payer: "a reduction in real income of
/// $1.4 billion" (the reduction), "a reduction in module costs from $0.23 to $0.10" (the costs),
/// "BONUS VALUATION*: $1,600" (the label), "can be fined £1,000" and "Expect to pay $15" (a
/// payer names nothing); and names after a sum: "$250,000 fines", "the $49 Apple Thunderbolt 2 to
/// Thunderbolt 3 adapter".
extension ClaimRules {
    /// "a reduction in X of $N" → "reduction in X"; "a reduction in X from $A to $B" → "X".
    func changeNounSubject(_ m: NumberMention) -> String? {
        guard m.first >= 4 else { return nil }
        if tokens[m.first - 1].is("of"), let i = changeNounIn(endingAt: m.first - 2) { return text(i - 1, m.first - 2) }
        var f = m.first - 1
        if tokens[f].is("to") {
            while f > 0, m.first - f < 10, !tokens[f].is("from"), tokens[f].lower != "." { f -= 1 }
        }
        guard tokens[f].is("from"), f >= 3, let i = changeNounIn(endingAt: f - 1) else { return nil }
        return text(i + 1, f - 1)
    }

    /// The index of the "in" after a change noun that opens the words ending at `e` (at most eight), or nil.
    private func changeNounIn(endingAt e: Int) -> Int? {
        var k = e
        while k >= 2, e - k < 8, tokens[k].isWord, !tokens[k].is("in") { k -= 1 }
        guard k >= 1, k < e, tokens[k].is("in"), Lexicon.wordingChangeNouns.contains(token: tokens[k - 1]) else {
            return nil
        }
        return k
    }

    /// "TPG'S BONUS VALUATION*: $1,600": the capitalised label before a starred colon.
    func starredLabel(_ m: NumberMention) -> String? {
        guard m.first >= 3, tokens[m.first - 1].lower == ":", tokens[m.first - 2].lower == "*" else { return nil }
        let e = m.first - 3
        var s = e + 1
        while s > 0, e - s < 3, tokens[s - 1].isWord, isCapitalWord(s - 1) { s -= 1 }
        return s <= e ? text(s, e) : nil
    }

    /// A word in capitals without an apostrophe ("BONUS", not "TPG'S").
    private func isCapitalWord(_ i: Int) -> Bool {
        let word = text(i, i)
        return word.count >= 2 && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// "" when the words before the sum only name who pays it: a passive penalty ("can be fined
    /// £1,000") or an opening "Expect to pay $15" with nothing after the sum; nil otherwise.
    func payerOnly(_ m: NumberMention) -> String? {
        if m.first >= 2, Lexicon.wordingPenaltyParticiples.contains(token: tokens[m.first - 1]),
            Lexicon.wordingBeForms.contains(token: tokens[m.first - 2])
        {
            return ""
        }
        var j = m.first
        // "$15/£13.49": the second sum of a pair reads from the first.
        if j >= 2, tokens[j - 1].lower == "/", let k = amountStart(endingAt: j - 2) { j = k }
        guard j == 3, tokens[1].is("to"), tokens[2].is("pay") || tokens[2].is("spend"), tokens[0].capitalized,
            m.last + 1 >= n || tokens[m.last + 1].isPunct && tokens[m.last + 1].lower != "("
        else { return nil }
        return ""
    }

    /// A name after the sum that the subject `current` misses: a payment noun right after the sum
    /// when the subject was read before it ("both teams received $250,000 fines"), or the rest of a
    /// model name cut at its number ("Apple Thunderbolt" → "Apple Thunderbolt 2 to Thunderbolt 3
    /// adapter"); nil when none.
    func moneyNameAfterSum(_ m: NumberMention, current: String) -> String? {
        let p = m.last + 1
        guard p < n, tokens[p].isWord else { return nil }
        let l = tokens[p].lower
        let singular = l.hasSuffix("s") ? String(l.dropLast()) : l
        if !tokens[p].capitalized, Lexicon.chargeNouns.contains(l) || Lexicon.moneySchemeNouns.contains(singular),
            !current.isEmpty, m.first >= 1, text(0, m.first - 1).contains(current),
            let (_, e, _) = nounPhrase(from: p, toHead: false)
        {
            return text(p, e)
        }
        guard !current.isEmpty, let e = (p..<min(n, p + 10)).first(where: { text(p, $0) == current }) else {
            return nil
        }
        // ("Apple Thunderbolt 2": a phrase that already ends in the model's number restarts at its name.)
        let name = tokens[e].isNumber && e > p ? e - 1 : e
        return modelNameEnd(after: name).map { text(p, $0) }
    }

    /// The end of a model name whose capitalised word at `e` is followed by a number ("Thunderbolt
    /// 2 to Thunderbolt 3 adapter", "iPhone 11 Pro"), or nil.
    private func modelNameEnd(after e: Int) -> Int? {
        guard tokens[e].isWord, tokens[e].capitalized, e + 1 < n, tokens[e + 1].isNumber else { return nil }
        var last = e
        var k = e + 1
        var head = false
        while k < n, k - e <= 8 {
            let t = tokens[k]
            if !head, t.isNumber || t.isWord && t.capitalized && !Lexicon.phraseStops.contains(token: t) {
                last = k
            } else if !head, t.is("to") || t.lower == "-", k + 1 < n,
                tokens[k + 1].isNumber || tokens[k + 1].capitalized
            {
                // (a range inside the name: "Thunderbolt 2 to Thunderbolt 3")
            } else if !head, t.isWord, !t.capitalized, isNounLike(k), !Lexicon.phraseStops.contains(token: t),
                !isTimeWord(k)
            {
                // One lower-case head ends the name ("adapter"; "converter works": the verb is not).
                last = k
                head = true
            } else {
                break
            }
            k += 1
        }
        return last > e ? last : nil
    }
}
