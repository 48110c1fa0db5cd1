/// Picks the code of an ambiguous currency word ("pesos", "dollars", "rupees") from the
/// countries an article names: "1.5 billion pesos" in a story about the Philippines is PHP.
///
/// Built lazily per article (only when a claim needs it): counts whole-word mentions of each
/// candidate country, whatever its case; the most-mentioned country wins, a tie or no mention
/// keeps the common default.
struct CurrencyContext {
    /// The article's UTF-8 with ASCII letters lower-cased. The country words are lower-case ASCII,
    /// so a byte match is a match: no other character folds to their letters, dots or spaces in
    /// news text (a scan of bytes, not a Unicode lower-casing and search of the whole article).
    private let text: [UInt8]
    private var counts: [String: Int] = [:]

    init(bytes: [UInt8]) {
        text = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// The code for currency `stem`, or `fallback` when the article names no country that uses it more.
    mutating func code(for stem: String, fallback: String) -> String {
        guard let candidates = Lexicon.ambiguousCurrencies[stem] else { return fallback }
        var best = fallback
        var bestCount = 0
        var fallbackCount = 0
        for candidate in candidates {
            let count = candidate.countryWords.reduce(0) { $0 + mentions($1) }
            if candidate.code == fallback { fallbackCount = count }
            if count > bestCount { best = candidate.code; bestCount = count }
        }
        return bestCount > fallbackCount ? best : fallback
    }

    /// Whole-word occurrences of `word` in the text (cached): no letter right before or after.
    private mutating func mentions(_ word: String) -> Int {
        if let c = counts[word] { return c }
        let needle = Array(word.utf8)
        var count = 0
        var from = 0
        while let start = ByteSearch.firstIndex(of: needle, in: text, from: from) {
            let end = start + needle.count
            if !letter(endingAt: start), !letter(startingAt: end) { count += 1 }
            from = end
        }
        counts[word] = count
        return count
    }

    /// Whether the character that starts at byte `i` is a letter (false at the end of the text).
    private func letter(startingAt i: Int) -> Bool {
        guard i < text.count else { return false }
        return Self.isLetter(Tokenizer.decodeScalar(text, i).0)
    }

    /// Whether the character that ends right before byte `i` is a letter (false at the start).
    private func letter(endingAt i: Int) -> Bool {
        var k = i - 1
        // Back over UTF-8 continuation bytes to the scalar's first byte.
        while k > 0, text[k] & 0xC0 == 0x80, i - k < 4 { k -= 1 }
        guard k >= 0 else { return false }
        return Self.isLetter(Tokenizer.decodeScalar(text, k).0)
    }

    private static func isLetter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A }
        return Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
    }
}
