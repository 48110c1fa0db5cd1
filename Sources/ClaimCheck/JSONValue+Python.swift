import ClaimKit

extension JSONValue {
    /// Python's `==` between two values as `json.loads` builds them (nil is an absent key,
    /// which `dict.get` also turns into `None`): numbers and booleans compare by value,
    /// strings by code points, objects regardless of key order.
    static func pythonEqual(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        switch (a ?? .null, b ?? .null) {
        case (.null, .null): return true
        case (.string(let x), .string(let y)): return PythonCompat.same(x, y)
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { pythonEqual($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count
                && x.allSatisfy { m in y.contains { PythonCompat.same($0.key, m.key) && pythonEqual($0.value, m.value) }
                }
        case (let x, let y):
            guard let p = x.pythonNumber, let q = y.pythonNumber else { return false }
            return p == q
        }
    }

    /// The value of a number or boolean (Python's `bool` is an `int`), else nil.
    var pythonNumber: Double? {
        switch self {
        case .number(let d, _): return d
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// Python's `float(value)`: numbers, booleans and numeric strings; nil where it raises.
    var pythonFloat: Double? {
        if let n = pythonNumber { return n }
        if case .string(let s) = self { return PythonCompat.float(s) }
        return nil
    }

    /// Bytes that are equal exactly when score.py's dedupe key parts are equal.
    func pythonKeyBytes() -> [UInt8] {
        switch self {
        case .null: return [0x01]
        case .string(let s): return [0x02] + Array(s.utf8)
        default:
            if let n = pythonNumber {
                // json.loads returns one shared NaN object, and tuples compare by identity first,
                // so every NaN read from JSON is the same key.
                if n.isNaN { return [0x04] }
                return [0x03] + Array((n == 0 ? 0 : n).description.utf8)
            }
            return [0x05] + Array(PythonCompat.repr(self).utf8)
        }
    }
}
