import ClaimKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few Python behaviours score.py relies on, reproduced so the Swift scorer gives the
/// same numbers and the same printed lines: `norm`, `basename`, `float()`, `round(x, 4)`,
/// `str.lower()`, `str.isspace()` and `format(x, ".3f")`.
enum PythonCompat {
    /// score.py's QUOTES table: typographic quotes, dashes and no-break space to ASCII.
    static let quoteMap: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{00AB}": "\"", "\u{00BB}": "\"", "\u{2013}": "-", "\u{2014}": "-", "\u{2212}": "-",
        "\u{2010}": "-", "\u{2011}": "-", "\u{00A0}": " ",
    ]

    /// score.py's `norm`: NFKC, the quote map, white-space runs to one space, trimmed, lower case.
    static func norm(_ text: String?) -> String {
        let nfkc = (text ?? "").precomposedStringWithCompatibilityMapping
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(nfkc.unicodeScalars.count)
        var pendingSpace = false
        for raw in nfkc.unicodeScalars {
            let c = quoteMap[raw] ?? raw
            if isSpace(c) {
                pendingSpace = true
                continue
            }
            if pendingSpace, !folded.isEmpty { folded.append(" ") }
            pendingSpace = false
            folded.append(c)
        }
        return lower(folded)
    }

    /// Python's `str.isspace()` for one code point (the set `\s` and `strip()` use).
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Python's `str.lower()`: full lower-case mappings, with the final-sigma rule.
    static func lower(_ scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            if c == "\u{03A3}" {
                out.append(isFinalSigma(scalars, at: i) ? "\u{03C2}" : "\u{03C3}")
                continue
            }
            let props = c.properties
            if !props.changesWhenLowercased {
                out.append(c)
            } else {
                out.append(contentsOf: props.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// Unicode's Final_Sigma context, as CPython tests it.
    private static func isFinalSigma(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0, s[j].properties.isCased else { return false }
        var k = i + 1
        while k < s.count, s[k].properties.isCaseIgnorable { k += 1 }
        return k == s.count || !s[k].properties.isCased
    }

    /// score.py's `basename`: the file name without folders and without its last extension.
    static func basename(_ path: String?) -> String {
        var scalars = Array((path ?? "").unicodeScalars).map { $0 == "\\" ? "/" : $0 }
        while scalars.last == "/" { scalars.removeLast() }
        let name = scalars.split(separator: "/", omittingEmptySubsequences: false).last.map(Array.init) ?? []
        guard let dot = name.lastIndex(of: ".") else { return String(String.UnicodeScalarView(name)) }
        return String(String.UnicodeScalarView(name[..<dot]))
    }

    /// True when `needle` occurs in `haystack` code point for code point (Python's `in`).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        contains(Array(haystack.utf8), Array(needle.utf8))
    }

    /// Byte-wise substring test on UTF-8 (equal to a code-point test: UTF-8 is self-synchronising).
    static func contains(_ h: [UInt8], _ n: [UInt8]) -> Bool {
        if n.isEmpty { return true }
        if n.count > h.count { return false }
        let first = n[0]
        var i = 0
        while i + n.count <= h.count {
            if h[i] == first, h[i..<i + n.count].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }

    /// True when two strings hold the same code points (Python's `==`; Swift's `==` is canonical).
    static func same(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return a.utf8.elementsEqual(b.utf8)
        default: return false
        }
    }

    /// Python's `float(text)`: surrounding white space, `_` between digits, inf/nan words, any decimal digits.
    static func float(_ text: String) -> Double? {
        var scalars = Array(text.unicodeScalars)
        while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, isSpace(l) { scalars.removeLast() }
        var ascii = ""
        var previousWasDigit = false
        for (i, c) in scalars.enumerated() {
            if c == "_" {
                let nextIsDigit = i + 1 < scalars.count && decimalDigit(scalars[i + 1]) != nil
                guard previousWasDigit, nextIsDigit else { return nil }
                continue
            }
            if let d = decimalDigit(c) {
                ascii.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(d)))
                previousWasDigit = true
                continue
            }
            guard c.isASCII else { return nil }
            ascii.unicodeScalars.append(c)
            previousWasDigit = false
        }
        var body = Substring(ascii.lowercased())
        var sign = 1.0
        if body.first == "+" || body.first == "-" {
            if body.first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        switch body {
        case "inf", "infinity": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        // Python accepts digits with an optional fraction and exponent, nothing else.
        var sawDigit = false, sawDot = false, sawExp = false, expDigits = true
        var previous: Character = " "
        for ch in body {
            switch ch {
            case "0"..."9":
                sawDigit = true
                if sawExp { expDigits = true }
            case ".":
                guard !sawDot, !sawExp else { return nil }
                sawDot = true
            case "e":
                guard sawDigit, !sawExp else { return nil }
                sawExp = true
                expDigits = false
            case "+", "-":
                guard previous == "e" else { return nil }
            default:
                return nil
            }
            previous = ch
        }
        guard sawDigit, expDigits, let value = Double(String(body)) else { return nil }
        return sign * value
    }

    private static func decimalDigit(_ c: Unicode.Scalar) -> Int? {
        if ("0"..."9").contains(c) { return Int(c.value - 48) }
        guard !c.isASCII, c.properties.numericType == .decimal, let v = c.properties.numericValue else { return nil }
        return Int(v)
    }

    /// `x` with `places` decimals, correctly rounded from its exact binary value, as C's printf
    /// and Python's `format(x, ".Nf")` both do.
    static func fixed(_ x: Double, places: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let count = withVaList([x]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 512, "%.\(places)f", args) }
        }
        guard count >= 0, count < 512 else { return "\(x)" }
        return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Python's `round(x, 4)`: the nearest double to the correctly rounded 4-decimal value.
    static func round4(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        return Double(fixed(x, places: 4)) ?? x
    }
}
