/// Credits that sit inside a clause rather than over it: a figure "touted by X" in a noun phrase,
/// a promoted projection ("X has touted estimates that ..."), a shown document as speaker ("the
/// tweet shown above claimed"), a fronted additive adjunct outside the reported clause, and the
/// subject after a fronted adjunct ("As of May, Acme had ...") that a later "it" may point to.
extension SpeakerFinder {
    /// "has touted estimates that", "touts that": a promoting verb before a claim it puts forward.
    static func promotesClaim(_ tokens: [Token], at i: Int) -> Bool {
        guard i >= 1, i + 1 < tokens.count, Lexicon.promotingVerbs.contains(token: tokens[i]) else { return false }
        if tokens[i + 1].is("that") { return true }
        return i + 2 < tokens.count && Lexicon.projectionNouns.contains(token: tokens[i + 1])
            && tokens[i + 2].is("that")
    }

    /// "the $40 billion in purchases touted by X", "the 12 deaths reported by the ministry": cues
    /// that credit only the noun phrase before a crediting participle (from its first amount) to
    /// the agent after "by".
    func creditedPhraseCues(_ tokens: [Token], _ bytes: [UInt8]) -> [Attribution] {
        let n = tokens.count
        var cues: [Attribution] = []
        var i = 1
        while i + 2 < n {
            defer { i += 1 }
            guard Self.creditsNounPhrase(tokens, at: i), let first = Self.phraseAmount(tokens, before: i),
                let (s, e) = Self.agentName(tokens, from: i + 2)
            else { continue }
            var cue = resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: tokens[i].lower + " by")
            guard cue.kind == .speaker else { continue }
            cue.position = i
            cue.clauseStart = first
            cue.clauseEnd = i
            cue.creditedPhrase = first..<i
            cues.append(cue)
        }
        return cues
    }

    /// "goods touted by X": a crediting participle right after a noun, before "by" (no passive
    /// "was touted by", no "as revealed by").
    static func creditsNounPhrase(_ tokens: [Token], at i: Int) -> Bool {
        i > 0 && i + 1 < tokens.count && tokens[i + 1].is("by") && tokens[i].isWord
            && Lexicon.creditingParticiples.contains(token: tokens[i]) && tokens[i - 1].isWord
            && !Lexicon.passiveAuxiliaries.contains(token: tokens[i - 1]) && !tokens[i - 1].is("as")
    }

    /// The start of the noun phrase ending before the participle at `p` (back over at most sixteen
    /// tokens, to a clause word or mark, its hedge and currency sign included), when it holds an
    /// amount; else nil.
    private static func phraseAmount(_ tokens: [Token], before p: Int) -> Int? {
        var k = p - 1
        var amount = false
        while k >= 0, p - k <= 16 {
            let t = tokens[k]
            if t.isWord, Lexicon.creditedPhraseStops.contains(token: t) { break }
            if t.isPunct, [",", ";", ":", "(", ")", "\"", "“", "”"].contains(t.lower) { break }
            if NumberParser.startsAmount(tokens, k) { amount = true }
            k -= 1
        }
        return amount && p - k <= 16 ? k + 1 : nil
    }

    /// The agent after "by" at `from`: capitalised words and their joiners ("the Bank of England"),
    /// or "the" and a speaker's noun ("the ministry", "the city council"); nil for any other phrase.
    static func agentName(_ tokens: [Token], from: Int) -> (Int, Int)? {
        let n = tokens.count
        guard from < n, tokens[from].isWord else { return nil }
        var s = from
        if tokens[s].is("the"), s + 1 < n, tokens[s + 1].isWord, !tokens[s + 1].capitalized {
            let last = (s + 1..<min(n, s + 5)).first(where: { k in
                !tokens[k].isWord || Lexicon.referringNouns.contains(token: tokens[k])
                    || Lexicon.personWords.contains(token: tokens[k])
                    || Lexicon.organisationWords.contains(token: tokens[k])
            })
            guard let last, tokens[last].isWord else { return nil }
            return (from, last)
        }
        if tokens[s].is("the") { s += 1 }
        guard s < n, tokens[s].isWord, tokens[s].capitalized, !Lexicon.months.contains(token: tokens[s]),
            !Lexicon.weekdays.contains(token: tokens[s])
        else { return nil }
        var e = s
        while e + 1 < n {
            let next = tokens[e + 1]
            if next.isWord, next.capitalized { e += 1; continue }
            if next.isWord, ["of", "and", "for", "the"].contains(next.lower), e + 2 < n, tokens[e + 2].isWord,
                tokens[e + 2].capitalized
            {
                e += 2; continue
            }
            break
        }
        return (from, e)
    }

    /// "In addition to the three deaths, X said": the comma closing a fronted additive adjunct
    /// that opens the sentence before `position`, else nil.
    static func additiveAdjunctEnd(_ tokens: [Token], before position: Int) -> Int? {
        guard
            let opener = Lexicon.additiveOpeners.first(where: { words in
                words.count < tokens.count && words.indices.allSatisfy { tokens[$0].is(words[$0]) }
            })
        else { return nil }
        return (opener.count..<position).first(where: { tokens[$0].lower == "," })
    }

    /// "the tweet shown above claimed": the end of a shown document's place ("shown above") right
    /// before `e`, and the word before it, when `e` ends one.
    static func displayedDocument(_ tokens: [Token], endingAt e: Int) -> Int? {
        guard e >= 2, Lexicon.pagePlaces.contains(token: tokens[e]),
            Lexicon.displayParticiples.contains(token: tokens[e - 1]),
            tokens[e - 2].isWord, !tokens[e - 2].capitalized
        else { return nil }
        return e - 2
    }

    /// "As of October, Acme had a fleet ...": the capitalised subject right after a fronted
    /// adjunct's comma (its capital is the name's, not the sentence's).
    func frontedSubject(_ tokens: [Token]) -> (Int, Int)? {
        guard let first = tokens.first, first.isWord, Lexicon.clauseOpeners.contains(token: first),
            let comma = (1..<min(tokens.count, 8)).first(where: { tokens[$0].lower == "," }), comma + 2 < tokens.count,
            tokens[comma + 1].isWord, tokens[comma + 1].capitalized, !tokens[comma + 1].is("the"),
            !Lexicon.pronounSpeakers.contains(token: tokens[comma + 1])
        else { return nil }
        guard let (s, e) = clauseSubject(Array(tokens[(comma + 1)...])) else { return nil }
        return (comma + 1 + s, comma + 1 + e)
    }
}
