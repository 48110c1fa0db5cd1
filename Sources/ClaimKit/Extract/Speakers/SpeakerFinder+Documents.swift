/// Documents as speakers: a report, study or tally speaks for the body that wrote it ("a study by
/// the Centre for X concluded", "the UN's annual report said", "An AFP tally ... put the toll at"),
/// not for the one that saw it ("a document seen by Reuters").
extension SpeakerFinder {
    /// The author inside a document speaker from `s` through `e`: its capitalised modifier, when
    /// the last word is a document ("The UN's annual report" → "UN", "An AFP tally" → "AFP",
    /// "the United Nations estimate" → "the United Nations"); nil when none is named ("The report").
    static func documentAuthor(_ tokens: [Token], _ s: Int, _ e: Int) -> (Int, Int)? {
        guard e > s, Lexicon.authoredDocuments.contains(token: tokens[e]) else { return nil }
        var a = s
        if Lexicon.articles.contains(token: tokens[a]) { a += 1 }
        var b = a
        while b < e, tokens[b].isWord, tokens[b].capitalized, !Lexicon.months.contains(token: tokens[b]),
            !Lexicon.weekdays.contains(token: tokens[b])
        {
            b += 1
            if tokens[b - 1].lower.hasSuffix("'s") { break }
        }
        // "the ministry's annual report": a body's noun in the possessive.
        if b == a, tokens[a].isWord, tokens[a].lower.hasSuffix("'s"), a < e {
            let stem = String(tokens[a].lower.dropLast(2))
            if Lexicon.referringNouns.contains(stem) || Lexicon.organisationWords.contains(stem),
                (a + 1..<e).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized })
            {
                return (s, a)
            }
        }
        guard b > a, (b..<e).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }) else { return nil }
        // ("the United Nations estimate": the article is the name's; "The UN's report": the document's.)
        let possessive = tokens[b - 1].lower.hasSuffix("'s")
        if a > s, tokens[s].is("the"), !possessive { a = s }
        return (a, b - 1)
    }

    /// `spoken` (the text of tokens `s...e`) cut to tokens `a...b`, without a possessive "'s".
    static func slice(_ spoken: String, _ tokens: [Token], s: Int, a: Int, b: Int) -> String {
        let utf8 = Array(spoken.utf8)
        let from = tokens[a].start - tokens[s].start, to = tokens[b].end - tokens[s].start
        guard from >= 0, to <= utf8.count, from < to else { return spoken }
        var name = String(decoding: utf8[from..<to], as: UTF8.self)
        for mark in ["'s", "’s"] where name.hasSuffix(mark) { name = String(name.dropLast(2)) }
        return name
    }

    /// "a document seen by Reuters said", "analysts surveyed by Refinitiv were expecting": the
    /// last word of the phrase before such a participle, when the phrase ending at `e` holds one.
    static func beforeWitness(_ tokens: [Token], endingAt e: Int) -> Int? {
        var k = e
        while k >= 2, e - k < 6 {
            if tokens[k].is("by"), Lexicon.witnessParticiples.contains(token: tokens[k - 1]), tokens[k - 2].isWord {
                return k - 2
            }
            if tokens[k].isPunct { return nil }
            k -= 1
        }
        return nil
    }

    /// "... higher than the United Nations estimate of 670": a figure credited to its named author
    /// with no verb; it covers the claims from its author to the next comma, none before.
    func authoredFigureCue(_ tokens: [Token], _ bytes: [UInt8]) -> Attribution? {
        let n = tokens.count
        for k in 1..<max(1, n - 2)
        where Lexicon.authoredFigures.contains(token: tokens[k]) && tokens[k + 1].is("of")
            && NumberParser.startsAmount(tokens, k + 2) && tokens[k - 1].isWord && tokens[k - 1].capitalized
        {
            var s = k - 1
            while s > 0, k - s < 5, tokens[s - 1].isWord, tokens[s - 1].capitalized { s -= 1 }
            if s > 0, Lexicon.articles.contains(token: tokens[s - 1]) { s -= 1 }
            guard let (a, b) = Self.documentAuthor(tokens, s, k) else { continue }
            var cue = Self.placed(
                Attribution(kind: .speaker, speaker: text(tokens, bytes, a, b), cue: tokens[k].lower),
                at: s, through: k, in: tokens)
            cue.clauseStart = s
            cue.coversSentence = false
            cue.clauseEnd = min(
                cue.clauseEnd, (k + 2..<n).first(where: { [",", ";"].contains(tokens[$0].lower) }) ?? n)
            return cue
        }
        return nil
    }

    /// "An AFP tally last week, based on ..., put the toll at": a document with its author that
    /// opens the sentence (its own clause set off by commas before the verb).
    static func leadingDocument(_ tokens: [Token]) -> (Int, Int)? {
        guard tokens.count > 3, Lexicon.articles.contains(token: tokens[0]) else { return nil }
        var d = 1
        while d < tokens.count, d < 6, tokens[d].isWord, tokens[d].capitalized { d += 1 }
        guard d > 1, d < tokens.count, Lexicon.authoredDocuments.contains(token: tokens[d]) else { return nil }
        return (0, d)
    }

    /// "X said ... as the country's environment minister Paula Coelho pledged $60 million": whether
    /// a titled person's own clause, with its own past-tense verb, starts at `from` (what follows is
    /// that person's act, not the first speaker's words).
    static func personActs(_ tokens: [Token], from: Int) -> Bool {
        guard from < tokens.count, tokens[from].isWord, tokens[from].is("the") || tokens[from].capitalized else {
            return false
        }
        var titled = false
        var v = from
        while v < tokens.count, v - from < 12, tokens[v].isWord || tokens[v].lower == "-" {
            let t = tokens[v]
            if Lexicon.personWords.contains(token: t) { titled = true }
            if v > from, !t.capitalized, t.lower.hasSuffix("ed"), tokens[v - 1].capitalized {
                return titled && !t.has(Lexicon.Flag.reporting)
            }
            v += 1
        }
        return false
    }
}
