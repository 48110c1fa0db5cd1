import Foundation

/// Picks the code of an ambiguous currency word ("pesos", "dollars", "rupees") from the
/// countries an article names: "1.5 billion pesos" in a story about the Philippines is PHP.
///
/// Built lazily per article (only when a claim needs it): counts whole-word mentions of each
/// candidate country in the lower-cased text; the most-mentioned country wins, a tie or no
/// mention keeps the common default.
struct CurrencyContext {
    private let text: String
    /// `text` as UTF-8, for a byte pre-check before Foundation's (much slower) search.
    private let textBytes: [UInt8]
    private var counts: [String: Int] = [:]

    init(bytes: [UInt8]) {
        text = String(decoding: bytes, as: UTF8.self).lowercased()
        textBytes = Array(text.utf8)
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

    /// Whole-word occurrences of `word` in the text (cached).
    private mutating func mentions(_ word: String) -> Int {
        if let c = counts[word] { return c }
        // No byte match, no match: the country words are ASCII, and no other character of a
        // lower-cased text is canonically equivalent to their letters, dots or spaces.
        guard Self.contains(textBytes, Array(word.utf8)) else {
            counts[word] = 0
            return 0
        }
        var count = 0
        var from = text.startIndex
        while let r = text.range(of: word, range: from..<text.endIndex) {
            let beforeOK = r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isLetter
            let afterOK = r.upperBound == text.endIndex || !text[r.upperBound].isLetter
            if beforeOK && afterOK { count += 1 }
            from = r.upperBound
        }
        counts[word] = count
        return count
    }

    /// Whether `needle` occurs in `haystack` as bytes.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let lastStart = haystack.count - needle.count
        while i <= lastStart {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
