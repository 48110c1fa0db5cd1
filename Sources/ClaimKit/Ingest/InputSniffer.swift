/// Cheap checks on raw bytes before any parsing: empty input and binary data.
enum InputSniffer {
    /// True when the bytes are empty or only white space (ASCII, NUL, or a lone byte-order mark).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        var i = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        while i < bytes.count {
            let b = bytes[i]
            if !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B || b == 0) { return false }
            i += 1
        }
        return true
    }

    /// The kind of binary data, if the bytes start with a known magic number or are mostly control bytes.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        func starts(_ magic: [UInt8]) -> Bool { bytes.count >= magic.count && Array(bytes[0..<magic.count]) == magic }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if starts(Array("GIF8".utf8)) { return "GIF image" }
        if starts(Array("%PDF".utf8)) { return "PDF document" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "ZIP archive" }
        if starts([0x1F, 0x8B]) { return "gzip data" }
        if starts(Array("RIFF".utf8)) && bytes.count >= 12 && Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return "WebP image"
        }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "executable" }
        // UTF-16 has NULs in every other byte: that is text, decided by the decoder.
        if CharsetDecoder.utf16Pattern(bytes) != nil { return nil }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return nil
        }
        let sample = bytes.prefix(8192)
        var control = 0
        for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        if control * 10 > sample.count { return "binary data" }
        return nil
    }
}
