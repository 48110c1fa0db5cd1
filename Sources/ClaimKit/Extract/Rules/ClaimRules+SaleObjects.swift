/// The thing a sale or a listing prices when other words stand between it and the price: the
/// object of the sale verb ("sells a charging mat with a port for charging over the wire for $60
/// less", "sold the company the right to use the word “We” for $5.9 million"), both of two
/// coordinated names ("The Times and the Union-Tribune for $500 million"), a shop after a listed
/// price ("started at $200 on Amazon"), a record level ("dropped to an all-time low at $139") and a
/// clause a sum opens ("$53 million a week is coming across the border in drugs").
extension ClaimRules {
    /// The noun phrase before "for" or "at" at `j` that ends at `v`, or the object of a sale verb
    /// before it when that phrase is not part of the object.
    func listedThing(endingAt v: Int, before j: Int) -> String? {
        let near = nounPhraseEnding(at: v).map { (coordinatedNameStart($0.0) ?? $0.0, $0.1) }
        if tokens[j].is("for"), let (os, oe) = saleVerbObject(before: j), near.map({ $0.0 > oe }) ?? true {
            return text(os, oe)
        }
        return near.map { text($0.0, $0.1) }
    }

    /// "sold the company the right to use the word “We” for": the direct object of the sale verb
    /// before `j` in the same clause (past an indirect object; an infinitive after "right"-like
    /// nouns runs on to `j`), or nil.
    private func saleVerbObject(before j: Int) -> (Int, Int)? {
        var v = j - 1
        // (An appositive's commas stay inside the clause: "the stake held by its chairman, Jo Bell, for".)
        while v >= 0, j - v < 32, tokens[v].isWord || tokens[v].isNumber || isInnerMark(v) || tokens[v].lower == "," {
            if isSaleVerb(v), !tokens[v].capitalized { break }
            v -= 1
        }
        guard v >= 0, v + 1 < j, isSaleVerb(v) else { return nil }
        guard var (s, e) = saleObjectPhrase(from: v + 1, before: j) else { return nil }
        // "sold the company the right": a second phrase after a determiner is the thing sold.
        if e + 2 < j, Lexicon.articles.contains(token: tokens[e + 1]),
            let second = saleObjectPhrase(from: e + 1, before: j)
        {
            (s, e) = second
        }
        // "the right to use the word “We”": an infinitive after the object is part of it.
        if e + 2 < j, tokens[e + 1].is("to"), tokens[e + 2].isWord, !tokens[e + 2].capitalized,
            !(e + 1..<j).contains(where: { tokens[$0].is("for") })
        {
            e = j - 1
        }
        return (s, e)
    }

    /// The words of a sale's object from `q` (past a determiner) before `j`: words, numbers and
    /// glued hyphens up to a function word or a mark ("a similar 2-in-1 wireless charging mat").
    private func saleObjectPhrase(from q: Int, before j: Int) -> (Int, Int)? {
        var q = q
        if q < j,
            Lexicon.purposeDeterminers.contains(token: tokens[q])
                || Lexicon.possessivePurposeDeterminers.contains(token: tokens[q])
        {
            q += 1
        }
        var k = q
        while k < j, k - q < 10,
            tokens[k].isWord && !Lexicon.phraseStops.contains(token: tokens[k])
                && !Lexicon.saleVerbs.contains(token: tokens[k]) && !Lexicon.priceVerbs.contains(token: tokens[k])
                || tokens[k].isNumber || (tokens[k].lower == "-" || tokens[k].lower == "%") && !tokens[k].spaceBefore
                || isGlued(k)
        {
            k += 1
        }
        var e = k - 1
        // ("the entire 25.2% stake held by": a participle after the noun is not part of it.)
        if e > q, k < j, tokens[k].is("by") { e -= 1 }
        while e > q, tokens[e].lower == "-" || tokens[e].isWord && !isNounLike(e) { e -= 1 }
        guard e >= q, tokens[e].isWord, isNounLike(e), !isTime(e),
            !Lexicon.personalPronouns.contains(token: tokens[e])
        else { return nil }
        return (q, e)
    }

    /// A verb of selling or buying, its "-ing" form included ("acquiring").
    private func isSaleVerb(_ v: Int) -> Bool {
        Lexicon.saleVerbs.contains(token: tokens[v]) || Lexicon.saleGerunds.contains(token: tokens[v])
    }

    /// A word between two glued hyphens ("2-in-1"): part of a compound, even a function word.
    private func isGlued(_ k: Int) -> Bool {
        k >= 1 && k + 1 < n && tokens[k].isWord && tokens[k - 1].lower == "-" && tokens[k + 1].lower == "-"
            && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore
    }

    /// A hyphen, a slash or a quotation mark inside a phrase (no clause break).
    private func isInnerMark(_ i: Int) -> Bool {
        ["-", "/", "\"", "“", "”", "'", "’", "&", "%"].contains(tokens[i].lower)
    }

    /// "The Times and the San Diego Union-Tribune": the start of a capitalised name joined by
    /// "and" before the name starting at `s`, or nil.
    private func coordinatedNameStart(_ s: Int) -> Int? {
        guard tokens[s].capitalized else { return nil }
        var a = s - 1
        if a >= 0, Lexicon.articles.contains(token: tokens[a]) { a -= 1 }
        guard a >= 2, tokens[a].is("and"), tokens[a - 1].isWord, tokens[a - 1].capitalized else { return nil }
        var s2 = a - 1
        while s2 >= 1, a - s2 < 6, tokens[s2 - 1].isWord, tokens[s2 - 1].capitalized { s2 -= 1 }
        return s2
    }

    /// True when the token `p` after the sum opens a shop's name after a listed price ("at $200 on
    /// Amazon"): the shop is where the price is listed, not what it pays for.
    func listingPlaceAfterPrice(_ m: NumberMention, after p: Int) -> Bool {
        let j = pastPriceAdverbs(m.first - 1)
        return j >= 1 && Lexicon.listedPricePrepositions.contains(token: tokens[j]) && p + 1 < n
            && Lexicon.listingPlacePrepositions.contains(token: tokens[p]) && tokens[p + 1].capitalized
            && !isTime(p + 1) && (p + 2 >= n || tokens[p + 2].isPunct)
    }

    /// "used copies of this paperback from 1985 started at": the noun before a year that dates it.
    func pastDatingYear(_ e: Int) -> Int {
        guard e >= 2, tokens[e].isNumber, tokens[e].lower.count == 4,
            Lexicon.datingPrepositions.contains(token: tokens[e - 1]), isNounLike(e - 2)
        else { return e }
        return e - 2
    }

    /// "AirPods 2 dropped to an all-time low on Amazon at just $139": the subject of the verb that
    /// brings the thing to a record level (past a shop's name).
    func recordLevelSubject(_ m: NumberMention) -> String? {
        let j = pastPriceAdverbs(m.first - 1)
        guard j >= 4, tokens[j].is("at") else { return nil }
        var k = j - 1
        if tokens[k].capitalized, Lexicon.listingPlacePrepositions.contains(token: tokens[k - 1]) { k -= 2 }
        guard k >= 3, Lexicon.recordLevelWords.contains(token: tokens[k]) else { return nil }
        var v = k - 1
        while v >= 1, k - v < 5, !Lexicon.articles.contains(token: tokens[v]) { v -= 1 }
        v -= 1
        if v >= 1, tokens[v].is("to") { v -= 1 }
        guard v >= 1,
            Lexicon.changeVerbs.contains(token: tokens[v]) || Lexicon.levelReachingVerbs.contains(token: tokens[v])
        else { return nil }
        // ("AirPods 2 dropped": a model number after a capitalised name is part of it.)
        if tokens[v - 1].isNumber, v >= 2, tokens[v - 2].capitalized, let (s, _) = nounPhraseEnding(at: v - 2) {
            return text(s, v - 1)
        }
        return subjectBeforeVerb(v)
    }

    /// "— $53 million a week is coming across the border in drugs": a clause opened by the sum
    /// ends in "in" and a bare plural noun that names what the money is in.
    func clauseFinalIn(_ m: NumberMention) -> String? {
        guard m.first == 0 || tokens[m.first - 1].isPunct else { return nil }
        var k = m.last + 1
        if k + 1 < n, tokens[k].is("a"), Lexicon.timeNouns.contains(token: tokens[k + 1]) { k += 2 }
        guard k < n, Lexicon.sumClauseAuxiliaries.contains(token: tokens[k]) else { return nil }
        while k < n, tokens[k].isWord, !tokens[k].is("in") { k += 1 }
        let noun = k + 1
        guard noun < n, tokens[k].is("in"), tokens[noun].isWord, !tokens[noun].capitalized, isNounLike(noun),
            tokens[noun].lower.hasSuffix("s"), !isTime(noun), noun + 1 >= n || tokens[noun + 1].isPunct
        else { return nil }
        return text(noun, noun)
    }
}
