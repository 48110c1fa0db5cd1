/// The three passes of `ClaimExtractor.claims(in:bytes:article:)`: the claims of each sentence,
/// the speakers and quotations of the sentences around them, and the claims put together.
extension ClaimExtractor {
    /// Pass 1's result: the claims of each sentence and the tokens kept for pass 2.
    struct ClaimPass {
        var found: [[FoundClaim]]
        var kept: [(bytes: [UInt8], tokens: [Token])?]
        var lastWithClaims = -1
    }

    /// Pass 2's result, per sentence read: the sentence and its claims, its cues and its quotation state.
    struct SpeakerPass {
        var perSentence: [(Sentence, [FoundClaim])] = []
        var attributions: [[Attribution]] = []
        var quoteOpen: [(atStart: Bool, atEnd: Bool)] = []
        var startsWithQuote: [Bool] = []
        var hasQuote: [Bool] = []
        /// The sentence opens a paragraph (a line break since the sentence before).
        var startsParagraph: [Bool] = []
    }

    /// Pass 1, the claims of each sentence: they depend on earlier claims only, not on speakers,
    /// so a sentence without any amount is not even tokenized and an article without claims ends here.
    func claimsPerSentence(_ sentences: [Sentence], bytes: [UInt8]) -> ClaimPass {
        var earlier: [Double: ClaimCategory] = [:]
        var lastSubject: String?
        var lastCategory: ClaimCategory?
        var pass = ClaimPass(
            found: .init(repeating: [], count: sentences.count), kept: .init(repeating: nil, count: sentences.count))
        // Tokens of pass 1 kept for pass 2, up to a bound so a huge page does not hold all of them.
        var keptTokens = 0
        for (index, sentence) in sentences.enumerated() {
            guard NumberParser.mayHoldAmount(bytes, from: sentence.byteStart, to: sentence.byteEnd) else { continue }
            let sentenceBytes = Array(bytes[sentence.byteStart..<sentence.byteEnd])
            let tokens = Tokenizer.tokenize(sentenceBytes)
            if keptTokens < Self.keptTokenLimit {
                pass.kept[index] = (sentenceBytes, tokens)
                keptTokens += tokens.count
            }
            let mentions = NumberParser.mentions(in: tokens)
            guard !mentions.isEmpty else { continue }
            var rules = ClaimRules(tokens: tokens, bytes: sentenceBytes)
            rules.earlier = earlier
            rules.previousSubject = lastSubject
            rules.previousCategory = lastCategory
            let found = rules.claims(mentions)
            if let subject = found.last(where: { !$0.subject.isEmpty })?.subject { lastSubject = subject }
            // ("them" in "among them are ..." is the sentence before: one with counts but no claim resets it.)
            lastCategory = found.last?.category
            for f in found { if let v = f.mention.value, earlier[v] == nil { earlier[v] = f.category } }
            pass.found[index] = found
            if !found.isEmpty { pass.lastWithClaims = index }
        }
        return pass
    }

    /// Pass 2, speakers and quotations: every sentence up to six after the last claim (how far
    /// a quotation is followed to its closing speaker) feeds the speakers later ones refer to.
    func speakersPerSentence(_ sentences: [Sentence], bytes: [UInt8], first: ClaimPass) -> SpeakerPass {
        var finder = SpeakerFinder()
        var pass = SpeakerPass()
        var open = false
        for (index, sentence) in sentences[...min(sentences.count - 1, first.lastWithClaims + 6)].enumerated() {
            let sentenceBytes: [UInt8]
            let tokens: [Token]
            if let (keptBytes, keptTokens) = first.kept[index] {
                (sentenceBytes, tokens) = (keptBytes, keptTokens)
            } else {
                sentenceBytes = Array(bytes[sentence.byteStart..<sentence.byteEnd])
                tokens = Tokenizer.tokenize(sentenceBytes)
            }
            pass.attributions.append(
                finder.attributions(tokens: tokens, bytes: sentenceBytes, isHeadline: sentence.isHeadline))
            let startOpen = open
            open = Self.quoteState(after: tokens, bytes: sentenceBytes, startingOpen: open)
            if sentence.isHeadline { open = false }
            pass.quoteOpen.append((startOpen, open))
            pass.startsWithQuote.append(tokens.first.map { $0.isPunct && $0.lower == "\"" } ?? false)
            pass.hasQuote.append(tokens.contains { $0.isPunct && $0.lower == "\"" })
            let gapStart = index > 0 ? min(sentences[index - 1].byteEnd, sentence.byteStart) : 0
            pass.startsParagraph.append(index == 0 || bytes[gapStart..<sentence.byteStart].contains(0x0A))
            var sentence = sentence
            if sentence.text.isEmpty, !first.found[index].isEmpty {
                sentence.text = String(decoding: bytes[sentence.byteStart..<sentence.byteEnd], as: UTF8.self)
            }
            pass.perSentence.append((sentence, first.found[index]))
        }
        creditFullStopLabels(&pass, sentences: sentences, bytes: bytes, finder: finder)
        return pass
    }

    /// "Amnesty. More than 100 protesters killed": a headline without a cue after a label sentence
    /// of its own line takes the label as speaker when the article credits it later (known only
    /// once the speakers of the whole article are read).
    private func creditFullStopLabels(
        _ pass: inout SpeakerPass, sentences: [Sentence], bytes: [UInt8], finder: SpeakerFinder
    ) {
        for index in pass.perSentence.indices.dropFirst()
        where !pass.perSentence[index].1.isEmpty && pass.perSentence[index].0.isHeadline
            && pass.attributions[index].isEmpty && !pass.startsParagraph[index] && pass.startsParagraph[index - 1]
        {
            let label = sentences[index - 1]
            let labelBytes = Array(bytes[label.byteStart..<label.byteEnd])
            if let cue = finder.fullStopLabelCue(tokens: Tokenizer.tokenize(labelBytes), bytes: labelBytes) {
                pass.attributions[index] = [cue]
            }
        }
    }

    /// The cues that apply to the claims of sentence `index`: its own, else those of a quotation
    /// it belongs to.
    private func cues(at index: Int, in pass: SpeakerPass) -> [Attribution] {
        var cues = pass.attributions[index]
        // The last sentence of a quotation that closes without a cue: the speaker it opened with
        // (not the next paragraph's: “... Ten died.” / Critics say ...).
        if cues.isEmpty, pass.quoteOpen[index].atStart, !pass.quoteOpen[index].atEnd,
            let opener = quotationSpeaker(before: index, in: pass)
        {
            cues = [Self.sentenceWide(opener)]
        }
        // Inside a quotation that runs over several sentences: the closing sentence's speaker.
        if cues.isEmpty, pass.quoteOpen[index].atStart || pass.quoteOpen[index].atEnd {
            var k = index + 1
            // (A closed quotation is not continued by the next paragraph.)
            while k < pass.attributions.count, k <= index + 6,
                pass.quoteOpen[k].atStart || !pass.startsParagraph[k]
            {
                if let first = pass.attributions[k].first { cues = [Self.sentenceWide(first)]; break }
                if !pass.quoteOpen[k].atEnd { break }
                k += 1
            }
        }
        // A quotation that goes on after its attribution: “Five were killed,” he said. “Another 20 were wounded.”
        if cues.isEmpty, pass.startsWithQuote[index], index > 0, let last = pass.attributions[index - 1].last,
            last.kind == .speaker,
            pass.hasQuote[index - 1]
        {
            cues = [Self.sentenceWide(last)]
        }
        // A later sentence of that quotation, the quote still open: “... ,” he said. “Five died. Ten are missing.”
        if cues.isEmpty, pass.quoteOpen[index].atStart, let opener = quotationSpeaker(before: index, in: pass) {
            cues = [Self.sentenceWide(opener)]
        }
        return cues
    }

    /// The speaker of the quotation that sentence `index` continues: the last speaker of the
    /// sentence that opened it, or of the sentence before one that opens with the quote.
    private func quotationSpeaker(before index: Int, in pass: SpeakerPass) -> Attribution? {
        var k = index - 1
        while k > 0, index - k < 6, pass.attributions[k].isEmpty, pass.quoteOpen[k].atStart { k -= 1 }
        guard k >= 0, pass.quoteOpen[k].atEnd, !pass.quoteOpen[k].atStart || !pass.attributions[k].isEmpty else {
            return nil
        }
        if let last = pass.attributions[k].last { return last.kind == .speaker ? last : nil }
        guard pass.startsWithQuote[k], k > 0, pass.hasQuote[k - 1], let last = pass.attributions[k - 1].last,
            last.kind == .speaker
        else { return nil }
        return last
    }

    /// Pass 3, the claims: each found claim with its sentence's cue, speaker entity and currency;
    /// the same claim of the same sentence text once.
    func assemble(_ pass: SpeakerPass, bytes: [UInt8], article: Article) -> [Claim] {
        var result: [Claim] = []
        var seen = Set<String>()
        var firstWithText: [String: Int] = [:]
        var entityCache: [String: String?] = [:]
        var currencies: CurrencyContext?
        for (index, (sentence, found)) in pass.perSentence.enumerated() where !found.isEmpty {
            let cues = cues(at: index, in: pass)
            // The same sentence printed twice (a repeated headline) gives its claims once.
            let textIndex = firstWithText[sentence.text] ?? index
            firstWithText[sentence.text] = textIndex
            for f in found {
                var attribution = Attribution.pick(cues, for: f.mention.first)
                // "His office said ... the Association, which gave $5.9 million": the writer's aside;
                // "the $1.6 billion amendment that the agency says is essential": the writer's sum.
                if f.category == .money,
                    attribution.position < f.mention.first && attribution.aside.contains(f.mention.first)
                        || attribution.opensRelativeClause && f.mention.first < attribution.position
                {
                    attribution = .none
                }
                let speaker = attribution.kind == .speaker ? attribution.speaker : nil
                var entity: String?
                if let speaker {
                    if let cached = entityCache[speaker] {
                        entity = cached
                    } else {
                        entity = aliases.entity(for: speaker)
                        entityCache[speaker] = entity
                    }
                }
                var unit = f.category == .money ? f.mention.unit : nil
                if let stem = f.mention.ambiguousCurrency, let fallback = unit {
                    if currencies == nil { currencies = CurrencyContext(bytes: bytes) }
                    unit = currencies!.code(for: stem, fallback: fallback)
                }
                let key =
                    "\(f.category.rawValue)|\(f.mention.value ?? -1)|\(f.mention.upper ?? -1)|\(f.subject)|\(textIndex)"
                if seen.contains(key) { continue }
                seen.insert(key)
                result.append(
                    Claim(
                        article: article.path, outlet: article.outlet, published: article.published,
                        category: f.category, value: f.mention.value, upper: f.mention.upper,
                        qualifier: f.mention.qualifier, unit: unit,
                        subject: f.subject, speaker: speaker, speakerEntity: entity, sentence: sentence.text,
                        start: sentence.start, end: sentence.end, trigger: f.trigger, cue: attribution.cue,
                        vague: f.mention.vague ? true : nil))
            }
        }
        return result
    }
}
