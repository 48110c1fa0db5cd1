import ClaimKit

extension PythonCompat {
    /// Python's `repr()` of a string: single quotes unless the text holds `'` and no `"`,
    /// escapes for backslash, the quote, control and other unprintable code points.
    static func repr(_ s: String) -> String {
        let hasSingle = s.unicodeScalars.contains("'"), hasDouble = s.unicodeScalars.contains("\"")
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for c in s.unicodeScalars {
            switch c {
            case quote, "\\": out.append("\\"); out.append(c)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if isPrintable(c) {
                    out.append(c)
                } else {
                    let hex = String(c.value, radix: 16)
                    let (prefix, width) = c.value < 0x100 ? ("\\x", 2) : c.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
                    out.append(
                        contentsOf: (prefix + String(repeating: "0", count: width - hex.count) + hex).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// Python's `str.isprintable()` for one code point: not Other, not a separator other than space.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
            .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Python's `repr()` of a parsed JSON value (`None`, `True`, `4`, `4.0`, `'text'`, `[...]`, `{...}`).
    static func repr(_ value: JSONValue?) -> String {
        guard let value else { return "None" }
        switch value {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .number(let d, let literal):
            if value.isIntegerLiteral {
                // Python keeps integers exact; drop a sign on zero as int("-0") does.
                let digits = literal.hasPrefix("-") ? String(literal.dropFirst()) : literal
                return literal.hasPrefix("-") && digits != "0" ? "-" + digits : digits
            }
            return d.description
        case .string(let s): return repr(s)
        case .array(let items): return "[" + items.map { repr($0) }.joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { repr($0.key) + ": " + repr($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// Python's `str()` of a parsed JSON value: strings as they are, everything else as `repr`.
    static func str(_ value: JSONValue?) -> String {
        if case .string(let s)? = value { return s }
        return repr(value)
    }

    /// A gold number as Python prints the integer or float it was read as.
    static func repr(number: Double?) -> String {
        guard let number else { return "None" }
        if number == number.rounded(), abs(number) < 1e18 { return String(Int64(number)) }
        return number.description
    }
}
