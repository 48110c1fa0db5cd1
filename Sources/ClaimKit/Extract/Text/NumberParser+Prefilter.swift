extension NumberParser {
    /// Whether UTF-8 `bytes[start..<end]` may hold an amount, in one byte scan without building tokens.
    ///
    /// False only when `mentions(in:)` of the tokenized text is sure to be empty: every mention
    /// starts at a digit, a currency sign ("$", "€", "£", "¥", "₽" ...), a number word, a vague
    /// plural ("dozens") or "a dozen/hundred/thousand/million/billion", and such a word is a
    /// whole run of ASCII letters. Most sentences of an article hold none and cost only this scan.
    static func mayHoldAmount(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        // The tables read once, not per word: each static read is a `swift_once` call.
        let table = AmountWords.table, shortest = AmountWords.shortest, longest = AmountWords.longest
        return bytes.withUnsafeBufferPointer { buffer in
            var i = start
            while i < end {
                let b = buffer[i]
                if b >= 0x30 && b <= 0x39 { return true }
                let folded = b | 0x20
                if folded >= 0x61 && folded <= 0x7A {
                    // A run of ASCII letters: hashed lower-cased, tested against the amount words.
                    var hash = HashBits.seed
                    var j = i
                    while j < end {
                        let c = buffer[j] | 0x20
                        guard c >= 0x61 && c <= 0x7A else { break }
                        hash = HashBits.mix(hash, c)
                        j += 1
                    }
                    let length = j - i
                    if length >= shortest && length <= longest && table.mayContain(hash) {
                        return true
                    }
                    i = j
                    continue
                }
                if b == 0x24 { return true }
                // "£" C2 A3, "¥" C2 A5, U+20A0...U+20BF currency signs E2 82 xx.
                if b == 0xC2, i + 1 < end, buffer[i + 1] == 0xA3 || buffer[i + 1] == 0xA5 { return true }
                if b == 0xE2, i + 1 < end, buffer[i + 1] == 0x82 { return true }
                i += 1
            }
            return false
        }
    }

    /// The words that can start an amount, as a bit set of their letter-run hashes (a collision
    /// only lets a sentence through to the full tokenizer).
    enum AmountWords {
        static let words: [String] =
            Array(Lexicon.units.keys) + Array(Lexicon.tens.keys) + Array(Lexicon.vagueAmounts.keys)
            + Lexicon.articleScales
        static let shortest = words.map(\.utf8.count).min() ?? 0
        static let longest = words.map(\.utf8.count).max() ?? 0
        static let table: HashBits = {
            var bits = HashBits()
            for word in words { bits.insert(HashBits.hash(word.utf8)) }
            return bits
        }()
    }
}
