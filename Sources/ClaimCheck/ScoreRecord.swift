public import ClaimKit

/// One predicted claim record as the scorer reads it: the JSON object of GUIDE.md
/// ("The claim record"), kept as parsed so the scorer compares values as score.py does
/// (an integer and a float are the same number, a string is not, an absent key is not null).
public struct ScoreRecord: Sendable, Equatable {
    /// The record's members as parsed.
    public var fields: JSONValue

    /// Wraps a parsed JSON object.
    public init(fields: JSONValue) { self.fields = fields }

    /// Why a record cannot be scored.
    public struct InputError: Error, Sendable, CustomStringConvertible {
        /// 1-based line in the JSON Lines input, 0 when not read from lines.
        public var line: Int
        public var detail: String
        public var description: String { line > 0 ? "line \(line): \(detail)" : detail }
    }

    /// Parses one JSON Lines record (an object).
    public init(jsonLine: String, line: Int = 0) throws(InputError) {
        let value: JSONValue
        do {
            value = try JSONValueParser.parse(jsonLine)
        } catch {
            throw InputError(line: line, detail: "not JSON: \(error)")
        }
        guard case .object = value else { throw InputError(line: line, detail: "not a JSON object") }
        try self.init(checking: value, line: line)
    }

    /// The record of a `Claim`, exactly as score.py reads its `jsonLine`.
    public init(claim: Claim) {
        // jsonLine is always a valid object with string or null text fields.
        self.fields = (try? JSONValueParser.parse(claim.jsonLine)) ?? .object([])
    }

    private init(checking value: JSONValue, line: Int) throws(InputError) {
        // score.py concatenates or normalises these; anything but a string or a falsy value fails there.
        for name in ["article", "sentence", "subject", "speaker", "speaker_entity"] {
            guard let member = value[name], member.stringValue == nil, Self.isTruthy(member) else { continue }
            throw InputError(line: line, detail: "\"\(name)\" is not a string")
        }
        self.fields = value
    }

    /// Python truthiness of a JSON value.
    static func isTruthy(_ v: JSONValue) -> Bool {
        switch v {
        case .null: return false
        case .bool(let b): return b
        case .number(let d, _): return d != 0
        case .string(let s): return !s.isEmpty
        case .array(let a): return !a.isEmpty
        case .object(let o): return !o.isEmpty
        }
    }

    /// A text field as score.py's `(p.get(name) or "")` sees it.
    func text(_ name: String) -> String {
        fields[name]?.stringValue ?? ""
    }

    /// The category when it is a string.
    var category: String? { fields["category"]?.stringValue }
    var value: JSONValue? { fields["value"] }
    var upper: JSONValue? { fields["upper"] }
    var qualifier: JSONValue? { fields["qualifier"] }
    /// True when the record has a `group` key (even `null`): score.py's `"group" in p`.
    var hasGroup: Bool { fields["group"] != nil }
    var group: JSONValue? { fields["group"] }
}
