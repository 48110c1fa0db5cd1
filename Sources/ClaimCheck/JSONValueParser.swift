import ClaimKit

/// Parses one JSON text the way Python's `json.loads` does (strict strings, `NaN` and
/// `Infinity` accepted, later duplicate keys win), keeping key order and number literals.
struct JSONValueParser {
    /// Why a text is not JSON, with the byte offset where parsing stopped.
    struct Failure: Error, Sendable, CustomStringConvertible {
        var message: String
        var offset: Int
        var description: String { "\(message) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// Deeper nesting than this fails, as Python's recursion limit does.
    private static let maxDepth = 900

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses `text`; white space (space, tab, CR, LF) may surround the value.
    static func parse(_ text: String) throws(Failure) -> JSONValue {
        var parser = JSONValueParser(Array(text.utf8))
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.fail("extra data") }
        return value
    }

    private func fail(_ message: String) -> Failure { Failure(message: message, offset: index) }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func consume(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else { return false }
        index += w.count
        return true
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw fail("expecting value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "n") where consume("null"): return .null
        case UInt8(ascii: "t") where consume("true"): return .bool(true)
        case UInt8(ascii: "f") where consume("false"): return .bool(false)
        case UInt8(ascii: "N") where consume("NaN"): return .number(.nan, literal: "NaN")
        case UInt8(ascii: "I") where consume("Infinity"): return .number(.infinity, literal: "Infinity")
        case UInt8(ascii: "-") where consume("-Infinity"): return .number(-.infinity, literal: "-Infinity")
        default: return try number()
        }
    }

    private mutating func nested<T>(_ body: (inout JSONValueParser) throws(Failure) -> T) throws(Failure) -> T {
        depth += 1
        guard depth <= JSONValueParser.maxDepth else { throw fail("nesting too deep") }
        defer { depth -= 1 }
        return try body(&self)
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try nested { (p: inout JSONValueParser) throws(Failure) -> JSONValue in
            p.index += 1
            var members: [(key: String, value: JSONValue)] = []
            var position: [[UInt32]: Int] = [:]
            p.skipSpace()
            if p.index < p.bytes.count, p.bytes[p.index] == UInt8(ascii: "}") { p.index += 1; return .object([]) }
            while true {
                guard p.index < p.bytes.count, p.bytes[p.index] == UInt8(ascii: "\"") else {
                    throw p.fail("expecting property name enclosed in double quotes")
                }
                let key = try p.string()
                p.skipSpace()
                guard p.index < p.bytes.count, p.bytes[p.index] == UInt8(ascii: ":") else {
                    throw p.fail("expecting ':' delimiter")
                }
                p.index += 1
                p.skipSpace()
                let member = try p.value()
                // Keys compare by code points, as Python's dict does.
                let identity = key.unicodeScalars.map(\.value)
                if let at = position[identity] {
                    members[at].value = member
                } else {
                    position[identity] = members.count
                    members.append((key, member))
                }
                p.skipSpace()
                guard p.index < p.bytes.count else { throw p.fail("expecting ',' delimiter") }
                if p.bytes[p.index] == UInt8(ascii: ",") { p.index += 1; p.skipSpace(); continue }
                if p.bytes[p.index] == UInt8(ascii: "}") { p.index += 1; return .object(members) }
                throw p.fail("expecting ',' delimiter")
            }
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try nested { (p: inout JSONValueParser) throws(Failure) -> JSONValue in
            p.index += 1
            var items: [JSONValue] = []
            p.skipSpace()
            if p.index < p.bytes.count, p.bytes[p.index] == UInt8(ascii: "]") { p.index += 1; return .array([]) }
            while true {
                items.append(try p.value())
                p.skipSpace()
                guard p.index < p.bytes.count else { throw p.fail("expecting ',' delimiter") }
                if p.bytes[p.index] == UInt8(ascii: ",") { p.index += 1; p.skipSpace(); continue }
                if p.bytes[p.index] == UInt8(ascii: "]") { p.index += 1; return .array(items) }
                throw p.fail("expecting ',' delimiter")
            }
        }
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        func digits(_ p: inout JSONValueParser) -> Int {
            let from = p.index
            while p.index < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.index]) {
                p.index += 1
            }
            return p.index - from
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let intStart = index
        let intDigits = digits(&self)
        guard intDigits > 0 else { index = start; throw fail("expecting value") }
        if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") {
            // Python reads "0" and stops; what follows is extra data.
            index = intStart + 1
        } else {
            let save = index
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                if digits(&self) == 0 { index = save }
            }
            let saveExp = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                if digits(&self) == 0 { index = saveExp }
            }
        }
        let literal = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let number = Double(literal) else { throw fail("bad number") }
        return .number(number, literal: literal)
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("invalid \\uXXXX escape") }
        var v: UInt32 = 0
        for b in bytes[index..<index + 4] {
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\uXXXX escape")
            }
            v = v * 16 + UInt32(d)
        }
        index += 4
        return v
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var out: [UInt8] = []
        var scalars = String.UnicodeScalarView()
        func flush() {
            if !out.isEmpty {
                scalars.append(contentsOf: String(decoding: out, as: UTF8.self).unicodeScalars); out.removeAll()
            }
        }
        while true {
            guard index < bytes.count else { throw fail("unterminated string") }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") { index += 1; break }
            if b < 0x20 { throw fail("invalid control character") }
            if b != UInt8(ascii: "\\") { out.append(b); index += 1; continue }
            index += 1
            guard index < bytes.count else { throw fail("unterminated string") }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code), index + 6 <= bytes.count,
                    bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                {
                    let save = index
                    index += 2
                    let low = try hex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = save
                    }
                }
                flush()
                // A lone surrogate cannot live in a Swift string; it becomes U+FFFD.
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default: throw fail("invalid \\escape")
            }
        }
        flush()
        return String(scalars)
    }
}
