/// Finds the attributed speaker of each sentence and resolves "it said", "they added",
/// "the ministry noted" to the most recent compatible speaker of the article.
///
/// One finder reads one article in order: it remembers the speakers it has seen.
struct SpeakerFinder {
    /// Speakers seen so far, most recent last (the resolved words).
    private(set) var history = RecentNames()
    /// Speakers and named institutions ("the Ministry of Defense") seen so far, most recent last:
    /// what "the ministry said" may point back to.
    private(set) var referents = RecentNames()

    /// Capitalised sentence subjects ("Azerbaijan launched ..."), for an "it said" with no earlier speaker.
    private(set) var subjects = RecentNames()

    /// Speakers and capitalised sentence subjects in one list, most recent last: the bodies "the
    /// agency said" may point back to, whichever was named last.
    private(set) var actors = RecentNames()

    /// The last author named with a document ("a report in the Courier", "the UN's report"), the
    /// document's noun and the sentence: what a later "the report says" points back to.
    /// (No author when the sentence named none: "denied it in a statement".)
    private(set) var lastDocument: (author: String?, noun: String, sentence: Int)?
    /// Sentences read so far.
    private(set) var sentencesRead = 0

    /// The person last named, as a speaker or with a title ("health minister Qalandar Ebad attributed
    /// ..."): what "he said"/"she said" points back to.
    private(set) var lastPerson: String?

    /// Finds the sentence's attribution cues (in text order; empty for the outlet's own voice)
    /// and records their speakers for later references.
    mutating func attributions(tokens: [Token], bytes: [UInt8], isHeadline: Bool) -> [Attribution] {
        sentencesRead += 1
        rememberInstitutions(tokens: tokens, bytes: bytes)
        let found =
            isHeadline
            ? find(tokens: tokens, bytes: bytes, isHeadline: true)
            : creditedPhraseCues(tokens, bytes) + find(tokens: tokens, bytes: bytes, isHeadline: false)
        if !isHeadline, let (s, e) = clauseSubject(tokens), tokens[s].capitalized {
            let subject = text(tokens, bytes, s, e)
            subjects.append(subject)
            actors.append(subject)
        } else if !isHeadline, let (s, e) = frontedSubject(tokens) {
            // (Capitalised mid-sentence: a name, "Emirates" no plural.)
            let subject = text(tokens, bytes, s, e)
            subjects.append(subject, isProperName: true)
            actors.append(subject, isProperName: true)
        }
        var spokeAsPerson = false
        for cue in found where cue.kind == .speaker {
            if let s = cue.speaker, !Lexicon.pronounSpeakers.contains(s.lowercased()) {
                let person = RecentNames.isPerson(s)
                history.append(s, isPerson: person)
                referents.append(s, isPerson: person)
                actors.append(s, isPerson: person)
                if person { lastPerson = s; spokeAsPerson = true }
                if let noun = cue.document { lastDocument = (s, noun, sentencesRead) }
                // Another body that could write one spoke after the document's sentence: "the statement"
                // is no longer surely that one ("people say ... The report says" still is).
                if let d = lastDocument, d.sentence < sentencesRead, s != d.author, !Self.namesDocument(s),
                    RecentNames.isNamedBody(s)
                {
                    lastDocument = nil
                }
            }
        }
        if !spokeAsPerson, !isHeadline, let named = titledPerson(tokens: tokens, bytes: bytes) { lastPerson = named }
        if !isHeadline, let (author, noun) = introducedDocument(tokens, bytes, cues: found) {
            lastDocument = (author, noun, sentencesRead)
        }
        return found
    }

    /// Records capitalised institution names of the sentence ("the Azerbaijani Ministry of Defense").
    private mutating func rememberInstitutions(tokens: [Token], bytes: [UInt8]) {
        let n = tokens.count
        var i = 0
        while i < n {
            let t = tokens[i]
            guard t.isWord, t.capitalized, Lexicon.institutionNouns.contains(token: t) else { i += 1; continue }
            var s = i
            while s > 0, tokens[s - 1].isWord, tokens[s - 1].capitalized || tokens[s - 1].lower.hasSuffix("'s"),
                i - s < 4
            { s -= 1 }
            if s > 0, tokens[s - 1].is("the") { s -= 1 }
            var e = i
            var j = i + 1
            while j + 1 < n, tokens[j].is("of") || tokens[j].is("for") || tokens[j].is("and"), tokens[j + 1].isWord,
                tokens[j + 1].capitalized || tokens[j + 1].is("the")
            {
                var k = j + 1
                if tokens[k].is("the"), k + 1 < n { k += 1 }
                guard tokens[k].capitalized else { break }
                while k + 1 < n, tokens[k + 1].isWord, tokens[k + 1].capitalized { k += 1 }
                e = k
                j = k + 1
            }
            referents.append(text(tokens, bytes, s, e))
            i = e + 1
        }
    }

    /// The last "title Firstname Lastname" of a sentence ("public health minister Qalandar Ebad"),
    /// or name after an honorific ("Mr. Trump", "Rep. David McKinley").
    private func titledPerson(tokens: [Token], bytes: [UInt8]) -> String? {
        var found: String?
        var i = 0
        while i + 2 < tokens.count {
            if let (s, e) = nameAfterHonorific(tokens, at: i) {
                found = text(tokens, bytes, s, e)
                i = e + 1
                continue
            }
            // (Two capitalised words after it first: cheap tests before the word list.)
            guard tokens[i + 1].capitalized, tokens[i + 2].capitalized, tokens[i].isWord,
                Lexicon.personWords.contains(token: tokens[i]), !Lexicon.pronounSpeakers.contains(token: tokens[i])
            else { i += 1; continue }
            var e = i
            while e + 1 < tokens.count, e - i < 3, tokens[e + 1].isWord, tokens[e + 1].capitalized,
                !Lexicon.personWords.contains(token: tokens[e + 1])
            { e += 1 }
            if e - i >= 2 { found = text(tokens, bytes, i + 1, e) }
            i = e + 1
        }
        return found
    }

    /// The capitalised name (up to three words) after a capitalised honorific and its dot at `i`.
    private func nameAfterHonorific(_ tokens: [Token], at i: Int) -> (Int, Int)? {
        guard tokens[i].isWord, tokens[i].capitalized, Lexicon.honorifics.contains(token: tokens[i]) else { return nil }
        var s = i + 1
        if s < tokens.count, tokens[s].lower == ".", !tokens[s].spaceBefore { s += 1 }
        guard s < tokens.count, tokens[s].isWord, tokens[s].capitalized, tokens[s].spaceBefore else { return nil }
        var e = s
        while e + 1 < tokens.count, e - s < 2, tokens[e + 1].isWord, tokens[e + 1].capitalized { e += 1 }
        return (s, e)
    }

    func text(_ tokens: [Token], _ bytes: [UInt8], _ from: Int, _ through: Int) -> String {
        String(decoding: bytes[tokens[from].start..<tokens[through].end], as: UTF8.self)
    }

    /// Resolves pronouns and "the ministry"-style references against the speakers seen so far.
    func resolve(_ spoken: String, tokens: [Token], s: Int, e: Int, cue: String) -> Attribution {
        let lower = spoken.lowercased()
        if s == e, Lexicon.pronounSpeakers.contains(lower) { return resolvePronoun(spoken, lower: lower, cue: cue) }
        // "Syniehubov said" after "Oleh Syniehubov": a surname repeats the person named before.
        if s == e, tokens[s].capitalized,
            let r = history.last(where: { h in
                h.isPerson && h.name.count > spoken.count && h.name.hasSuffix(" " + spoken)
            })
        {
            return Attribution(kind: .speaker, speaker: r.name, cue: cue)
        }
        // "The UN's annual report said", "An AFP tally put": the document's author.
        if let (a, b) = Self.documentAuthor(tokens, s, e) {
            var author = Attribution(kind: .speaker, speaker: Self.slice(spoken, tokens, s: s, a: a, b: b), cue: cue)
            author.document = tokens[e].lower
            return author
        }
        // "the ministry", "the statement", "the Ministry", "the president": a short definite reference.
        let words = tokens[s...e].filter(\.isWord).map(\.lower)
        if words.first == "the" || words.first == "this", words.count == 2, let noun = words.last,
            Lexicon.referringNouns.contains(noun)
        {
            if Lexicon.documentNouns.contains(noun) {
                // The author of the document named before ("according to a report in the Courier
                // ... The report says"); else the last speaker, when a named body or a role (only
                // those write one: "people say ... The report says" is the report's).
                // (The same kind of document, named a few sentences before.)
                // (A document brought in with no author: "the statement" stays as written.)
                if let d = lastDocument, d.noun == noun || d.noun == noun + "s", sentencesRead - d.sentence <= 6 {
                    return Attribution(kind: .speaker, speaker: d.author ?? spoken, cue: cue)
                }
                if let r = history.last, RecentNames.isNamedBody(r.name), !Self.namesDocument(r.name) {
                    return Attribution(kind: .speaker, speaker: r.name, cue: cue)
                }
            } else if let r = referents.last(where: { h in
                let hl = h.lower
                return hl != lower && hl.contains(noun) && hl.count > lower.count
            }) {
                return Attribution(kind: .speaker, speaker: r.name, cue: cue)
            } else if Lexicon.genericBodyNouns.contains(noun), let r = namedBody() {
                // "The Red Cross appealed ... The organisation said": the body named before.
                return Attribution(kind: .speaker, speaker: r, cue: cue)
            }
        }
        // "the security services" after "Azeri security services": a shortened repeat of a longer name.
        if words.first == "the", (3...4).contains(words.count), let noun = words.last,
            Lexicon.referringNouns.contains(noun)
        {
            let phrase = " " + words.dropFirst().joined(separator: " ")
            if let r = referents.last(where: { h in
                let hl = " " + h.lower
                return hl.hasSuffix(phrase) && hl.count > phrase.count + 1 && !hl.hasSuffix(" the" + phrase)
            }) {
                return Attribution(kind: .speaker, speaker: r.name, cue: cue)
            }
        }
        return Attribution(kind: .speaker, speaker: spoken, cue: cue)
    }

    /// The most recent body that spoke or opened a sentence, when its name reads as an
    /// organisation's: an organisation word in it ("the Interior Ministry"), its article and
    /// capitalised words ("The Red Cross appealed") or an acronym of three letters or more
    /// ("UNICEF appealed"; not "There are", "Space" or "US").
    private func namedBody() -> String? {
        func organisation(_ h: RecentNames.Entry) -> Bool {
            let words = h.name.spacedWords()
            if words.count == 1, words[0].count >= 3, words[0].allSatisfy({ $0.isUppercase && $0.isLetter }) {
                return true
            }
            guard words.count >= 2, words[0].first?.isUppercase == true || words[0] == "the", !h.isPerson else {
                return false
            }
            return words.contains(where: { Lexicon.organisationWords.contains($0.lowercased()) })
                || words[0] == "The" && words.allSatisfy({ $0.first?.isUppercase == true }) && !h.isPlural
        }
        return actors.last(where: organisation)?.name
    }

    /// "it said", "they added", "he said": the most recent speaker that fits the pronoun.
    private func resolvePronoun(_ spoken: String, lower: String, cue: String) -> Attribution {
        switch lower {
        case "it":
            // (No body spoke yet: the last body that opened a sentence; after a person spoke, only a
            // name written capitalised mid-sentence, "As of May, Acme had ... it announced".)
            if let r = history.last(where: { !$0.isPerson })
                ?? subjects.last(where: { !$0.isPerson && !$0.isPlural && (history.isEmpty || $0.isProperName) })
            {
                return Attribution(kind: .speaker, speaker: r.name, cue: cue)
            }
        case "they":
            if let r = history.last(where: { $0.isPlural }) ?? history.last(where: { !$0.isPerson }) {
                return Attribution(kind: .speaker, speaker: r.name, cue: cue)
            }
        case "he", "she":
            if let p = lastPerson { return Attribution(kind: .speaker, speaker: p, cue: cue) }
            if let r = history.last(where: { $0.isPerson }) {
                return Attribution(kind: .speaker, speaker: r.name, cue: cue)
            }
        default:
            return .none
        }
        return Attribution(kind: .speaker, speaker: spoken, cue: cue)
    }
}
