/// Writes one JSON object with keys in the order they are added.
///
/// Foundation's `JSONEncoder` orders keys by hash unless sorted, and sorted keys read badly;
/// records here keep the field order of GUIDE.md, byte for byte on every run.
package struct JSONObjectWriter: Sendable {
    private var out: String = "{"
    private var first = true

    /// Starts an empty object.
    package init() {}

    private mutating func key(_ name: String) {
        if !first { out += "," }
        first = false
        JSONObjectWriter.appendQuoted(name, to: &out)
        out += ":"
    }

    /// Adds a string field, or `null` for nil.
    package mutating func add(_ name: String, _ value: String?) {
        key(name)
        if let value { JSONObjectWriter.appendQuoted(value, to: &out) } else { out += "null" }
    }

    /// Adds a number field; integral values print without a fraction; nil, NaN and infinities print `null`.
    package mutating func add(_ name: String, _ value: Double?) {
        key(name)
        out += JSONObjectWriter.number(value)
    }

    /// Adds an integer field.
    package mutating func add(_ name: String, _ value: Int) {
        key(name)
        out += String(value)
    }

    /// Adds a boolean field.
    package mutating func add(_ name: String, _ value: Bool) {
        key(name)
        out += value ? "true" : "false"
    }

    /// Adds an array of strings.
    package mutating func add(_ name: String, _ values: [String]) {
        key(name)
        out += "["
        for (i, v) in values.enumerated() {
            if i > 0 { out += "," }
            JSONObjectWriter.appendQuoted(v, to: &out)
        }
        out += "]"
    }

    /// Adds a field whose value is already JSON (an object or array written elsewhere).
    package mutating func addRaw(_ name: String, _ json: String) {
        key(name)
        out += json
    }

    /// The finished object.
    package var json: String { out + "}" }

    /// A JSON number for `value`: integral values up to 2^53 without a fraction.
    package static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Appends `s` as a JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    ///
    /// Scans UTF-8 bytes and copies unescaped runs whole: linear in the length of `s`
    /// (appending scalar runs to a String reallocated on every escape, quadratic on long texts).
    package static func appendQuoted(_ s: String, to out: inout String) {
        var s = s
        // Most values need no escape at all: then the string is appended as it is, with no buffer in between.
        let plain = s.withUTF8 { input in
            !input.contains {
                $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 || $0 == 0x7F
                    || $0 == 0xC2
            }
        }
        if plain {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += s.withUTF8 { String(decoding: escaped($0), as: UTF8.self) }
    }

    /// `input` as a quoted JSON string literal's UTF-8 bytes, unescaped runs copied whole.
    private static func escaped(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count + input.count / 16 + 2)
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        func escape(_ text: StaticString, width: Int) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<i]))
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
            i += width
            runStart = i
        }
        // `\u00XX` for the control character `code`, written as `width` bytes of UTF-8.
        func escapeControl(_ code: UInt8, width: Int) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<i]))
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [
                UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(code >> 4)],
                hex[Int(code & 15)],
            ])
            i += width
            runStart = i
        }
        while i < input.count {
            let b = input[i]
            switch b {
            case UInt8(ascii: "\""): escape("\\\"", width: 1)
            case UInt8(ascii: "\\"): escape("\\\\", width: 1)
            case UInt8(ascii: "\n"): escape("\\n", width: 1)
            case UInt8(ascii: "\r"): escape("\\r", width: 1)
            case UInt8(ascii: "\t"): escape("\\t", width: 1)
            case 0..<0x20, 0x7F:
                escapeControl(b, width: 1)
            case 0xC2 where i + 1 < input.count && (0x80...0x9F).contains(input[i + 1]):
                escapeControl(input[i + 1], width: 2)  // C1: legal JSON, but a terminal may obey it (TextSanitizer)
            case 0xE2 where i + 2 < input.count && input[i + 1] == 0x80 && input[i + 2] == 0xA8:
                escape("\\u2028", width: 3)  // line separator: legal JSON, but breaks JavaScript and line readers
            case 0xE2 where i + 2 < input.count && input[i + 1] == 0x80 && input[i + 2] == 0xA9:
                escape("\\u2029", width: 3)
            default:
                i += 1
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<input.count]))
        bytes.append(UInt8(ascii: "\""))
        return bytes
    }
}
