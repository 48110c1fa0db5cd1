/// Builds text from pieces, collapsing runs of white space (including no-break spaces) into one space.
///
/// Works on UTF-8 bytes so that joining thousands of text nodes stays linear.
struct TextBuilder {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    /// True when nothing but white space has been appended.
    var isEmpty: Bool { bytes.isEmpty }

    /// Appends `text`, collapsing white space.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// Appends UTF-8 `buffer`, collapsing white space.
    mutating func append(bytes buffer: UnsafeBufferPointer<UInt8>) {
        do {
            var i = 0
            let n = buffer.count
            while i < n {
                let byte = buffer[i]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                    i += 1
                } else if byte == 0xC2 && i + 1 < n && buffer[i + 1] == 0xA0 {
                    pendingSpace = true  // no-break space
                    i += 2
                } else if byte == 0xE2 && i + 2 < n && buffer[i + 1] == 0x80
                    && (buffer[i + 2] == 0x8B || buffer[i + 2] == 0xAF
                        || (buffer[i + 2] >= 0x80 && buffer[i + 2] <= 0x8A))
                {
                    // zero-width space (skipped), narrow no-break space and the typographic spaces U+2000–U+200A
                    if buffer[i + 2] != 0x8B { pendingSpace = true }
                    i += 3
                } else {
                    if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(byte)
                    i += 1
                }
            }
        }
    }

    /// Marks a word break (as between two block elements) without adding text.
    mutating func appendSpace() { pendingSpace = true }

    /// The collapsed, trimmed text; resets the builder.
    mutating func finish() -> String {
        let result = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return result
    }
}
