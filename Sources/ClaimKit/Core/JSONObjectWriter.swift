/// Writes one JSON object with keys in the order they are added.
///
/// Foundation's `JSONEncoder` orders keys by hash unless sorted, and sorted keys read badly;
/// records here keep the field order of GUIDE.md, byte for byte on every run.
public struct JSONObjectWriter: Sendable {
    private var out: String = "{"
    private var first = true

    /// Starts an empty object.
    public init() {}

    private mutating func key(_ name: String) {
        if !first { out += "," }
        first = false
        JSONObjectWriter.appendQuoted(name, to: &out)
        out += ":"
    }

    /// Adds a string field, or `null` for nil.
    public mutating func add(_ name: String, _ value: String?) {
        key(name)
        if let value { JSONObjectWriter.appendQuoted(value, to: &out) } else { out += "null" }
    }

    /// Adds a number field; integral values print without a fraction; nil, NaN and infinities print `null`.
    public mutating func add(_ name: String, _ value: Double?) {
        key(name)
        out += JSONObjectWriter.number(value)
    }

    /// Adds an integer field.
    public mutating func add(_ name: String, _ value: Int) {
        key(name)
        out += String(value)
    }

    /// Adds a boolean field.
    public mutating func add(_ name: String, _ value: Bool) {
        key(name)
        out += value ? "true" : "false"
    }

    /// Adds an array of strings.
    public mutating func add(_ name: String, _ values: [String]) {
        key(name)
        out += "["
        for (i, v) in values.enumerated() {
            if i > 0 { out += "," }
            JSONObjectWriter.appendQuoted(v, to: &out)
        }
        out += "]"
    }

    /// Adds a field whose value is already JSON (an object or array written elsewhere).
    public mutating func addRaw(_ name: String, _ json: String) {
        key(name)
        out += json
    }

    /// The finished object.
    public var json: String { out + "}" }

    /// A JSON number for `value`: integral values up to 2^53 without a fraction.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Appends `s` as a JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    public static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        var pending = Substring(s).unicodeScalars[...]
        var runStart = pending.startIndex
        for index in pending.indices {
            let c = pending[index]
            let escape: String?
            switch c {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{2028}": escape = "\\u2028"
            case "\u{2029}": escape = "\\u2029"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: pending[runStart..<index])
                out += escape
                runStart = pending.index(after: index)
            }
        }
        out.unicodeScalars.append(contentsOf: pending[runStart...])
        pending = pending[pending.endIndex...]
        out += "\""
    }
}
