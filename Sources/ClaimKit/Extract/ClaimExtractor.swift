/// Finds every numeric claim in an article with rules (no model, no network).
///
/// Per article: `SentenceSplitter` (line breaks end headlines and datelines; a stop ends a
/// sentence before a capital, digit or opening quote unless an abbreviation or initial
/// precedes) → per sentence `Tokenizer` (one byte scan) → `NumberParser` (digits, words,
/// scales, vague counts, ranges, hedges, currencies) → `ClaimRules` (not-claims, counted noun,
/// partitives, elision, coordination, the verb or predicate that sets the category) →
/// `SpeakerFinder` (cues, pronouns and "the ministry" resolved across sentences, quotations;
/// each claim takes the nearest cue of its sentence) → `SpeakerAliases` for `speaker_entity`.
/// Rule tables are data in `Lexicon` and `SpeakerAliases.defaultTable`.
public struct ClaimExtractor: Sendable {
    /// The speaker alias table used for `speaker_entity`.
    public var aliases: SpeakerAliases
    /// The sentence splitter.
    public var splitter: SentenceSplitter

    /// Creates an extractor with the default rule tables.
    public init() {
        self.init(aliases: .default)
    }

    /// Creates an extractor with a speaker alias table (e.g. `SpeakerAliases.load(contentsOf:)`).
    public init(aliases: SpeakerAliases, splitter: SentenceSplitter = SentenceSplitter()) {
        self.aliases = aliases
        self.splitter = splitter
    }

    /// All claims of `article`, in text order.
    ///
    /// A headline kept only in `Article.title` (HTML pages) is read first, as a sentence like any
    /// other; its claims carry `start == end == -1` because it is not part of `Article.text`.
    /// A title that is also a sentence of the text is read there, once.
    public func extract(from article: Article) -> [Claim] {
        guard let title = article.title, !title.isEmpty else {
            let textBytes = Self.textBytes(of: article, after: [])
            return claims(in: splitter.split(bytes: textBytes, withText: false), bytes: textBytes, article: article)
        }
        let titleBytes = Array(title.utf8)
        let bytes = Self.textBytes(of: article, after: titleBytes + [0x0A])
        let all = splitter.split(bytes: bytes, withText: false)
        let titleScalars = title.unicodeScalars.count + 1
        var body: [Sentence] = []
        var head: [Sentence] = []
        for var sentence in all {
            if sentence.byteStart < titleBytes.count {
                sentence.start = -1
                sentence.end = -1
                head.append(sentence)
            } else {
                sentence.start -= titleScalars
                sentence.end -= titleScalars
                body.append(sentence)
            }
        }
        head.removeAll { h in body.contains { Self.sameText(h, $0, in: bytes) } }
        return claims(in: head + body, bytes: bytes, article: article)
    }

    /// Whether two sentences of `bytes` are the same text as Swift strings compare (canonical
    /// equivalence): equal bytes, or, when either holds non-ASCII, equal strings.
    static func sameText(_ a: Sentence, _ b: Sentence, in bytes: [UInt8]) -> Bool {
        let first = bytes[a.byteStart..<a.byteEnd], second = bytes[b.byteStart..<b.byteEnd]
        if first.elementsEqual(second) { return true }
        guard first.contains(where: { $0 >= 0x80 }) || second.contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: first, as: UTF8.self) == String(decoding: second, as: UTF8.self)
    }

    /// `prefix` followed by the UTF-8 of `Article.text` (paragraphs joined by a blank line), built in one buffer.
    static func textBytes(of article: Article, after prefix: [UInt8]) -> [UInt8] {
        var bytes = prefix
        bytes.reserveCapacity(prefix.count + article.paragraphs.reduce(0) { $0 + $1.utf8.count + 2 })
        for (index, paragraph) in article.paragraphs.enumerated() {
            if index > 0 { bytes.append(0x0A); bytes.append(0x0A) }
            bytes.append(contentsOf: paragraph.utf8)
        }
        return bytes
    }

    /// Claims of already split sentences of `bytes` (used by the benchmark to time extraction alone).
    func claims(in sentences: [Sentence], bytes: [UInt8], article: Article) -> [Claim] {
        // Pass 1, the claims of each sentence: they depend on earlier claims only, not on speakers,
        // so a sentence without any amount is not even tokenized and an article without claims ends here.
        var earlier: [Double: ClaimCategory] = [:]
        var lastSubject: String?
        var foundPerSentence = [[FoundClaim]](repeating: [], count: sentences.count)
        var lastWithClaims = -1
        // Tokens of pass 1 kept for pass 2, up to a bound so a huge page does not hold all of them.
        var kept = [(bytes: [UInt8], tokens: [Token])?](repeating: nil, count: sentences.count)
        var keptTokens = 0
        for (index, sentence) in sentences.enumerated() {
            guard NumberParser.mayHoldAmount(bytes, from: sentence.byteStart, to: sentence.byteEnd) else { continue }
            let sentenceBytes = Array(bytes[sentence.byteStart..<sentence.byteEnd])
            let tokens = Tokenizer.tokenize(sentenceBytes)
            if keptTokens < Self.keptTokenLimit {
                kept[index] = (sentenceBytes, tokens)
                keptTokens += tokens.count
            }
            let mentions = NumberParser.mentions(in: tokens)
            guard !mentions.isEmpty else { continue }
            var rules = ClaimRules(tokens: tokens, bytes: sentenceBytes)
            rules.earlier = earlier
            rules.previousSubject = lastSubject
            let found = rules.claims(mentions)
            if let subject = found.last(where: { !$0.subject.isEmpty })?.subject { lastSubject = subject }
            for f in found { if let v = f.mention.value, earlier[v] == nil { earlier[v] = f.category } }
            foundPerSentence[index] = found
            if !found.isEmpty { lastWithClaims = index }
        }
        guard lastWithClaims >= 0 else { return [] }
        // Pass 2, speakers and quotations: every sentence up to six after the last claim (how far
        // a quotation is followed to its closing speaker) feeds the speakers later ones refer to.
        var finder = SpeakerFinder()
        var perSentence: [(Sentence, [FoundClaim])] = []
        var attributions: [[Attribution]] = []
        var quoteOpen: [(atStart: Bool, atEnd: Bool)] = []
        var startsWithQuote: [Bool] = []
        var hasQuote: [Bool] = []
        var open = false
        var entityCache: [String: String?] = [:]
        var currencies: CurrencyContext?
        for (index, sentence) in sentences[...min(sentences.count - 1, lastWithClaims + 6)].enumerated() {
            let sentenceBytes: [UInt8]
            let tokens: [Token]
            if let (keptBytes, keptTokens) = kept[index] {
                (sentenceBytes, tokens) = (keptBytes, keptTokens)
            } else {
                sentenceBytes = Array(bytes[sentence.byteStart..<sentence.byteEnd])
                tokens = Tokenizer.tokenize(sentenceBytes)
            }
            attributions.append(finder.attributions(tokens: tokens, bytes: sentenceBytes, isHeadline: sentence.isHeadline))
            let startOpen = open
            open = Self.quoteState(after: tokens, bytes: sentenceBytes, startingOpen: open)
            if sentence.isHeadline { open = false }
            quoteOpen.append((startOpen, open))
            startsWithQuote.append(tokens.first.map { $0.isPunct && $0.lower == "\"" } ?? false)
            hasQuote.append(tokens.contains { $0.isPunct && $0.lower == "\"" })
            var sentence = sentence
            if sentence.text.isEmpty, !foundPerSentence[index].isEmpty {
                sentence.text = String(decoding: bytes[sentence.byteStart..<sentence.byteEnd], as: UTF8.self)
            }
            perSentence.append((sentence, foundPerSentence[index]))
        }
        var result: [Claim] = []
        var seen = Set<String>()
        var firstWithText: [String: Int] = [:]
        for (index, (sentence, found)) in perSentence.enumerated() where !found.isEmpty {
            var cues = attributions[index]
            // Inside a quotation that runs over several sentences: the closing sentence's speaker.
            if cues.isEmpty, quoteOpen[index].atStart || quoteOpen[index].atEnd {
                var k = index + 1
                while k < attributions.count, k <= index + 6 {
                    if let first = attributions[k].first { cues = [Self.sentenceWide(first)]; break }
                    if !quoteOpen[k].atEnd { break }
                    k += 1
                }
            }
            // A quotation that goes on after its attribution: “Five were killed,” he said. “Another 20 were wounded.”
            if cues.isEmpty, startsWithQuote[index], index > 0, let last = attributions[index - 1].last, last.kind == .speaker, hasQuote[index - 1] {
                cues = [Self.sentenceWide(last)]
            }
            // The same sentence printed twice (a repeated headline) gives its claims once.
            let textIndex = firstWithText[sentence.text] ?? index
            firstWithText[sentence.text] = textIndex
            for f in found {
                let attribution = Attribution.pick(cues, for: f.mention.first)
                let speaker = attribution.kind == .speaker ? attribution.speaker : nil
                var entity: String?
                if let speaker {
                    if let cached = entityCache[speaker] { entity = cached } else {
                        entity = aliases.entity(for: speaker)
                        entityCache[speaker] = entity
                    }
                }
                var unit = f.category == .money ? f.mention.unit : nil
                if let stem = f.mention.ambiguousCurrency, let fallback = unit {
                    if currencies == nil { currencies = CurrencyContext(bytes: bytes) }
                    unit = currencies!.code(for: stem, fallback: fallback)
                }
                let key = "\(f.category.rawValue)|\(f.mention.value ?? -1)|\(f.mention.upper ?? -1)|\(f.subject)|\(textIndex)"
                if seen.contains(key) { continue }
                seen.insert(key)
                result.append(Claim(article: article.path, outlet: article.outlet, published: article.published,
                                    category: f.category, value: f.mention.value, upper: f.mention.upper,
                                    qualifier: f.mention.qualifier, unit: unit,
                                    subject: f.subject, speaker: speaker, speakerEntity: entity, sentence: sentence.text,
                                    start: sentence.start, end: sentence.end, trigger: f.trigger, cue: attribution.cue,
                                    vague: f.mention.vague ? true : nil))
            }
        }
        return result
    }

    /// How many tokens pass 1 keeps for pass 2 (beyond, pass 2 tokenizes again: memory stays flat).
    static let keptTokenLimit = 50_000

    /// A cue carried over from another sentence applies to every claim of this one.
    static func sentenceWide(_ cue: Attribution) -> Attribution {
        var cue = cue
        cue.position = 0
        return cue
    }

    /// Whether a quotation is still open after this sentence (curly quotes pair; straight quotes toggle).
    static func quoteState(after tokens: [Token], bytes: [UInt8], startingOpen: Bool) -> Bool {
        var open = startingOpen
        for t in tokens where t.isPunct && t.lower == "\"" {
            let b = bytes[t.start]
            if b == 0xE2 && t.end - t.start == 3 {
                let last = bytes[t.start + 2]
                if last == 0x9C { open = true } else if last == 0x9D { open = false }
            } else if b == 0xC2 {
                open = bytes[t.start + 1] == 0xAB
            } else {
                open.toggle()
            }
        }
        return open
    }
}
