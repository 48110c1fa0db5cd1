/// A document that goes on speaking ("“...,” the statement continued.", "the report went on to
/// say") and the documents a sentence brings in ("X said in a statement", "X issued a
/// statement", "a statement from X"): what a later "the statement" points back to.
extension SpeakerFinder {
    /// The last token of a continuation verb at `i` ("continued", "went on") that follows a
    /// definite document ("the statement") and ends the sentence or opens its content (":", "that",
    /// a quote, "to say"); nil for any other word ("the fighting continued", "the report continued
    /// to draw criticism").
    static func continuesDocument(_ tokens: [Token], at i: Int) -> Int? {
        let n = tokens.count
        // Flags first: this runs on every word of every sentence.
        guard i >= 2, tokens[i].has(Lexicon.Flag.continuation), tokens[i - 1].has(Lexicon.Flag.document)
        else { return nil }
        var v = i
        if Lexicon.goingOnVerbs.contains(token: tokens[i]), i + 1 < n, tokens[i + 1].is("on") {
            v = i + 1
        } else if !Lexicon.continuationVerbs.contains(token: tokens[i]) {
            return nil
        }
        if endsSentence(tokens, after: v) { return v }
        guard v + 1 < n else { return nil }
        if Lexicon.contentOpeners.contains(token: tokens[v + 1]) { return v }
        // "went on to say that ...": the reporting verb after "to" is this cue's.
        if tokens[v + 1].is("to"), v + 2 < n, tokens[v + 2].has(Lexicon.Flag.reporting) { return v + 2 }
        return nil
    }

    /// The cue of a continuation verb at `i` whose document speaker is definite ("the statement",
    /// "this report", "the ministry's statement"), resolved to the document's author when known.
    func documentContinuation(at i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Step? {
        guard let v = Self.continuesDocument(tokens, at: i), let (s, e) = leftSpeaker(tokens, verb: i), e == i - 1
        else { return nil }
        guard tokens[s].is("the") || tokens[s].is("this") || Self.documentAuthor(tokens, s, e) != nil else {
            return nil
        }
        let cue = resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: tokens[i].lower)
        return .cue(cue, position: s, end: v, next: v + 1)
    }

    /// A document the sentence brings in with an indefinite article ("in a statement", "a press
    /// release", "a statement from the ministry") when no cue of the sentence already named it:
    /// its noun and its author when the sentence names one, else nil for the author (a later
    /// "the statement" is then that document, not an older author's).
    func introducedDocument(_ tokens: [Token], _ bytes: [UInt8], cues: [Attribution]) -> (String?, String)? {
        let n = tokens.count
        guard tokens.contains(where: { $0.has(Lexicon.Flag.document) }), !cues.contains(where: { $0.document != nil }),
            let k = (0..<n).first(where: { tokens[$0].is("a") || tokens[$0].is("an") }).flatMap({ _ in
                Self.documentArticle(tokens)
            })
        else { return nil }
        var j = k + 1
        while !Lexicon.documentNouns.contains(token: tokens[j]) { j += 1 }
        while j + 1 < n, Lexicon.documentNouns.contains(token: tokens[j + 1]) { j += 1 }
        let noun = tokens[j].lower
        // "a Foreign Ministry statement": its capitalised modifier.
        if let (a, b) = Self.documentAuthor(tokens, k, j) { return (text(tokens, bytes, a, b), noun) }
        // "a statement from the ministry": the body after the preposition.
        if j + 2 < n, Lexicon.sourcePrepositions.contains(token: tokens[j + 1]),
            let (s, e) = Self.agentName(tokens, from: j + 2), Self.namesBody(tokens, s, e)
        {
            return (resolvedName(tokens, bytes, s, e), noun)
        }
        // "X said in a statement", "In a statement, X said": the sentence's one speaker.
        if k > 0, tokens[k - 1].is("in") {
            let named = Set(cues.filter { $0.kind == .speaker }.compactMap(\.speaker))
            if named.count == 1, let name = named.first, !Lexicon.pronounSpeakers.contains(name.lowercased()) {
                return (name, noun)
            }
        }
        // "The ministry issued a statement": the issuing verb's subject.
        if k > 0, Lexicon.issuingVerbs.contains(token: tokens[k - 1]), let (s, e) = leftSpeaker(tokens, verb: k - 1),
            Self.namesBody(tokens, s, e)
        {
            return (resolvedName(tokens, bytes, s, e), noun)
        }
        return (nil, noun)
    }

    /// The first indefinite article whose next three words hold a document noun ("a statement",
    /// "a press release", "an official statement").
    private static func documentArticle(_ tokens: [Token]) -> Int? {
        let n = tokens.count
        for k in 0..<n where tokens[k].is("a") || tokens[k].is("an") {
            var j = k + 1
            while j < min(n, k + 4), tokens[j].isWord {
                if Lexicon.documentNouns.contains(token: tokens[j]) { return k }
                j += 1
            }
        }
        return nil
    }

    /// Whether tokens `s...e` name a body or a role (a capitalised name after an optional "the",
    /// or a speaker's noun), not a pronoun or a common phrase.
    private static func namesBody(_ tokens: [Token], _ s: Int, _ e: Int) -> Bool {
        if s == e, Lexicon.pronounSpeakers.contains(token: tokens[s]) { return false }
        return (s...e).contains(where: {
            ($0 > s || !tokens[$0].is("the")) && tokens[$0].capitalized
                || Lexicon.referringNouns.contains(token: tokens[$0]) || Lexicon.personWords.contains(token: tokens[$0])
        })
    }

    /// Whether a speaker is a document with no author ("the statement", "The report").
    static func namesDocument(_ speaker: String) -> Bool {
        guard let head = speaker.spacedWords().last else { return false }
        return Lexicon.documentNouns.contains(head.lowercased())
    }

    /// The words `s...e` resolved like a speaker's ("the ministry" → the ministry named before).
    private func resolvedName(_ tokens: [Token], _ bytes: [UInt8], _ s: Int, _ e: Int) -> String {
        resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: "").speaker ?? text(tokens, bytes, s, e)
    }
}
