/// Hashes of consecutive word pairs of a text, for comparing two texts without building strings.
///
/// A word is a run of ASCII letters/digits or non-ASCII bytes; case is folded for ASCII.
enum WordPairs {
    static func hashes(of text: String) -> [Int] {
        var text = text
        return text.withUTF8 { hashes(of: $0) }
    }

    /// Pair hashes of UTF-8 `buffer`.
    static func hashes(of buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        do {
            var previous = 0
            var current = 0
            var inWord = false
            for byte in buffer {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                let isWord = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower >= 0x80
                if isWord {
                    if !inWord { current = 5381; inWord = true }
                    current = (current &* 33) ^ Int(lower)
                } else if inWord {
                    if previous != 0 { result.append(previous &* 1_000_003 ^ current) }
                    previous = current
                    inWord = false
                }
            }
            if inWord && previous != 0 { result.append(previous &* 1_000_003 ^ current) }
        }
        return result
    }
}
