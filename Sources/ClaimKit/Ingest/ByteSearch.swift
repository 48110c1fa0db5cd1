/// Small byte-level string helpers for hot paths (Foundation's `contains` is far slower here).
package enum ByteSearch {
    /// ASCII lower-case bytes of `text`.
    package static func lowerASCII(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 32 }
        return bytes
    }

    /// `text` without leading and trailing white space (ASCII white space and no-break spaces).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" || c == "\u{A0}" || c == "\u{0B}"
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// True when `needle` occurs in `haystack`.
    package static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        needle.isEmpty || firstIndex(of: needle, in: haystack, from: 0) != nil
    }

    /// Offset of the first occurrence of `needle` in `haystack` at or after `from`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        let n = haystack.count, m = needle.count
        guard m > 0, m <= n else { return nil }
        let first = needle[0]
        var i = max(0, from)
        while i <= n - m {
            if haystack[i] == first {
                var j = 1
                while j < m && haystack[i + j] == needle[j] { j += 1 }
                if j == m { return i }
            }
            i += 1
        }
        return nil
    }

    /// Offset of the last occurrence of `needle` in `haystack`.
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        let n = haystack.count, m = needle.count
        guard m > 0, m <= n else { return nil }
        var i = n - m
        while i >= 0 {
            if haystack[i] == needle[0] {
                var j = 1
                while j < m && haystack[i + j] == needle[j] { j += 1 }
                if j == m { return i }
            }
            i -= 1
        }
        return nil
    }

    /// Alphanumeric runs of `bytes` (ASCII letters and digits; other bytes separate).
    static func tokens(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = -1
        for i in 0...bytes.count {
            let isWord =
                i < bytes.count && ((bytes[i] >= 0x61 && bytes[i] <= 0x7A) || (bytes[i] >= 0x30 && bytes[i] <= 0x39))
            if isWord { if start < 0 { start = i } } else if start >= 0 { result.append(bytes[start..<i]); start = -1 }
        }
        return result
    }
}
