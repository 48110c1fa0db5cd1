import Foundation

/// What an article is about, in a few words: its most salient terms with their weights.
///
/// Made once per article at digest time (like the wire-copy sketch), so a report keeps a few
/// hundred bytes per article and stories can be found without the texts. Terms are lower-cased
/// words of the headline and body: names (words capitalised inside a sentence: places, people,
/// organisations) count double, headline words half again, and repeats count by the log of their
/// number; stop words, numbers and words under three letters never count. The report weighs each
/// term by its rarity in the folder (an IDF) when it compares two fingerprints, so a word every
/// article uses counts little. Numbers are never terms: they never make two articles one story.
///
/// JSON form (`Codable`): `{"terms":["kakheti","telavi",...],"weights":[412,300,...]}`: terms most
/// salient first, weights in hundredths, one per term. The article's date is not part of it: the
/// story clustering takes it from the article record's `published`.
package struct StoryFingerprint: Codable, Sendable, Equatable {
    /// Terms and weights packed in one exact-size byte buffer (see `PackedTerms`): a report keeps a
    /// fingerprint per article, and 24 `String`s plus an `[Int]` cost twice as much and two allocations.
    private var packed: PackedTerms

    /// Salient terms, most salient first (ties in byte order).
    public var terms: [String] { packed.terms }
    /// Each term's weight in the article, in hundredths (parallel to `terms`).
    public var weights: [Int] { packed.weights }
    /// The number of terms.
    var count: Int { packed.termCount }

    /// Terms kept per article.
    public static let size = 24

    /// A fingerprint from its terms and weights.
    public init(terms: [String], weights: [Int]) {
        packed = PackedTerms(terms: terms, weights: weights)
    }

    /// The fingerprint of an article's headline and body paragraphs.
    public init(title: String?, paragraphs: [String], size: Int = StoryFingerprint.size) {
        var counter = Counter()
        if let title { counter.scan(title, inTitle: true) }
        for paragraph in paragraphs { counter.scan(paragraph, inTitle: false) }
        let scored = counter.counts().map { term, c -> (String, Double) in
            let proper = c.proper > 0 && c.proper * 2 >= c.count
            return (term, (1 + log(Double(c.count))) * (proper ? 2 : 1) * (c.inTitle ? 1.5 : 1))
        }
        let top = Self.mostSalient(scored, size: max(0, size))
        packed = PackedTerms(terms: top.map(\.0), weights: top.map { Int(($0.1 * 100).rounded()) })
    }

    /// The `size` highest scores, highest first (ties in byte order): the first `size` of all of them
    /// sorted, found without sorting the few hundred words an article has (terms are distinct, so
    /// the order is total and the result is the same).
    private static func mostSalient(_ scored: [(String, Double)], size: Int) -> [(String, Double)] {
        func before(_ a: (String, Double), _ b: (String, Double)) -> Bool { a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }
        var top: [(String, Double)] = []
        top.reserveCapacity(size + 1)
        for entry in scored {
            guard top.count < size || before(entry, top[top.count - 1]) else { continue }
            var at = top.count
            while at > 0 && before(entry, top[at - 1]) { at -= 1 }
            top.insert(entry, at: at)
            if top.count > size { top.removeLast() }
        }
        return top
    }

    /// Calls `body` with each term's UTF-8 bytes and weight (0 past the last weight), most salient first,
    /// without making the terms' strings.
    func forEachTerm(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        packed.forEachTerm(body)
    }

    /// Calls `body` with each term that has a weight, and its weight, most salient first: the pairs
    /// of `zip(terms, weights)`, read in one pass without making the two arrays.
    func forEachWeightedTerm(_ body: (String, Int) -> Void) {
        packed.forEachTerm(pairsOnly: true) { bytes, weight in body(String(decoding: bytes, as: UTF8.self), weight) }
    }

    private enum CodingKeys: String, CodingKey {
        case terms, weights
    }

    /// Decodes the JSON form `{"terms":[...],"weights":[...]}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let terms = try c.decode([String].self, forKey: .terms)
        self.init(terms: terms, weights: try c.decode([Int].self, forKey: .weights))
    }

    /// Encodes the JSON form `{"terms":[...],"weights":[...]}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(terms, forKey: .terms)
        try c.encode(weights, forKey: .weights)
    }

    /// Counts the words of a text, and how often each starts with a capital inside a sentence.
    ///
    /// Scans UTF-8 bytes (a fingerprint is made for every article read): ASCII letters, digits, hyphens
    /// and apostrophes are lowered in place; other scalars stay as they are and are lowered per word
    /// only when a word has some; general punctuation (dashes, quotes, spaces) and the no-break space
    /// end a word, the right single quote is an apostrophe.
    private struct Counter {
        struct Count {
            var count = 0
            var proper = 0
            var inTitle = false

            /// Counts `other`'s occurrences too.
            mutating func add(_ other: Count) {
                count += other.count
                proper += other.proper
                inTitle = inTitle || other.inTitle
            }
        }

        /// Each distinct word as scanned (ASCII lowered, other scalars as written) with its counts: an
        /// article has a few hundred distinct words in a few thousand, so lowering the rest, the
        /// length and stop-word tests and the `String` are made once per distinct word, in `counts()`.
        private var words = WordTable<Count>()
        private var word: [UInt8] = []
        private var nonASCII = false
        private var capital = false
        private var sentenceStart = true

        mutating func scan(_ text: String, inTitle: Bool) {
            var text = text
            sentenceStart = true
            word.removeAll(keepingCapacity: true)
            text.withUTF8 { bytes in
                var i = 0
                let n = bytes.count
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        if b &- 0x41 < 26 {
                            if word.isEmpty { capital = true }
                            word.append(b | 0x20)
                        } else if b &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x2D || b == 0x27 {
                            if word.isEmpty { capital = false }
                            word.append(b)
                        } else {
                            flush(inTitle: inTitle)
                            if b == 0x2E || b == 0x21 || b == 0x3F { sentenceStart = true }
                        }
                        i += 1
                        continue
                    }
                    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    let end = min(n, i + length)
                    if b == 0xE2 && i + 2 < n && bytes[i + 1] <= 0x81 {
                        // U+2000-U+207F: punctuation and spaces; U+2019 is an apostrophe.
                        if bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 {
                            if word.isEmpty { capital = false }
                            word.append(0x27)
                        } else {
                            flush(inTitle: inTitle)
                        }
                    } else if b == 0xC2 && i + 1 < n && bytes[i + 1] <= 0xBF {
                        // U+0080-U+00BF: no-break space, signs and marks, no letters.
                        flush(inTitle: inTitle)
                    } else {
                        if word.isEmpty {
                            capital =
                                String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                                .unicodeScalars.first?.properties.isUppercase ?? false
                        }
                        nonASCII = true
                        word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    }
                    i = end
                }
            }
            flush(inTitle: inTitle)
        }

        private mutating func flush(inTitle: Bool) {
            guard !word.isEmpty else { return }
            defer {
                word.removeAll(keepingCapacity: true)
                nonASCII = false
                sentenceStart = false
            }
            // Trailing "'s", hyphens and apostrophes are no part of the term.
            if word.count > 2 && word[word.count - 2] == 0x27 && word[word.count - 1] == 0x73 { word.removeLast(2) }
            while let last = word.last, last == 0x2D || last == 0x27 { word.removeLast() }
            guard let first = word.first, !(first &- 0x30 < 10 || first == 0x2D || first == 0x27) else { return }
            guard nonASCII || word.count >= 3 else { return }
            let proper = capital && !sentenceStart
            word.withUnsafeBufferPointer { bytes in
                words.update(bytes, initial: Count()) { c in
                    c.count += 1
                    if proper { c.proper += 1 }
                    if inTitle { c.inTitle = true }
                }
            }
        }

        /// The counts by term: each distinct word lowered whole when it has other scalars than ASCII
        /// (then kept only if it starts with a letter and has three scalars), stop words left out, and
        /// words that are then one `String` (equal, or canonically equivalent) counted together.
        ///
        /// ASCII words are distinct as bytes, so they are distinct terms: only the few lowered
        /// words go through a dictionary, and one that lowers to ASCII (the Kelvin sign) joins its word.
        func counts() -> [(term: String, count: Count)] {
            var terms: [(term: String, count: Count)] = []
            terms.reserveCapacity(words.count)
            var termOfWord = [Int](repeating: -1, count: words.count)
            var lowered: [String: Count] = [:]
            words.forEachWord { index, bytes, c in
                guard bytes.contains(where: { $0 >= 0x80 }) else {
                    guard Counter.stopWords.index(of: bytes) == nil else { return }
                    termOfWord[index] = terms.count
                    terms.append((String(decoding: bytes, as: UTF8.self), c))
                    return
                }
                // Lowering a string of other scalars is slow, and most such words have nothing to lower.
                var term = String(decoding: bytes, as: UTF8.self)
                if term.unicodeScalars.contains(where: \.properties.changesWhenLowercased) { term = term.lowercased() }
                guard term.unicodeScalars.first?.properties.isAlphabetic ?? false, term.unicodeScalars.count >= 3,
                    !Lexicon.storyStopWords.contains(term)
                else { return }
                lowered[term, default: Count()].add(c)
            }
            for (term, c) in lowered {
                var bytes = term
                let word = term.utf8.allSatisfy({ $0 < 0x80 }) ? bytes.withUTF8 { words.index(of: $0) } : nil
                if let word, termOfWord[word] >= 0 {
                    terms[termOfWord[word]].count.add(c)
                } else {
                    terms.append((term, c))
                }
            }
            return terms
        }

        /// `Lexicon.storyStopWords` by their bytes, for the ASCII words.
        private static let stopWords: WordTable<Bool> = {
            var table = WordTable<Bool>(capacity: Lexicon.storyStopWords.count)
            for word in Lexicon.storyStopWords.sorted() {
                var word = word
                word.withUTF8 { table.update($0, initial: true) { _ in } }
            }
            return table
        }()
    }
}
