/// A headline's "X: ..." label or "...: X" credit, when X is a speaker and not a label.
extension SpeakerFinder {
    /// Headlines: "Azerbaijan: Six Citizens Killed ...", "... Territories: Foreign Ministry".
    func headlineCue(tokens: [Token], bytes: [UInt8]) -> Attribution? {
        let n = tokens.count
        guard let colon = tokens.firstIndex(where: { $0.lower == ":" }), colon > 0 else { return nil }
        let left = tokens[0..<colon].filter(\.isWord)
        let right = tokens[(colon + 1)...].filter(\.isWord)
        let leftText = text(tokens, bytes, 0, colon - 1)
        if (1...4).contains(left.count), right.count >= 3, left.first!.capitalized,
            Self.speakerLabel(tokens, colon: colon, words: left, text: leftText)
        {
            return resolve(leftText, tokens: tokens, s: 0, e: colon - 1, cue: "headline")
        }
        if colon + 1 < n, (1...3).contains(right.count), left.count >= 3, right.first!.capitalized,
            !(colon + 1..<n).contains(where: { tokens[$0].isNumber || Self.quotes(tokens, at: $0) })
        {
            let rightText = text(tokens, bytes, colon + 1, n - 1)
            if !Lexicon.headlineLabels.contains(rightText.lowercased()) {
                return resolve(rightText, tokens: tokens, s: colon + 1, e: n - 1, cue: "headline")
            }
        }
        return nil
    }

    /// "Amnesty. More than 100 protesters killed": a headline's leading label that ends in a full
    /// stop (its own sentence, `tokens`), when it names a speaker and the article credits it
    /// afterwards ("according to reports received by Amnesty"); a label the body never quotes
    /// as a source ("Meth.", "Coronavirus.") is the story's topic, not its speaker.
    func fullStopLabelCue(tokens: [Token], bytes: [UInt8]) -> Attribution? {
        let words = tokens.filter(\.isWord)
        guard (1...3).contains(words.count), tokens.count == words.count + 1, tokens.last?.lower == ".",
            words.allSatisfy(\.capitalized)
        else { return nil }
        let label = text(tokens, bytes, 0, tokens.count - 2)
        guard Self.speakerLabel(tokens, colon: tokens.count - 1, words: words, text: label) else { return nil }
        let padded = " " + label + " "
        guard history.last(where: { (" " + $0.name + " ").contains(padded) }) != nil else { return nil }
        return Attribution(kind: .speaker, speaker: label, cue: "headline")
    }

    /// Whether token `i` is a quotation mark, bracket or exclamation (not an apostrophe inside a
    /// word: "Syria's war monitor:").
    private static func quotes(_ tokens: [Token], at i: Int) -> Bool {
        guard Lexicon.labelMarks.contains(token: tokens[i]) else { return false }
        let inWord =
            (tokens[i].lower == "'" || tokens[i].lower == "’") && !tokens[i].spaceBefore && i > 0
            && tokens[i - 1].isWord
            && i + 1 < tokens.count && tokens[i + 1].isWord && !tokens[i + 1].spaceBefore
        return !inWord
    }

    /// Whether the words before a headline's colon name someone who speaks ("Ministry:",
    /// "Azerbaijan:") rather than label the story: a topic or event ("Storm Babet:", "Coronavirus:"),
    /// a date, a desk's or shop's label ("LIVE:", "Flood latest:", "Price Drop:"), a quotation or a
    /// data line ("'We're On It.':", "{ "Name":"), or a title-like "X of Y" whose head is no
    /// speaker's noun ("King of Monitors:"; "Ministry of Defence:" still speaks).
    private static func speakerLabel(_ tokens: [Token], colon: Int, words: [Token], text: String) -> Bool {
        guard let last = words.last,
            last.capitalized || Lexicon.referringNouns.contains(token: last)
                || Lexicon.personWords.contains(token: last)
        else { return false }
        if (0..<colon).contains(where: { tokens[$0].isNumber || quotes(tokens, at: $0) }) { return false }
        // ("Gaza war monitor:": a speaker's noun as the head still speaks about the event.)
        let speakerHead = Lexicon.referringNouns.contains(token: last) || Lexicon.personWords.contains(token: last)
        if words.contains(where: {
            !speakerHead && (Lexicon.eventWords.contains(token: $0) || Lexicon.topicWords.contains(token: $0))
                || Lexicon.weekdays.contains(token: $0) || Lexicon.months.contains(token: $0)
        }) {
            return false
        }
        if Lexicon.headlineLabels.contains(text.lowercased()) || Lexicon.labelEnds.contains(token: last) {
            return false
        }
        if let of = words.firstIndex(where: { $0.is("of") }), of > 0 {
            let head = words[of - 1].lower
            return Lexicon.referringNouns.contains(head) || Lexicon.personWords.contains(head)
                || Lexicon.organisationWords.contains(head) || Lexicon.institutionNouns.contains(head)
        }
        return true
    }
}
