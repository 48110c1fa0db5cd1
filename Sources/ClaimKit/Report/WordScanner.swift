/// Splits text into lower-cased words by scanning its UTF-8 bytes.
///
/// A word is a run of letters, digits, hyphens and apostrophes (`CharacterClass.isWordScalar`) of
/// the lower-cased text. ASCII bytes are tested and lower-cased in place; only other scalars are
/// decoded and looked up, so English text never allocates a string per word.
enum WordScanner {
    /// Calls `body` with the lower-cased UTF-8 bytes of each word of `text`, in order.
    static func forEachWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            guard !word.isEmpty else { return }
            word.withUnsafeBufferPointer(body)
            word.removeAll(keepingCapacity: true)
        }
        // Same words as scanning `text.lowercased()`: String lowers scalar by scalar.
        func take(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 0x80 {
                if isWordByte(UInt8(value)) { word.append(UInt8(value)) } else { flush() }
            } else if CharacterClass.isWordScalar(scalar) {
                UTF8.encode(scalar) { word.append($0) }
            } else {
                flush()
            }
        }
        text.withUTF8 { bytes in
            var i = 0
            let count = bytes.count
            while i < count {
                let byte = bytes[i]
                if byte < 0x80 {
                    // ASCII upper case to lower case; then the word test.
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if isWordByte(lower) { word.append(lower) } else { flush() }
                    i += 1
                    continue
                }
                // A String's bytes are valid UTF-8: the lead byte gives the length.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                i += length
                guard let scalar = Unicode.Scalar(value) else { flush(); continue }
                if scalar.properties.changesWhenLowercased {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { take(lower) }
                } else {
                    take(scalar)
                }
            }
        }
        flush()
    }

    /// ASCII letters, digits, hyphen and apostrophe.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            || byte == 0x2D || byte == 0x27
    }
}
