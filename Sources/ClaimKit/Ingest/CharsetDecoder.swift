import Foundation

/// Turns raw file bytes into valid UTF-8 and says which encoding it used and why.
///
/// Order, as browsers do: a byte-order mark; UTF-16 without a mark (NUL-byte pattern); the charset
/// of the HTTP `Content-Type` (for fetched pages, when it names an encoding we know); a declared
/// charset in the first 4096 bytes (`<meta charset>` or `http-equiv` content); valid UTF-8; else
/// windows-1252. The labels iso-8859-1, latin1 and us-ascii mean windows-1252.
///
/// A declaration that lies is overruled in one case: a page declared as a single-byte encoding whose
/// bytes are valid UTF-8 *with* multi-byte sequences is read as UTF-8 (source "utf8-valid", with a note),
/// because such byte pairs almost never occur in real single-byte text, while mislabelled UTF-8 pages are common.
/// NUL bytes are removed.
struct CharsetDecoder {
    /// The decoded text as UTF-8 bytes, plus how it was decoded.
    struct Decoded {
        var utf8: [UInt8]
        /// "UTF-8", "windows-1252", "UTF-16LE", ...
        var encoding: String
        /// "bom", "meta", "utf8-valid", "utf16-pattern", "fallback".
        var source: String
        /// Non-fatal remarks, e.g. that the bytes were not valid UTF-8.
        var notes: [String] = []
    }

    /// Decodes `bytes`; `isHTML` enables the `<meta charset>` prescan; `transportCharset` is the HTTP header's label.
    static func decode(_ bytes: [UInt8], isHTML: Bool, transportCharset: String? = nil) -> Decoded {
        // 1. Byte-order marks.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return utf8Decoded(Array(bytes[3...]), encoding: "UTF-8", source: "bom")
        }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return Decoded(utf8: utf16ToUTF8(bytes, from: 2, littleEndian: true), encoding: "UTF-16LE", source: "bom")
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return Decoded(utf8: utf16ToUTF8(bytes, from: 2, littleEndian: false), encoding: "UTF-16BE", source: "bom")
        }
        // 2. UTF-16 without a mark: ASCII text in UTF-16 has a NUL in every other byte.
        if let littleEndian = utf16Pattern(bytes) {
            return Decoded(
                utf8: utf16ToUTF8(bytes, from: 0, littleEndian: littleEndian),
                encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", source: "utf16-pattern")
        }
        let validity = utf8Validity(bytes)
        // 3. A declared charset: the HTTP header's, else the page's own.
        let transport = transportCharset.map { canonicalName($0.lowercased()) }.flatMap { isKnown($0) ? $0 : nil }
        if let name = transport ?? (isHTML ? declaredCharset(bytes).map(canonicalName) : nil) {
            let source = transport != nil ? "http" : "meta"
            if name == "UTF-8" {
                if validity.valid { return utf8Decoded(bytes, encoding: "UTF-8", source: source) }
                let counts = utf8SequenceCounts(bytes)
                if counts.invalid > counts.validMultiByte {
                    // Mostly single high bytes: a windows-1252 page mislabelled as UTF-8 (a browser would show U+FFFD).
                    var decoded = Decoded(utf8: windows1252ToUTF8(bytes), encoding: "windows-1252", source: "fallback")
                    decoded.notes.append("declared UTF-8 but the bytes are not UTF-8: read as windows-1252")
                    return decoded
                }
                var decoded = Decoded(utf8: repairedUTF8(bytes), encoding: "UTF-8", source: source)
                decoded.notes.append("declared UTF-8 but not valid UTF-8: bad bytes replaced")
                return decoded
            }
            if validity.valid && validity.hasMultiByte && isSingleByte(name) {
                var decoded = utf8Decoded(bytes, encoding: "UTF-8", source: "utf8-valid")
                decoded.notes.append("declared \(name) but the bytes are valid UTF-8: read as UTF-8")
                return decoded
            }
            if name == "windows-1252" {
                return Decoded(utf8: windows1252ToUTF8(bytes), encoding: "windows-1252", source: source)
            }
            if let encoding = foundationEncoding(name), let text = String(bytes: bytes, encoding: encoding) {
                return Decoded(utf8: withoutNUL(Array(text.utf8)), encoding: name, source: source)
            }
            // An unknown label: fall through to the byte tests.
        }
        // 4. Valid UTF-8, else 5. windows-1252.
        if validity.valid { return utf8Decoded(bytes, encoding: "UTF-8", source: "utf8-valid") }
        var decoded = Decoded(utf8: windows1252ToUTF8(bytes), encoding: "windows-1252", source: "fallback")
        decoded.notes.append("not valid UTF-8: read as windows-1252")
        return decoded
    }

    // MARK: - Detection

    /// The charset label declared in the first 4096 bytes, if any (`charset=` in a meta tag).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, 4096)
        let needle: [UInt8] = Array("charset".utf8)
        var i = 0
        while i + needle.count < limit {
            var matched = true
            for j in 0..<needle.count where bytes[i + j] | 0x20 != needle[j] { matched = false; break }
            if matched && isInsideMetaTag(bytes, at: i) {
                var k = i + needle.count
                while k < limit && (bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0A || bytes[k] == 0x0D) {
                    k += 1
                }
                if k < limit && bytes[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < limit && (bytes[k] == 0x20 || bytes[k] == 0x22 || bytes[k] == 0x27) { k += 1 }
                    var label: [UInt8] = []
                    while k < limit, label.count < 40 {
                        let b = bytes[k] | 0x20
                        let isLabel =
                            (b >= 0x61 && b <= 0x7A) || (bytes[k] >= 0x30 && bytes[k] <= 0x39) || bytes[k] == 0x2D
                            || bytes[k] == 0x5F || bytes[k] == 0x3A || bytes[k] == 0x2E
                        if !isLabel { break }
                        label.append(bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] + 32 : bytes[k])
                        k += 1
                    }
                    if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    /// True when the nearest `<` before `position` opens a `<meta` tag that is still open.
    private static func isInsideMetaTag(_ bytes: [UInt8], at position: Int) -> Bool {
        var i = position - 1
        while i >= 0 && position - i < 1024 {
            if bytes[i] == UInt8(ascii: ">") { return false }
            if bytes[i] == UInt8(ascii: "<") {
                guard i + 5 <= bytes.count else { return false }
                return bytes[i + 1] | 0x20 == 0x6D && bytes[i + 2] | 0x20 == 0x65 && bytes[i + 3] | 0x20 == 0x74
                    && bytes[i + 4] | 0x20 == 0x61
            }
            i -= 1
        }
        return false
    }

    /// Little-endian (true) or big-endian (false) if the first bytes look like UTF-16 without a mark.
    static func utf16Pattern(_ bytes: [UInt8]) -> Bool? {
        let n = min(bytes.count, 512) & ~1
        guard n >= 8 else { return nil }
        var evenNUL = 0, oddNUL = 0
        var i = 0
        while i < n {
            if bytes[i] == 0 { evenNUL += 1 }
            if bytes[i + 1] == 0 { oddNUL += 1 }
            i += 2
        }
        let pairs = n / 2
        if oddNUL * 10 >= pairs * 7 && evenNUL * 10 <= pairs { return true }
        if evenNUL * 10 >= pairs * 7 && oddNUL * 10 <= pairs { return false }
        return nil
    }

    /// Whether `bytes` are valid UTF-8, and whether any multi-byte sequence occurs.
    static func utf8Validity(_ bytes: [UInt8]) -> (valid: Bool, hasMultiByte: Bool) {
        var hasMultiByte = false
        let n = bytes.count
        return bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < n {
                // ASCII runs eight bytes at a time.
                if i + 8 <= n {
                    let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                hasMultiByte = true
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                if c & 0xE0 == 0xC0 {
                    length = 2; scalar = UInt32(c & 0x1F); minimum = 0x80
                } else if c & 0xF0 == 0xE0 {
                    length = 3; scalar = UInt32(c & 0x0F); minimum = 0x800
                } else if c & 0xF8 == 0xF0 {
                    length = 4; scalar = UInt32(c & 0x07); minimum = 0x10000
                } else {
                    return (false, true)
                }
                if i + length > n { return (false, true) }
                for k in 1..<length {
                    let d = b[i + k]
                    if d & 0xC0 != 0x80 { return (false, true) }
                    scalar = scalar << 6 | UInt32(d & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) {
                    return (false, true)
                }
                minimum = 0
                i += length
            }
            return (true, hasMultiByte)
        }
    }

    /// Valid multi-byte sequences and invalid bytes in `bytes`.
    static func utf8SequenceCounts(_ bytes: [UInt8]) -> (validMultiByte: Int, invalid: Int) {
        var valid = 0, invalid = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            let length = c & 0xE0 == 0xC0 ? 2 : c & 0xF0 == 0xE0 ? 3 : c & 0xF8 == 0xF0 ? 4 : 0
            if length > 0 && i + length <= n && (1..<length).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) {
                valid += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        return (valid, invalid)
    }

    // MARK: - Conversion

    private static func utf8Decoded(_ bytes: [UInt8], encoding: String, source: String) -> Decoded {
        Decoded(utf8: withoutNUL(bytes), encoding: encoding, source: source)
    }

    /// Valid UTF-8 from almost-UTF-8: bad sequences become U+FFFD.
    private static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        withoutNUL(Array(String(decoding: bytes, as: UTF8.self).utf8))
    }

    static func withoutNUL(_ bytes: [UInt8]) -> [UInt8] {
        let hasNUL = bytes.withUnsafeBytes { raw in raw.count > 0 && memchr(raw.baseAddress!, 0, raw.count) != nil }
        guard hasNUL else { return bytes }
        return bytes.filter { $0 != 0 }
    }

    /// The characters windows-1252 puts at 0x80–0x9F (0 where it has none: those map to U+FFFD... or the C1 code).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte == 0 { continue }
            if byte < 0x80 { out.append(byte); continue }
            let scalar = byte < 0xA0 ? cp1252High[Int(byte - 0x80)] : UInt32(byte)
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    static func utf16ToUTF8(_ bytes: [UInt8], from start: Int, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            units.append(
                littleEndian
                    ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        return withoutNUL(Array(String(decoding: units, as: UTF16.self).utf8))
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            out.append(UInt8(scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
        } else {
            out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | (scalar >> 6) & 0x3F));
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    // MARK: - Labels

    /// The encoding a label means, by the WHATWG rules for the common labels.
    static func canonicalName(_ label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
            "iso_8859-1", "cp819", "ibm819":
            return "windows-1252"
        case "windows-1251", "cp1251", "x-cp1251": return "windows-1251"
        case "windows-1250", "cp1250", "x-cp1250": return "windows-1250"
        case "windows-1253", "cp1253": return "windows-1253"
        case "windows-1254", "cp1254", "iso-8859-9", "latin5": return "windows-1254"
        case "iso-8859-2", "latin2", "iso8859-2": return "ISO-8859-2"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji": return "Shift_JIS"
        case "euc-jp": return "EUC-JP"
        case "iso-2022-jp": return "ISO-2022-JP"
        // A page that reached here as bytes is not UTF-16 (no mark, no NUL pattern).
        case "utf-16", "utf-16le": return "UTF-8"
        default: return label
        }
    }

    /// True for an encoding name this decoder can read.
    private static func isKnown(_ name: String) -> Bool {
        name == "UTF-8" || name == "windows-1252" || foundationEncoding(name) != nil
    }

    private static func isSingleByte(_ name: String) -> Bool {
        name.hasPrefix("windows-") || name.hasPrefix("ISO-8859") || name.hasPrefix("iso-8859") || name.hasPrefix("koi8")
    }

    private static func foundationEncoding(_ name: String) -> String.Encoding? {
        switch name {
        case "windows-1251": return .windowsCP1251
        case "windows-1250": return .windowsCP1250
        case "windows-1253": return .windowsCP1253
        case "windows-1254": return .windowsCP1254
        case "ISO-8859-2": return .isoLatin2
        case "Shift_JIS": return .shiftJIS
        case "EUC-JP": return .japaneseEUC
        case "ISO-2022-JP": return .iso2022JP
        default: return nil
        }
    }
}
