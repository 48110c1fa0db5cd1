/// Splits one sentence's UTF-8 bytes into words, numbers and punctuation in a single pass.
///
/// Hyphens and dashes are tokens of their own ("44-day" is `44`, `-`, `day` with no space
/// between), so rules can see both the parts and whether they were glued together.
enum Tokenizer {
    /// Longest digit run that still gets a value; longer runs are kept as tokens without one.
    static let maxValueDigits = 15

    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        // One buffer for every word's lower-cased bytes, as long as the sentence (a word's lower
        // case is never longer than its bytes): no bounds to grow, and a word is then a small string.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { lower in
            tokenize(bytes, lower: lower, flagTable: Lexicon.wordFlagTable)
        }
    }

    private static func tokenize(
        _ bytes: [UInt8], lower: UnsafeMutableBufferPointer<UInt8>, flagTable: WordFlagTable
    ) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 4)
        let n = bytes.count
        var i = 0
        var space = true
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                space = true; i += 1; continue
            }
            if b >= 0x80 {
                let (scalar, length) = decodeScalar(bytes, i)
                if isSpaceScalar(scalar) { space = true; i += length; continue }
                if let mark = punctMark(scalar) {
                    // A typographic apostrophe between letters belongs to the word (Azerbaijan’s).
                    tokens.append(Token(kind: .punct, start: i, end: i + length, lower: mark, spaceBefore: space))
                    space = false; i += length; continue
                }
                i = scanWord(bytes, i, space, &tokens, lower, flagTable); space = false; continue
            }
            if b >= 0x30 && b <= 0x39 {
                i = scanNumber(bytes, i, space, &tokens); space = false; continue
            }
            if isASCIILetter(b) {
                i = scanWord(bytes, i, space, &tokens, lower, flagTable); space = false; continue
            }
            tokens.append(
                Token(kind: .punct, start: i, end: i + 1, lower: String(UnicodeScalar(b)), spaceBefore: space))
            space = false
            i += 1
        }
        return tokens
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Decodes the scalar starting at `i` (invalid bytes decode as U+FFFD of length 1).
    static func decodeScalar(_ bytes: [UInt8], _ i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        let n = bytes.count
        if b < 0x80 { return (UInt32(b), 1) }
        if b >= 0xC0 && b < 0xE0 && i + 1 < n { return ((UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b >= 0xE0 && b < 0xF0 && i + 2 < n {
            return ((UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if b >= 0xF0 && i + 3 < n {
            return (
                (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6)
                    | UInt32(bytes[i + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    static func isSpaceScalar(_ s: UInt32) -> Bool {
        s == 0xA0 || (s >= 0x2000 && s <= 0x200B) || s == 0x202F || s == 0x205F || s == 0x3000 || s == 0xFEFF
            || s == 0x2028 || s == 0x2029 || s == 0x85
    }

    /// The ASCII stand-in for a non-ASCII punctuation mark or currency sign, nil for letters.
    static func punctMark(_ s: UInt32) -> String? {
        switch s {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x2026: return "..."
        case 0x2022, 0xB7, 0x25CF, 0x25AA: return "•"
        case 0x20AC: return "€"
        case 0xA3: return "£"
        case 0xA5: return "¥"
        case 0x20BD: return "₽"
        case 0x20BC: return "₼"
        case 0x20BA: return "₺"
        case 0x20AA: return "₪"
        case 0x20B9: return "₹"
        case 0x20B4: return "₴"
        case 0xA2, 0xA7, 0xB0, 0xA9, 0xAE, 0x2122, 0xBF, 0xA1, 0xB6: return "§"
        default: return nil
        }
    }

    private static func scanNumber(_ bytes: [UInt8], _ start: Int, _ space: Bool, _ tokens: inout [Token]) -> Int {
        let n = bytes.count
        var i = start
        var scan = NumberScan()
        while i < n {
            let b = bytes[i]
            if isDigit(b) { scan.add(digit: b); i += 1; continue }
            guard let next = separatorEnd(bytes, i, start: start, &scan, after: tokens.last) else { break }
            i = next
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        tokens.append(
            Token(
                kind: .number, start: start, end: i, lower: text, spaceBefore: space, value: scan.value,
                digits: scan.digits, hasSeparator: scan.separator, hasDecimal: scan.decimal, hasColon: scan.colon))
        return i
    }

    /// The index after the separator at `i` inside the number that began at `start` (a thousands
    /// separator, a decimal point or comma, a clock colon), recording it in `scan`; nil when the
    /// byte ends the number.
    @inline(__always) private static func separatorEnd(
        _ bytes: [UInt8], _ i: Int, start: Int, _ scan: inout NumberScan, after previous: Token?
    ) -> Int? {
        let n = bytes.count
        let b = bytes[i]
        let open = !scan.decimal && !scan.colon
        // "2,728": a comma followed by exactly three digits is a thousands separator.
        if b == 0x2C && open && commaGroup(bytes, i) { scan.separator = true; return i + 1 }
        // "10 000", "1 200 000": a space, no-break space, thin space or narrow no-break space
        // between digit groups is a thousands separator (European and agency copy) only when the
        // first group has one to three digits (not starting with 0, not a day after a month name) and
        // each group after it exactly three, so "01632 960 555", "2021 100", "May 30 300" stay apart.
        if open
            && (scan.spaceGrouped
                || (!scan.separator && scan.integerDigits <= 3 && bytes[start] != 0x30
                    && !(previous.map { Lexicon.months.contains(token: $0) } ?? false))),
            let g = spaceGroupEnd(bytes, i)
        {
            scan.separator = true; scan.spaceGrouped = true; return g
        }
        // European copy: "400.000 Euro", "5.000 people", "1.428,77 Euro" (a dot between groups of three).
        if b == 0x2E && open && !(scan.separator && !scan.europeanGroups)
            && scan.integerDigits <= (scan.europeanGroups ? 15 : 3)
            && bytes[start] != 0x30 && dotGroupsThousands(bytes, i)
        {
            scan.separator = true; scan.europeanGroups = true; return i + 1
        }
        // A decimal comma: "€84,80", "$ 6,1 million", "153,76 EUR" (one or two digits, then a currency or scale).
        if b == 0x2C && open && (!scan.separator || scan.europeanGroups)
            && decimalComma(
                bytes, i, currencyBefore: previous.map { Lexicon.currencySymbols[$0.lower] != nil } ?? false)
        {
            scan.decimal = true; return i + 1
        }
        if b == 0x2E && open && !scan.europeanGroups && i + 1 < n && isDigit(bytes[i + 1]) {
            scan.decimal = true; return i + 1
        }
        if b == 0x3A && open && !scan.separator && i + 2 < n && isDigit(bytes[i + 1])
            && isDigit(bytes[i + 2])
            && (i + 3 >= n || !isDigit(bytes[i + 3])) && scan.digits <= 2
        {
            scan.colon = true; return i + 1
        }
        return nil
    }

    /// A comma followed by exactly three digits ("2,728").
    @inline(__always) private static func commaGroup(_ bytes: [UInt8], _ i: Int) -> Bool {
        let n = bytes.count
        return i + 3 < n && isDigit(bytes[i + 1]) && isDigit(bytes[i + 2]) && isDigit(bytes[i + 3])
            && (i + 4 >= n || !isDigit(bytes[i + 4]))
    }

    /// The index after a space between digit groups when exactly three digits follow it ("10 000"), else nil.
    @inline(__always) private static func spaceGroupEnd(_ bytes: [UInt8], _ i: Int) -> Int? {
        let n = bytes.count
        let width = groupSpaceWidth(bytes, i)
        let g = i + width
        guard
            width > 0 && g + 2 < n && isDigit(bytes[g]) && isDigit(bytes[g + 1]) && isDigit(bytes[g + 2])
                && (g + 3 >= n
                    || !isDigit(bytes[g + 3]) && !(bytes[g + 3] == 0x2C && g + 4 < n && isDigit(bytes[g + 4])))
        else { return nil }
        return g
    }

    /// Whether the dot at `i` separates thousands: exactly three digits follow, and they are "000",
    /// or another ".ddd" group or a ",dd" decimal follows, or a currency word does (never before a
    /// scale word: "$5.000 million" stays a decimal).
    private static func dotGroupsThousands(_ bytes: [UInt8], _ i: Int) -> Bool {
        let n = bytes.count
        guard i + 3 < n, isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]) else { return false }
        let g = i + 4
        if g < n && isDigit(bytes[g]) { return false }
        let word = wordAfter(bytes, g)
        if Lexicon.scales[word] != nil { return false }
        if bytes[i + 1] == 0x30 && bytes[i + 2] == 0x30 && bytes[i + 3] == 0x30 { return true }
        if g + 1 < n && (bytes[g] == 0x2E || bytes[g] == 0x2C) && isDigit(bytes[g + 1]) { return true }
        return Lexicon.currencyWords[word] != nil || word == "€"
    }

    /// Whether the comma at `i` is a decimal comma: one or two digits follow (then no digit), and a
    /// scale or currency word comes next, or a currency sign came before the number.
    private static func decimalComma(_ bytes: [UInt8], _ i: Int, currencyBefore: Bool) -> Bool {
        let n = bytes.count
        guard i + 1 < n, isDigit(bytes[i + 1]) else { return false }
        var k = i + 1
        while k < n, isDigit(bytes[k]) { k += 1 }
        guard k - i - 1 <= 2 else { return false }
        // "6,1" in "from 6,1 to 8,2" or "1,2,3": a list, not a decimal.
        if k < n, bytes[k] == 0x2C || bytes[k] == 0x2E, k + 1 < n, isDigit(bytes[k + 1]) { return false }
        let word = wordAfter(bytes, k)
        return currencyBefore || Lexicon.scales[word] != nil || Lexicon.currencyWords[word] != nil || word == "€"
    }

    /// The lower-case ASCII word (or "€") after at most one space at `i`, "" if none.
    private static func wordAfter(_ bytes: [UInt8], _ i: Int) -> String {
        let n = bytes.count
        var k = i
        let w = k < n ? groupSpaceWidth(bytes, k) : 0
        if w > 0 { k += w }
        if k + 2 < n, bytes[k] == 0xE2, bytes[k + 1] == 0x82, bytes[k + 2] == 0xAC { return "€" }
        var out: [UInt8] = []
        while k < n, out.count < 12, isASCIILetter(bytes[k]) { out.append(bytes[k] | 0x20); k += 1 }
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte length of a digit-group space at `i` (U+0020, U+00A0, U+2009, U+202F), else 0.
    @inline(__always) private static func groupSpaceWidth(_ bytes: [UInt8], _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF {
            return 3
        }
        return 0
    }

    private static func scanWord(
        _ bytes: [UInt8], _ start: Int, _ space: Bool, _ tokens: inout [Token],
        _ lower: UnsafeMutableBufferPointer<UInt8>, _ flagTable: WordFlagTable
    ) -> Int {
        let n = bytes.count
        var i = start
        var k = 0  // bytes written to `lower`
        let capitalized = bytes[start] >= 0x41 && bytes[start] <= 0x5A
        var nonASCII = false
        while i < n {
            let b = bytes[i]
            if isASCIILetter(b) || isDigit(b) {
                lower[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b; k += 1; i += 1; continue
            }
            if b >= 0x80 {
                let (scalar, length) = decodeScalar(bytes, i)
                if scalar == 0x2019 || scalar == 0x2018 {
                    // apostrophe inside a word
                    if i + length < n && isASCIILetter(bytes[i + length]) && k > 0 {
                        lower[k] = 0x27; k += 1; i += length; continue
                    }
                    break
                }
                if isSpaceScalar(scalar) || punctMark(scalar) != nil { break }
                nonASCII = true
                for j in i..<(i + length) { lower[k] = bytes[j]; k += 1 }
                i += length; continue
            }
            if b == 0x27 && i + 1 < n && isASCIILetter(bytes[i + 1]) && k > 0 {
                lower[k] = 0x27; k += 1; i += 1; continue
            }
            // Dotted abbreviations: "U.S.", "U.N.", "a.m."
            if b == 0x2E && i + 1 < n && isASCIILetter(bytes[i + 1]) && (i + 2 >= n || bytes[i + 2] == 0x2E)
                && (k == 1 || (k >= 3 && lower[k - 2] == 0x2E))
            {
                lower[k] = 0x2E; lower[k + 1] = bytes[i + 1] | 0x20; k += 2; i += 2
                if i < n && bytes[i] == 0x2E { lower[k] = 0x2E; k += 1; i += 1 }
                continue
            }
            break
        }
        let word = UnsafeBufferPointer(rebasing: lower[..<k])
        let hash = HashBits.hash(word)
        let text = String(decoding: word, as: UTF8.self)
        tokens.append(
            Token(
                kind: .word, start: start, end: i, lower: text, spaceBefore: space, capitalized: capitalized,
                flags: flagTable.flags(of: word, hash: hash),
                // (Invalid UTF-8 is repaired in the string: its hash is then the string's, not the bytes'.)
                hash: nonASCII ? HashBits.hash(word: text) : hash))
        return i
    }
}
