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
    package func claims(in sentences: [Sentence], bytes: [UInt8], article: Article) -> [Claim] {
        let first = claimsPerSentence(sentences, bytes: bytes)
        guard first.lastWithClaims >= 0, !Self.readsAsAnotherLanguage(first) else { return [] }
        let second = speakersPerSentence(sentences, bytes: bytes, first: first)
        return assemble(second, bytes: bytes, article: article)
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
        for (index, t) in tokens.enumerated() where t.isPunct && t.lower == "\"" {
            // A straight quote that opens the sentence opens a quotation (a quotation that runs over
            // paragraphs reopens each one without closing the last), it never closes one.
            if index == 0, bytes[t.start] == 0x22 { open = true; continue }
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
