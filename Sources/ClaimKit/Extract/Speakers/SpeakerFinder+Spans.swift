/// Speaker spans: the noun phrase before a reporting verb, after "according to" or an inverted
/// verb, and the sentence's leading subject.
extension SpeakerFinder {
    /// Whether a cue ending at token `end` closes its sentence ("..., the ministry said on Tuesday."):
    /// only a few words follow, none of them reported content (a number, "that", a colon, a quote, a comma).
    static func closesSentence(_ tokens: [Token], after end: Int) -> Bool {
        guard end >= 0, end < tokens.count, tokens.count - end - 1 <= 8 else { return false }
        for j in (end + 1)..<tokens.count {
            let t = tokens[j]
            if t.isNumber && !(j > 0 && Lexicon.months.contains(token: tokens[j - 1])) { return false }
            if t.is("that") || t.lower == ":" || t.lower == "\"" || t.lower == "," { return false }
        }
        return true
    }

    /// Whether only a time ("on Tuesday", "last week") and the final mark follow token `end`:
    /// "..., the Sun Sentinel reports." (stricter than `closesSentence`, for verbs that are also nouns).
    static func endsSentence(_ tokens: [Token], after end: Int) -> Bool {
        var j = end + 1
        while j < tokens.count, tokens[j].isWord || tokens[j].isNumber {
            let l = tokens[j].lower
            guard
                tokens[j].isNumber || Lexicon.timePrepositions.contains(l) || Lexicon.weekdays.contains(l)
                    || Lexicon.months.contains(l) || Lexicon.cueTimeWords.contains(l)
            else { return false }
            j += 1
        }
        return j == tokens.count || Lexicon.sentenceEndMarks.contains(token: tokens[j])
    }

    /// Whether a name starts at token `i`: a capitalised word, or "the" and one (", reports the Irish Times").
    static func namedAfter(_ tokens: [Token], _ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        if tokens[i].capitalized { return true }
        return tokens[i].is("the") && i + 1 < tokens.count && tokens[i + 1].capitalized
    }

    /// The last token before an aside set off by dashes that closes at `closing`, past a place after
    /// a name's comma ("officials in Broward County, Florida — where ... — announced").
    static func beforeDashAside(_ tokens: [Token], closing: Int) -> Int? {
        var e = closing
        if tokens[e - 1].lower == "-" { e -= 1 }
        var c = e - 1
        while c > 0, e - c < 14, !asideDash(tokens, c) { c -= 1 }
        guard c > 0, c < e - 1, asideDash(tokens, c) else { return nil }
        if tokens[c - 1].lower == "-" { c -= 1 }
        e = c - 1
        if e >= 2, tokens[e].capitalized, tokens[e - 1].lower == ",", tokens[e - 2].isWord, tokens[e - 2].capitalized {
            e -= 2
        }
        return e >= 0 ? e : nil
    }

    /// Whether token `i` is a dash that sets off an aside: spaced ("X — which ... — said"; the
    /// tokenizer folds dashes to "-"), or the second of "--"; not a hyphen inside a word.
    static func asideDash(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].lower == "-" && (tokens[i].spaceBefore || i > 0 && tokens[i - 1].lower == "-")
    }

    /// The speaker noun phrase that ends right before the reporting verb at `verb`.
    func leftSpeaker(_ tokens: [Token], verb: Int) -> (Int, Int)? {
        var e = verb - 1
        while e >= 0 {
            if Lexicon.speakerAuxiliaries.contains(token: tokens[e]) { e -= 1; continue }
            // "analysts were expecting": the auxiliary of a progressive verb.
            if tokens[verb].lower.hasSuffix("ing"), Lexicon.passiveAuxiliaries.contains(token: tokens[e]) {
                e -= 1; continue
            }
            // "Alden on Tuesday announced", "Clark in October said": drop the time.
            if e >= 1, Lexicon.weekdays.contains(token: tokens[e]) || Lexicon.months.contains(token: tokens[e]),
                Lexicon.timePrepositions.contains(token: tokens[e - 1])
            {
                e -= 2; continue
            }
            break
        }
        if e >= 2, tokens[e].lower == "," { return speakerBeforeApposition(tokens, comma: e) }
        // "The ministry did not comment, but said ...": the subject of the first clause.
        if e >= 1, Lexicon.clauseContinuers.contains(token: tokens[e]), tokens[e - 1].lower == ",",
            let (s, se) = clauseSubject(tokens), se < e
        {
            return (s, se)
        }
        // "The army shelled the town and said ...": a second verb of the sentence's subject.
        if e >= 1, tokens[e].is("and"), tokens[e - 1].isWord || tokens[e - 1].isNumber,
            let (s, se) = clauseSubject(tokens), se + 1 < e - 1,
            !(se + 2..<e).contains(where: {
                tokens[$0].has(Lexicon.Flag.reporting) || Lexicon.clauseMarks.contains(token: tokens[$0])
            })
        {
            return (s, se)
        }
        // "Sen. Smith (D-N.Y.) said": skip a parenthesis right before the verb.
        if e >= 1, tokens[e].lower == ")" {
            var c = e - 1
            while c > 0, e - c < 12, tokens[c].lower != "(" { c -= 1 }
            if tokens[c].lower == "(" { e = c - 1 }
        }
        // "X — which rarely comments — said": skip an aside between dashes.
        if e >= 1, Self.asideDash(tokens, e) {
            guard let before = Self.beforeDashAside(tokens, closing: e) else { return nil }
            e = before
        }
        guard e >= 0, tokens[e].isWord else { return nil }
        // "analysts who have done the calculations say": the noun phrase before "who" speaks.
        if let w = (max(0, e - 8)...e).reversed().first(where: { tokens[$0].is("who") }), w > 0, tokens[w - 1].isWord,
            !(w...e).contains(where: { tokens[$0].isPunct || tokens[$0].isNumber })
        {
            return leftSpeaker(tokens, verb: w)
        }
        if let w = Self.beforeWitness(tokens, endingAt: e) { return speakerPhrase(tokens, endingAt: w) }
        // "the tweet shown above claimed": the document with its place on the page.
        if let d = Self.displayedDocument(tokens, endingAt: e), let (s, _) = speakerPhrase(tokens, endingAt: d) {
            return (s, e)
        }
        return speakerPhrase(tokens, endingAt: e)
    }

    /// "Hikmet Hajiyev, an aide to the president, said": the name before the apposition ending
    /// at the comma `e`; "a spokesman, Colonel Reza Amini, told": the name in it.
    private func speakerBeforeApposition(_ tokens: [Token], comma e: Int) -> (Int, Int)? {
        var c = e - 1
        while c > 0, e - c < 14, tokens[c].lower != "," { c -= 1 }
        // "Jeff Sanborn, president of Chapter & Verse, a design agency, said": a second apposition
        // (a title after an earlier comma) puts the name before both.
        if c > 1, tokens[c].lower == "," {
            var c2 = c - 1
            while c2 > 0, c - c2 < 10, tokens[c2].lower != "," { c2 -= 1 }
            if c2 > 0, tokens[c2].lower == ",", tokens[c2 - 1].isWord, tokens[c2 - 1].capitalized, c2 + 1 < c,
                Lexicon.personWords.contains(token: tokens[c2 + 1]) || Lexicon.articles.contains(token: tokens[c2 + 1]),
                let span = leftSpeaker(tokens, verb: c2), span.1 > span.0,
                (span.0...span.1).allSatisfy({ tokens[$0].capitalized || !tokens[$0].isWord })
            {
                // (A name of two or more capitalised words: "However, the head of ..., X, confirmed" is not one.)
                return span
            }
        }
        if c > 0, tokens[c].lower == ",", tokens[c - 1].isWord, tokens[c - 1].capitalized,
            let span = leftSpeaker(tokens, verb: c)
        {
            return span
        }
        // "The company, which employs 2,400 people, said": the noun phrase before a relative clause,
        // when it opens the sentence or a clause.
        if c > 0, tokens[c].lower == ",", c + 1 < e, Lexicon.relativeOpeners.contains(token: tokens[c + 1]),
            tokens[c - 1].isWord, let span = leftSpeaker(tokens, verb: c),
            span.0 == 0 || tokens[span.0 - 1].lower == ","
        {
            return span
        }
        if c > 0, tokens[c].lower == ",", c + 1 < e, tokens[c + 1].capitalized,
            (c + 1..<e).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized })
        {
            return (c + 1, e - 1)
        }
        return nil
    }

    /// "a study by the Centre for X", "a report from the ministry": a preposition at `j` after a
    /// document, which the words after it wrote (they speak, not the document).
    private static func authorJoin(_ tokens: [Token], at j: Int) -> Bool {
        j > 0 && Lexicon.sourcePrepositions.contains(token: tokens[j])
            && Lexicon.authoredDocuments.contains(token: tokens[j - 1])
    }

    /// Whether "and" at `j` joins two parts of one name that opens the sentence ("Smith and
    /// Jones found", "The Commission on pollution and health found"): capitalised words on both
    /// sides, or lower-case ones after a preposition that follows a capitalised name; not two
    /// clauses ("The army shelled the town and officials said").
    static func joinsName(_ tokens: [Token], and j: Int, phraseStart: Int) -> Bool {
        guard tokens[j].is("and"), j >= 1, phraseStart == j + 1, phraseStart < tokens.count,
            tokens[j - 1].isWord, tokens[phraseStart].isWord
        else { return false }
        // The words before "and", back to the sentence start: capitalised, or lower-case after a
        // preposition that follows a capitalised word.
        var preposition = false, lower = false
        for k in stride(from: j - 1, through: 0, by: -1) {
            let t = tokens[k]
            guard t.isWord else { return false }
            if Lexicon.bodyNamePrepositions.contains(token: t) {
                guard k > 0, tokens[k - 1].capitalized else { return false }
                preposition = true
            } else if !t.capitalized, !(k == 0 && t.is("the")) {
                if preposition { return false }
                lower = true
            }
        }
        return preposition || !lower && tokens[j + 1].capitalized
    }

    /// The speaker words ending at token `e` (a word): back to a clause word, at most ten words.
    private func speakerPhrase(_ tokens: [Token], endingAt e: Int) -> (Int, Int)? {
        var s = e + 1
        var j = e
        var words = 0
        while j >= 0, words < 10 {
            let t = tokens[j]
            if t.isWord {
                let l = t.lower
                let joins = Self.joinsName(tokens, and: j, phraseStart: s)
                if Lexicon.speakerStops.contains(l) && !joins || s <= e && Self.authorJoin(tokens, at: j) { break }
                // ("officials from the interior ministry": "from" joins a speaker to its organisation.)
                if Lexicon.phraseStops.contains(l) && !Lexicon.speakerPhraseWords.contains(l) && !joins { return nil }
                s = j; words += 1; j -= 1
                // "14:02 The government said": a capital "The" after a stamp starts the speaker.
                if l == "the", t.capitalized, j >= 0, tokens[j].isNumber || tokens[j].isPunct { break }
                continue
            }
            if t.lower == "-" && !t.spaceBefore { j -= 1; continue }
            if t.lower == "'" && j > 0 { j -= 1; continue }
            // Titles with a dot: "Lt. Gen. John Doe".
            if t.lower == ".", j > 0, tokens[j - 1].isWord,
                SentenceSplitter.defaultAbbreviations.contains(tokens[j - 1].lower)
            {
                j -= 1; continue
            }
            break
        }
        // Trim leading prepositional openers: "In a statement, ..." never reaches here (comma), but "on Monday" may.
        while s <= e, Lexicon.speakerOpeners.contains(token: tokens[s]) { s += 1 }
        guard s <= e else { return nil }
        if tokens[e].is("the") || tokens[e].is("of") || tokens[e].is("a") || tokens[e].is("an") { return nil }
        // An indefinite speaker needs a speaker noun: "a UN monitoring mission", "a spokesman".
        // ("a spokesman for the UN": the speaker noun may be followed by its organisation.)
        if tokens[s].is("a") || tokens[s].is("an"),
            !(s...e).contains(where: {
                Lexicon.referringNouns.contains(token: tokens[$0]) || Lexicon.personWords.contains(token: tokens[$0])
                    || Lexicon.indefiniteSpeakerNouns.contains(token: tokens[$0])
            })
        {
            return nil
        }
        // "A 45-year-old man said": the age belongs to the speaker.
        var aged = false
        if s >= 2, tokens[s].lower.hasPrefix("year"), tokens[s - 1].lower == "-", !tokens[s - 1].spaceBefore,
            tokens[s - 2].isNumber
        {
            s -= 2; aged = true
            if s > 0, Lexicon.articles.contains(token: tokens[s - 1]) { s -= 1 }
        }
        // Reject spans holding or counted by a number: "two men died", "3248 cases reported".
        if !aged, tokens[s...e].contains(where: { $0.isNumber }) { return nil }
        if s > 0, tokens[s - 1].isNumber, !(tokens[s].is("the") && tokens[s].capitalized) { return nil }
        // A day or a month alone never speaks ("Tuesday said" is a fragment of "on Tuesday said").
        if s == e, Lexicon.weekdays.contains(token: tokens[s]) || Lexicon.months.contains(token: tokens[s]) {
            return nil
        }
        // A pronoun must stand alone.
        if (s..<e).contains(where: { Lexicon.pronounSpeakers.contains(token: tokens[$0]) }) { return nil }
        return (s, e)
    }

    /// A speaker noun phrase starting at `from` up to a comma, stop, quote or clause word.
    func speakerSpan(_ tokens: [Token], from: Int) -> (Int, Int)? {
        var j = from
        var e = -1
        while j < tokens.count, j - from < 12 {
            let t = tokens[j]
            if t.isWord {
                // ", reports Interfax quoting the ministry": the participle starts another phrase.
                if j > from, t.has(Lexicon.Flag.participle) { break }
                if Lexicon.speakerSpanStops.contains(token: t), j > from {
                    if t.lower == "the" || t.lower == "and" || t.lower == "of" { j += 1; continue }
                    if t.lower == "in" || t.lower == "on", j + 1 < tokens.count, tokens[j + 1].capitalized,
                        !Lexicon.weekdays.contains(token: tokens[j + 1]), !Lexicon.months.contains(token: tokens[j + 1])
                    {
                        j += 1; continue
                    }
                    break
                }
                e = j; j += 1; continue
            }
            if (t.lower == "-" || t.lower == "'") && !t.spaceBefore { j += 1; continue }
            break
        }
        guard e >= from else { return nil }
        var end = e
        while end > from, Lexicon.speakerSpanTrailers.contains(token: tokens[end]) { end -= 1 }
        return (from, end)
    }

    /// The sentence's leading noun phrase when short and capitalised ("Azerbaijan launched ...").
    func clauseSubject(_ tokens: [Token]) -> (Int, Int)? {
        guard let first = tokens.first, first.isWord, first.capitalized || first.is("the"),
            !first.has(Lexicon.Flag.amount),
            !Lexicon.clauseOpeners.contains(token: first)
        else { return nil }
        var e = -1
        var j = 0
        while j < tokens.count, j < 6 {
            let t = tokens[j]
            if t.isWord
                && (t.capitalized || (j == 0 && t.is("the"))
                    || (j > 0
                        && (Lexicon.referringNouns.contains(token: t) || Lexicon.subjectModifiers.contains(token: t))))
            {
                e = j; j += 1; continue
            }
            if t.lower == "'" || (t.lower == "-" && !t.spaceBefore) { j += 1; continue }
            break
        }
        guard e >= 0, !(e == 0 && tokens[0].is("the")) else { return nil }
        // A verb must follow: any word that is not a preposition, article or conjunction.
        guard e + 1 < tokens.count, tokens[e + 1].isWord, !Lexicon.notVerbs.contains(token: tokens[e + 1]) else {
            return nil
        }
        return (0, e)
    }
}
