import ClaimKit

/// A parsed JSON value that keeps what Python's `json` module keeps: object key order, and
/// whether a number was written as an integer or a float (score.py prints them differently).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number with its literal as written (`4`, `4.0`, `1e3`); `Infinity`/`NaN` for Python's extensions.
    case number(Double, literal: String)
    case string(String)
    case array([JSONValue])
    /// Members in first-seen key order; a repeated key keeps its first place and its last value.
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a, let la), .number(let b, let lb)): return a == b && la == lb
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count
                && zip(a, b).allSatisfy {
                    $0.key.unicodeScalars.elementsEqual($1.key.unicodeScalars) && $0.value == $1.value
                }
        default: return false
        }
    }

    /// The member `key` of an object, nil when absent or when this is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key.unicodeScalars.elementsEqual(key.unicodeScalars) }?.value
    }

    /// The string, or nil for any other kind.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// True when this is an integer literal (Python reads it as `int`).
    public var isIntegerLiteral: Bool {
        guard case .number(_, let literal) = self else { return false }
        return !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" || $0.isLetter })
    }
}
