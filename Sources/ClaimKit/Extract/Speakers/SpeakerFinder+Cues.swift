/// The cues of one sentence: "according to X", "X said", "..., said X", "it was reported",
/// ", adding ...", and a headline's "X: ..." label.
extension SpeakerFinder {
    /// What reading a reporting word found: no cue (go on at `next`), or a cue spanning `position...end`.
    enum Step {
        case next(Int)
        case cue(Attribution, position: Int, end: Int, next: Int)
    }

    /// The sentence's cues in text order (at most eight), else a participle's or a headline's.
    func find(tokens: [Token], bytes: [UInt8], isHeadline: Bool) -> [Attribution] {
        let n = tokens.count
        var cues: [Attribution] = []
        // A word that may start a cue: a reporting, finding, promoting or continuation verb.
        let cueStart = Lexicon.Flag.reporting | Lexicon.Flag.cueVerb | Lexicon.Flag.continuation
        var i = 0
        while i < n, cues.count < 8 {
            // (Fields read in place: a copy of the token costs a retain and a release per word. The
            // flags first: only a word with one of them can start a cue.)
            guard tokens[i].isWord, tokens[i].has(cueStart),
                tokens[i].has(Lexicon.Flag.reporting) || Self.findsThat(tokens, at: i)
                    || Self.promotesClaim(tokens, at: i) || Self.continuesDocument(tokens, at: i) != nil
            else { i += 1; continue }
            let step =
                tokens[i].is("according")
                ? accordingTo(at: i, tokens, bytes)
                : documentContinuation(at: i, tokens, bytes)
                    ?? reportingVerb(at: i, tokens, bytes, previous: cues.last)
            switch step {
            case .next(let next):
                i = next
            case .cue(let cue, let position, let end, let next):
                cues.append(Self.placed(cue, at: position, through: end, in: tokens))
                i = next
            }
        }
        let withCues = withParticipleCues(tokens, bytes)
        if !withCues.isEmpty { return (cues + withCues).sorted { $0.position < $1.position } }
        if !cues.isEmpty { return cues }
        if let cue = statisticCue(tokens, bytes) ?? authoredFigureCue(tokens, bytes) { return [cue] }
        // Participles continue the last speaker: "..., adding that ...".
        for j in 1..<max(1, n) where j < n && tokens[j].has(Lexicon.Flag.participle) && tokens[j - 1].lower == "," {
            // The clause subject at the sentence start, when short and capitalised.
            if let (s, e) = clauseSubject(tokens) {
                return [resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: tokens[j].lower)]
            }
            break
        }
        if isHeadline, let cue = headlineCue(tokens: tokens, bytes: bytes) { return [cue] }
        return []
    }

    /// "The commission found that ...", "a study shows that ...": a verb of finding reports only
    /// before "that" ("police found 12 bodies" does not).
    static func findsThat(_ tokens: [Token], at i: Int) -> Bool {
        guard i >= 1, i + 1 < tokens.count, tokens[i + 1].is("that"), Lexicon.findingVerbs.contains(token: tokens[i])
        else { return false }
        // "Data shows that", "new figures show that": a bare source word names no one ("the
        // Bureau's figures show that" does).
        guard Lexicon.sourceWords.contains(token: tokens[i - 1]) else { return true }
        guard i >= 3, tokens[i - 2].isWord else { return false }
        return tokens[i - 2].capitalized || tokens[i - 2].lower.hasSuffix("'s")
    }

    /// `cue` found at token `position` and ending at `end`, with the sentence span it covers:
    /// its clause (from the last clause break before it to a new actor's clause after it).
    static func placed(_ cue: Attribution, at position: Int, through end: Int, in tokens: [Token]) -> Attribution {
        let n = tokens.count
        var a = cue
        a.position = position
        // A comma-set cue that ends the sentence covers all of it: "..., the ministry said on Tuesday."
        a.coversSentence =
            position > 0 && Lexicon.cueOpeners.contains(token: tokens[position - 1])
            && closesSentence(tokens, after: end)
        var b = max(end, position) + 1
        while b + 1 < n {
            let l = tokens[b].lower
            let conjunction = l == ";" || (l == "," && Lexicon.clauseConjunctions.contains(token: tokens[b + 1]))
            if conjunction {
                let next = l == ";" ? b + 1 : b + 2
                // A new actor: a capitalised word or a name after "the" (", while the Red Cross appealed ...").
                let named = next < n && tokens[next].isWord && tokens[next].capitalized && !tokens[next].is("i")
                let theNamed =
                    next + 1 < n && tokens[next].is("the") && tokens[next + 1].isWord && tokens[next + 1].capitalized
                if named || theNamed { a.clauseEnd = b; break }
            }
            if Lexicon.actorSubordinators.contains(l), Self.personActs(tokens, from: b + 1) { a.clauseEnd = b; break }
            b += 1
        }
        a.aside = aside(after: max(end, position), in: tokens)
        var k = min(position, n - 1)
        while k > 0 {
            let l = tokens[k].lower
            if l == ";" { break }
            if l == ",", k + 1 < n, Lexicon.clauseBreakers.contains(token: tokens[k + 1]) { break }
            k -= 1
        }
        // ("In addition to the three deaths, X said another 30 ...": the adjunct is the writer's.)
        if k == 0, let comma = additiveAdjunctEnd(tokens, before: position) { k = comma }
        a.clauseStart = k
        a.opensRelativeClause = relativeClauseSpeaker(tokens, at: position)
        return a
    }

    /// Whether the speaker at `position` opens an object relative clause: right after "that" or
    /// "which" that follows a noun (not a reporting verb: "said that the agency says" reports).
    private static func relativeClauseSpeaker(_ tokens: [Token], at position: Int) -> Bool {
        guard position >= 2, Lexicon.objectRelatives.contains(token: tokens[position - 1]) else { return false }
        let before = tokens[position - 2]
        if before.lower == "," { return tokens[position - 1].is("which") }
        // (A capitalised word is a name or a month, "in May that", whatever the word list says.)
        return before.isWord && !before.has(Lexicon.Flag.reporting)
            && (before.capitalized || !Lexicon.phraseStops.contains(token: before)) && tokens[position].isWord
    }

    /// The first ", which ..." / ", who ..." after token `end`, up to the next comma or mark.
    private static func aside(after end: Int, in tokens: [Token]) -> Range<Int> {
        let n = tokens.count
        var b = end + 1
        while b + 1 < n, !(tokens[b].lower == "," && Lexicon.relativeSubjects.contains(token: tokens[b + 1])) { b += 1 }
        guard b + 1 < n else { return 0..<0 }
        var e = b + 2
        while e < n,
            !(tokens[e].isPunct && (tokens[e].lower == "," || tokens[e].lower == ";" || tokens[e].lower == "."))
        { e += 1 }
        return b..<e
    }

    /// "according to X", "according to a statement from the ministry", "according to figures released by the UN".
    private func accordingTo(at i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Step {
        let n = tokens.count
        guard i + 2 < n, tokens[i + 1].is("to") else { return .next(i + 1) }
        var from = i + 2
        var document: String?
        if from + 2 < n,
            Lexicon.articles.contains(token: tokens[from]) || Lexicon.documentNouns.contains(token: tokens[from])
                || Lexicon.sourceOpeners.contains(token: tokens[from])
        {
            var k = from
            // ("a report in the Courier": the paper a document appeared in wrote it.)
            while k < n, k - from < 5, !Lexicon.sourcePrepositions.contains(token: tokens[k]),
                !(k > from && Lexicon.publicationPrepositions.contains(token: tokens[k])
                    && Lexicon.authoredDocuments.contains(token: tokens[k - 1]))
            { k += 1 }
            if k + 1 < n, k - from < 5,
                let d = (from..<k).first(where: {
                    Lexicon.documentNouns.contains(token: tokens[$0])
                        || Lexicon.sourceDocuments.contains(token: tokens[$0])
                })
            {
                from = k + 1
                document = tokens[d].lower
            }
        }
        guard let span = speakerSpan(tokens, from: from) else { return .next(i + 2) }
        var s = span.0
        let e0 = span.1
        // "according to credible reports received by Amnesty": the body the reports came to speaks.
        if let b = (s..<e0).first(where: { tokens[$0].is("by") && tokens[$0 + 1].capitalized }),
            (s..<b).contains(where: { tokens[$0].is("reports") })
        {
            s = b + 1
        }
        // ("according to a document seen by Reuters": the document, not the agency that saw it.)
        var e =
            (s..<e0).first(where: { Lexicon.witnessParticiples.contains(token: tokens[$0]) && tokens[$0 + 1].is("by") })
            .map { $0 - 1 } ?? e0
        guard e >= s else { return .next(i + 2) }
        // "according to U.N. figures": the source, not its document.
        if e > s, Lexicon.sourceWords.contains(token: tokens[e]) { e -= 1 }
        // "according to preliminary data": no source named; the sentence's own verb decides.
        if s == e, !tokens[s].capitalized, !Lexicon.referringNouns.contains(token: tokens[s]),
            !Lexicon.personWords.contains(token: tokens[s])
        {
            return .next(e + 1)
        }
        var cue = resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: "according to")
        if cue.kind == .speaker { cue.document = document }
        return .cue(cue, position: i, end: e, next: e + 1)
    }

    /// A reporting verb at `i`: a cue unless it does not report here ("admitted 1.4 million
    /// refugees", "adds £300m", "claimed the lives of"); a passive "it was reported"; a second
    /// verb of the sentence's speaker ("X said ..., but added").
    private func reportingVerb(at i: Int, _ tokens: [Token], _ bytes: [UInt8], previous: Attribution?) -> Step {
        let n = tokens.count, t = tokens[i]
        if ClaimRules.endsCapitalisedName(tokens, at: i) { return .next(i + 1) }  // "the United States"
        // "TASS cited the FSB as saying ...", "IRNA quoted minister X as saying ...": the one quoted speaks.
        if t.is("cited") || t.is("quoted"), let cue = quotedAsSaying(at: i, tokens, bytes) { return cue }
        if Lexicon.reportingOnlyBeforeContent.contains(token: t),
            !(i + 1 < n && Lexicon.contentOpeners.contains(token: tokens[i + 1]))
        {
            return .next(i + 1)
        }
        // "the minister will announce £500m ..., his office said": a plan, not the attribution.
        if i > 0, Lexicon.planMarkers.contains(token: tokens[i - 1]), !t.is("said") { return .next(i + 1) }
        // "the UK adds £300m": a verb whose object is an amount does not report.
        if i + 1 < n,
            NumberParser.startsAmount(tokens, i + 1)
                || (tokens[i + 1].isPunct && Lexicon.currencySymbols[tokens[i + 1].lower] != nil)
                || NumberParser.hedge(tokens, endingBefore: min(n, i + 3)).map({ $0.0 == 2 }) == true && i + 3 < n
                    && NumberParser.startsAmount(tokens, i + 3)
        {
            if Lexicon.amountTakingVerbs.contains(token: t) { return .next(i + 1) }
        }
        // "claimed the lives of", "claimed responsibility": not a report.
        if t.is("claimed") || t.is("claims") || t.is("claim"), i + 1 < n,
            Lexicon.claimedObjects.contains(token: tokens[i + 1]) || claimsCasualties(after: i, tokens)
        {
            return .next(i + 1)
        }
        // "it put up 43 million euros": a payment, not a count's source.
        if t.is("put") || t.is("puts"), i + 1 < n, Lexicon.putParticles.contains(token: tokens[i + 1]) {
            return .next(i + 1)
        }
        // "it was reported", "it is estimated": no speaker ("I'm told" neither; "were expecting" is no passive).
        if i > 0, !t.lower.hasSuffix("ing"),
            Lexicon.passiveAuxiliaries.contains(token: tokens[i - 1]) || tokens[i - 1].lower.hasSuffix("'m")
                || tokens[i - 1].lower.hasSuffix("'re")
        {
            // ("According to X, it is estimated that ...": X stays the source.)
            if i > 1, tokens[i - 2].is("it") || tokens[i - 2].is("has") || tokens[i - 2].is("had"),
                previous?.kind != .speaker
            {
                return .cue(
                    Attribution(kind: .passive, speaker: nil, cue: tokens[i - 1].lower + " " + t.lower),
                    position: i - 2, end: i, next: i + 1)
            }
            return .next(i + 1)
        }
        // "X said ..., but added ...": the second verb continues the speaker of this sentence.
        if i >= 2, tokens[i - 1].is("but") || tokens[i - 1].is("and"), tokens[i - 2].lower == ",",
            let previous, previous.kind == .speaker, !Lexicon.nounishVerbs.contains(token: t)
        {
            return .cue(
                Attribution(kind: .speaker, speaker: previous.speaker, cue: t.lower), position: i - 1, end: i,
                next: i + 1)
        }
        // "the $5 billion touted by X": the noun phrase's own credit (`creditedPhraseCues`), no clause's.
        if Self.creditsNounPhrase(tokens, at: i) { return .next(i + 1) }
        return speakerOfVerb(at: i, tokens, bytes)
    }

    /// "claimed 40 lives", "claimed more than 100 victims": a casualty object within a few words,
    /// before any clause ("claimed 40 people died" still reports).
    private func claimsCasualties(after i: Int, _ tokens: [Token]) -> Bool {
        var j = i + 1
        while j < min(tokens.count, i + 6) {
            let l = tokens[j].lower
            if Lexicon.claimedCasualtyObjects.contains(l) { return true }
            if l == "that" || (tokens[j].isPunct && l != ",") { return false }
            j += 1
        }
        return false
    }

    /// "The ministry said", "he said" (the speaker before the verb) or, inverted, "..., said the
    /// ministry", "“...,” said Ministry spokesman X." (after it).
    private func speakerOfVerb(at i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Step {
        let n = tokens.count, t = tokens[i]
        // "..., as revealed by NATO's top commander": the agent after "by".
        if i > 0, tokens[i - 1].is("as"), i + 2 < n, tokens[i + 1].is("by"),
            let (s, e) = speakerSpan(tokens, from: i + 2)
        {
            return .cue(
                resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: "as " + t.lower + " by"),
                position: i - 1, end: e, next: e + 1)
        }
        // ", reports TASS quoting the committee": the source quoted speaks.
        if i > 0, tokens[i - 1].lower == ",", let (s0, e0) = speakerSpan(tokens, from: i + 1), e0 + 2 < n,
            Lexicon.quotingWords.contains(token: tokens[e0 + 1]), tokens[s0].capitalized,
            let (s, e) = speakerSpan(tokens, from: e0 + 2)
        {
            return .cue(
                resolve(
                    text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: t.lower + " " + tokens[e0 + 1].lower),
                position: i, end: e, next: e + 1)
        }
        let left = leftSpeaker(tokens, verb: i)
        // "The state's confirmed caseload": a participle after a possessive modifies the noun after it.
        if let (_, e) = left, tokens[e].lower.hasSuffix("'s"), i + 1 < n,
            tokens[i + 1].isWord,
            !Lexicon.contentOpeners.contains(token: tokens[i + 1])
        {
            return .next(i + 1)
        }
        // "the deaths reported on June 20": a count noun before a participle does not speak.
        if let (_, e) = left, Lexicon.isCasualtyNoun(tokens[e].lower) { return .next(i + 1) }
        if let (s, e) = left {
            // (", the South Florida Sun Sentinel reports.": set off by a comma and closing the sentence.)
            if Lexicon.nounishVerbs.contains(token: t)
                && !(e - s < 4 && (tokens[s].capitalized || Lexicon.pronounSpeakers.contains(token: tokens[s])))
                && !(s > 0 && tokens[s - 1].lower == "," && Self.endsSentence(tokens, after: i))
            {
                return .next(i + 1)
            }
            var cue = t.lower
            let spoken = text(tokens, bytes, s, e)
            if Lexicon.pronounSpeakers.contains(token: tokens[e]) && s == e { cue = tokens[e].lower + " " + t.lower }
            return .cue(resolve(spoken, tokens: tokens, s: s, e: e, cue: cue), position: s, end: i, next: i + 1)
        }
        if i > 0, tokens[i - 1].lower == "," || tokens[i - 1].lower == "\"",
            !Lexicon.nounishVerbs.contains(token: t)
                || (t.is("reports") || t.is("reported")) && Self.namedAfter(tokens, i + 1),
            i + 1 < n, let (s, e) = speakerSpan(tokens, from: i + 1),
            tokens[s].capitalized || tokens[s].is("the")
                // "..., said fire chief Ana Ruiz": a title in lower case before a name.
                || tokens[e].capitalized
                    && tokens[s..<e].contains(where: { !$0.capitalized && Lexicon.personWords.contains(token: $0) })
                || s == e && Lexicon.collectiveSpeakers.contains(token: tokens[s])
        {
            return .cue(
                resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: t.lower), position: i, end: e,
                next: e + 1)
        }
        return .next(i + 1)
    }
}
