/// Splits text into lower-cased words by scanning its UTF-8 bytes.
///
/// A word is a run of letters, digits, hyphens and apostrophes (`CharacterClass.isWordScalar`) of
/// the lower-cased text. ASCII bytes are tested and lower-cased in place; only other scalars are
/// decoded and looked up, so English text never allocates a string per word.
enum WordScanner {
    /// Receives the words of a scan: each lower-cased byte of a word, then the word's end.
    protocol Sink {
        mutating func byte(_ byte: UInt8)
        mutating func end()
    }

    /// Collects each word's bytes and hands them to a closure.
    private struct WordCollector: Sink {
        var word: [UInt8] = []
        let body: (UnsafeBufferPointer<UInt8>) -> Void

        mutating func byte(_ byte: UInt8) { word.append(byte) }

        mutating func end() {
            word.withUnsafeBufferPointer(body)
            word.removeAll(keepingCapacity: true)
        }
    }

    /// Calls `body` with the lower-cased UTF-8 bytes of each word of `text`, in order.
    static func forEachWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(body) { body in
            var collector = WordCollector(body: body)
            collector.word.reserveCapacity(32)
            scan(text, into: &collector)
        }
    }

    /// Feeds the words of `text` to `sink`. Generic, so each sink's calls are direct and inlined.
    ///
    /// Gives the same words as scanning `text.lowercased()`: String lowers scalar by scalar.
    static func scan<S: Sink>(_ text: String, into sink: inout S) {
        var text = text
        text.withUTF8 { scan($0, into: &sink) }
    }

    /// Feeds the words of the UTF-8 `bytes` (valid UTF-8, as a String's) to `sink`.
    static func scan<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        let small = WordScanner.small
        var inWord = false
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                // ASCII upper case to lower case; then the word test.
                let lower = lead &- 0x41 < 26 ? lead | 0x20 : lead
                if isWordByte(lower) {
                    sink.byte(lower)
                    inWord = true
                } else if inWord {
                    sink.end()
                    inWord = false
                }
                i += 1
                continue
            }
            i += scanMultiByte(bytes, at: i, small: small, into: &sink, inWord: &inWord)
        }
        if inWord { sink.end() }
    }

    /// Feeds the non-ASCII scalar that starts at `bytes[i]` to `sink` and returns its length in bytes.
    /// Always inlined: it is the rarer half of `scan`'s loop, split out only to keep that loop short.
    @inline(__always)
    private static func scanMultiByte<S: Sink>(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, small: [UInt32],
        into sink: inout S, inWord: inout Bool
    ) -> Int {
        let count = bytes.count
        let lead = bytes[i]
        // A String's bytes are valid UTF-8: the lead byte gives the length.
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        if length == 2, small[Int(value)] & WordScanner.severalBit == 0 {
            let entry = small[Int(value)]
            if entry & WordScanner.wordBit != 0 {
                UTF8.encode(Unicode.Scalar(entry & 0x1F_FFFF)!) { sink.byte($0) }
                inWord = true
            } else if inWord {
                sink.end()
                inWord = false
            }
            return 2
        }
        // General punctuation (quotes, dashes, spaces): no letter and nothing to lower; the
        // right single quote is an apostrophe.
        if value >= 0x2000 && value <= 0x206F && value != 0x2019 {
            if inWord {
                sink.end()
                inWord = false
            }
            return length
        }
        if value == 0x2019 || !(Unicode.Scalar(value)?.properties.changesWhenLowercased ?? false) {
            // Unchanged by lowering: the bytes as they are.
            if let scalar = Unicode.Scalar(value), CharacterClass.isWordScalar(scalar) {
                for k in 0..<length where i + k < count { sink.byte(bytes[i + k]) }
                inWord = true
            } else if inWord {
                sink.end()
                inWord = false
            }
        } else {
            for lower in Unicode.Scalar(value)!.properties.lowercaseMapping.unicodeScalars {
                if lower.value < 0x80 ? isWordByte(UInt8(lower.value)) : CharacterClass.isWordScalar(lower) {
                    UTF8.encode(lower) { sink.byte($0) }
                    inWord = true
                } else if inWord {
                    sink.end()
                    inWord = false
                }
            }
        }
        return length
    }

    static let wordBit: UInt32 = 1 << 31
    static let severalBit: UInt32 = 1 << 30

    /// For each scalar below U+0800 (two UTF-8 bytes at most: Latin, Greek, Cyrillic, Hebrew, Arabic):
    /// the scalar it lowers to, with `wordBit` when that is a word scalar, or `severalBit` when it
    /// lowers to more than one scalar. Looked up once here instead of per letter of every text.
    static let small: [UInt32] = (0..<0x800).map { (value: UInt32) -> UInt32 in
        guard let scalar = Unicode.Scalar(value) else { return severalBit }
        let lower =
            scalar.properties.changesWhenLowercased
            ? Array(scalar.properties.lowercaseMapping.unicodeScalars) : [scalar]
        guard lower.count == 1 else { return severalBit }
        let isWord = lower[0].value < 0x80 ? isWordByte(UInt8(lower[0].value)) : CharacterClass.isWordScalar(lower[0])
        return lower[0].value | (isWord ? wordBit : 0)
    }

    /// ASCII letters, digits, hyphen and apostrophe.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x61 < 26 || byte &- 0x30 < 10 || byte &- 0x41 < 26 || byte == 0x2D || byte == 0x27
    }
}
