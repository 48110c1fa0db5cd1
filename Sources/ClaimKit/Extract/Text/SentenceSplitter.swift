/// Splits news text into sentences by scanning UTF-8 bytes once.
///
/// A line break always ends a sentence (headlines, datelines and captions carry no full
/// stop). A `.`, `!` or `?` (with any closing quotes or brackets after it) ends one when
/// white space and then a capital, a digit, an opening quote or bracket follow, unless the
/// word before the stop is a known abbreviation ("Nov.", "Mr.", "Gen.", "No.") or an
/// initial ("U.S.", "J."). Decimals ("7,135.1") never split because no space follows.
public struct SentenceSplitter: Sendable {
    /// Abbreviations that do not end a sentence (lower case, without the dot).
    public var abbreviations: Set<String>
    /// A sentence longer than this (in bytes) is cut at the next white space (at twice this, anywhere
    /// between characters): no real sentence is this long.
    public var maxSentenceBytes: Int

    /// Creates a splitter with the default abbreviations of news English.
    public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations, maxSentenceBytes: Int = 4_000) {
        self.abbreviations = abbreviations
        self.maxSentenceBytes = maxSentenceBytes
    }

    /// Titles, months and other short forms that news English writes with a dot.
    public static let defaultAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
        "brig", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "supt", "insp", "det", "st", "mt", "ft", "jr", "sr",
        "no", "nos", "vol", "art", "fig", "approx", "est", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "vs",
        "v",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "al", "ave", "blvd", "rd",
    ]

    /// The sentences of `text`.
    public func split(_ text: String) -> [Sentence] {
        split(bytes: Array(text.utf8))
    }

    /// The sentences of UTF-8 `bytes`.
    public func split(bytes: [UInt8]) -> [Sentence] {
        split(bytes: bytes, withText: true)
    }

    /// The sentences of UTF-8 `bytes`; without `withText`, `text` is left empty (the caller makes
    /// it from the byte range only for the few sentences it keeps).
    func split(bytes: [UInt8], withText: Bool) -> [Sentence] {
        var ranges: [(Int, Int, Bool)] = []
        let n = bytes.count
        var start = -1
        var i = 0
        func close(_ end: Int, stop: Bool) {
            if start >= 0 {
                var e = end
                while e > start, Self.isTrailingSpace(bytes, e) { e -= 1 }
                if e > start { ranges.append((start, e, !stop)) }
            }
            start = -1
        }
        while i < n {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                close(i, stop: false)
                i += 1
                continue
            }
            if start < 0 {
                let skip = Self.leadingJunk(bytes, i)
                if skip > 0 { i += skip; continue }
                start = i
            }
            // Runaway "sentences" (tables, junk) are cut at white space, or at a character boundary
            // when there is none, so no sentence grows past twice the cap and every later step stays linear.
            if i - start >= maxSentenceBytes {
                let space = Self.spaceLength(bytes, i)
                if space > 0 {
                    close(i, stop: true)
                    i += space
                    continue
                }
                if i - start >= 2 * maxSentenceBytes, b & 0xC0 != 0x80 {
                    close(i, stop: true)
                    continue
                }
            }
            if b == 0x2E || b == 0x21 || b == 0x3F {
                let (next, end) = afterStop(bytes, at: i)
                if let end { close(end, stop: true) }
                i = next
                continue
            }
            i += 1
        }
        if start >= 0, let last = Self.lastRange(bytes, from: start) { ranges.append(last) }
        return sentences(of: ranges, in: bytes, withText: withText)
    }

    /// The sentence that runs from `start` to the end of `bytes`, if it holds more than white space;
    /// without a final stop mark or closing quote it is a headline.
    private static func lastRange(_ bytes: [UInt8], from start: Int) -> (Int, Int, Bool)? {
        var e = bytes.count
        while e > start, isTrailingSpace(bytes, e) { e -= 1 }
        guard e > start else { return nil }
        let last = bytes[e - 1]
        let stopped =
            last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x29
            || (e >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80
                && (bytes[e - 1] == 0x9D || bytes[e - 1] == 0x99))
        return (start, e, !stopped)
    }

    /// At the stop mark `bytes[i]`: where the scan goes on, and where the sentence ends if it ends
    /// there (after closing quotes and brackets, before white space and a sentence start or a line end).
    private func afterStop(_ bytes: [UInt8], at i: Int) -> (next: Int, end: Int?) {
        let n = bytes.count, b = bytes[i]
        var j = i + 1
        while j < n {
            let c = bytes[j]
            if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
                j += 1; continue
            }
            if c == 0xE2 && j + 2 < n && bytes[j + 1] == 0x80 && (bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99) {
                j += 3; continue
            }
            if c == 0xC2 && j + 1 < n && bytes[j + 1] == 0xBB { j += 2; continue }
            break
        }
        // "killed 300 people.[219] Later ...": citation marks after the stop belong to it.
        while j + 2 < n, bytes[j] == 0x5B {
            var k = j + 1
            while k < n, k - j <= 6, bytes[k] != 0x5D, bytes[k] != 0x20, bytes[k] != 0x0A { k += 1 }
            guard k < n, bytes[k] == 0x5D, k > j + 1 else { break }
            j = k + 1
        }
        if j >= n { return (j, nil) }
        if Self.spaceLength(bytes, j) == 0 { return (j, nil) }
        var k = j
        while k < n, Self.spaceLength(bytes, k) > 0, bytes[k] != 0x0A, bytes[k] != 0x0D {
            k += Self.spaceLength(bytes, k)
        }
        if k >= n || bytes[k] == 0x0A || bytes[k] == 0x0D { return (k, j) }
        if b == 0x2E && isAbbreviation(bytes, dot: i, next: k) { return (j, nil) }
        if Self.startsSentence(bytes, k) { return (k, j) }
        return (j, nil)
    }

    /// The sentences of `ranges` with their scalar offsets; a range closed by a line break without
    /// a stop mark is a headline.
    private func sentences(of ranges: [(Int, Int, Bool)], in bytes: [UInt8], withText: Bool) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        var scalarIndex = 0
        var byteIndex = 0
        for (s, e, _) in ranges {
            while byteIndex < s { if bytes[byteIndex] & 0xC0 != 0x80 { scalarIndex += 1 }; byteIndex += 1 }
            let startScalar = scalarIndex
            while byteIndex < e { if bytes[byteIndex] & 0xC0 != 0x80 { scalarIndex += 1 }; byteIndex += 1 }
            let last = bytes[e - 1]
            let stopped =
                last == 0x2E || last == 0x21 || last == 0x3F
                || ((last == 0x22 || last == 0x29 || last == 0x27 || last == 0x9D || last == 0x99 || last == 0xBB)
                    && e >= 2
                    && Self.stopBeforeClosers(bytes, e, s))
            sentences.append(
                Sentence(
                    text: withText ? String(decoding: bytes[s..<e], as: UTF8.self) : "", start: startScalar,
                    end: scalarIndex,
                    byteStart: s, byteEnd: e, isHeadline: !stopped))
        }
        return sentences
    }

    /// True when a `.`/`!`/`?` precedes the closing quotes and brackets that end `bytes[..<end]`.
    private static func stopBeforeClosers(_ bytes: [UInt8], _ end: Int, _ start: Int) -> Bool {
        var e = end
        while e > start {
            let c = bytes[e - 1]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { e -= 1; continue }
            if e - 3 >= start && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && (c == 0x9D || c == 0x99) {
                e -= 3; continue
            }
            if e - 2 >= start && bytes[e - 2] == 0xC2 && c == 0xBB { e -= 2; continue }
            return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2C
        }
        return false
    }

    /// Length of the white-space character at `i` (ASCII space or tab, NBSP), else 0.
    static func spaceLength(_ bytes: [UInt8], _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C { return 1 }
        if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] <= 0x8B || bytes[i + 2] == 0xAF) {
            return 3
        }
        return 0
    }

    private static func isTrailingSpace(_ bytes: [UInt8], _ end: Int) -> Bool {
        let b = bytes[end - 1]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C { return true }
        if b == 0xA0 && end >= 2 && bytes[end - 2] == 0xC2 { return true }
        return false
    }

    /// Bytes to skip before a sentence starts: white space and list bullets ("•", "*", "-", "–").
    private static func leadingJunk(_ bytes: [UInt8], _ i: Int) -> Int {
        let space = spaceLength(bytes, i)
        if space > 0 { return space }
        let n = bytes.count
        var length = 0
        let b = bytes[i]
        if b == 0x2A || b == 0x2D || b == 0x3E {
            length = 1
        } else if b == 0xE2 && i + 2 < n
            && ((bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA2 || bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94))
                || (bytes[i + 1] == 0x96 && (bytes[i + 2] == 0xAA || bytes[i + 2] == 0xBA))
                || (bytes[i + 1] == 0x97 && bytes[i + 2] == 0x8F))
        {
            length = 3
        } else if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xB7 {
            length = 2
        }
        guard length > 0, i + length < n, spaceLength(bytes, i + length) > 0 else { return 0 }
        return length
    }

    /// A sentence may start here: a capital, a digit, an opening quote or bracket, a bullet, or a non-ASCII letter.
    private static func startsSentence(_ bytes: [UInt8], _ k: Int) -> Bool {
        let c = bytes[k]
        if c >= 0x41 && c <= 0x5A { return true }
        if c >= 0x30 && c <= 0x39 { return true }
        if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B || c == 0x24 { return true }
        if c >= 0x80 {
            let (scalar, _) = Tokenizer.decodeScalar(bytes, k)
            if scalar == 0x201C || scalar == 0x2018 || scalar == 0xAB || scalar == 0x2022 || scalar == 0x20AC
                || scalar == 0xA3
            {
                return true
            }
            // Latin capitals with diacritics (À..Þ) and other scripts start sentences too.
            if scalar >= 0xC0 && scalar <= 0xDE { return true }
            if scalar > 0x24F { return true }
            return false
        }
        return false
    }

    /// The word before the dot at `dot` is an abbreviation or an initial.
    private func isAbbreviation(_ bytes: [UInt8], dot: Int, next: Int) -> Bool {
        var s = dot
        while s > 0, Tokenizer.isASCIILetter(bytes[s - 1]) { s -= 1 }
        let length = dot - s
        if length == 0 { return false }
        // An initial or a dotted abbreviation: "J. Smith", "U.S. troops".
        if length == 1 && (bytes[s] >= 0x41 && bytes[s] <= 0x5A || (s > 0 && bytes[s - 1] == 0x2E)) {
            return true
        }
        if s > 1 && bytes[s - 1] == 0x2E && length == 1 { return true }
        if length > 5 { return false }
        var word = ""
        for b in bytes[s..<dot] { word.unicodeScalars.append(UnicodeScalar(b | 0x20)) }
        guard abbreviations.contains(word) else { return false }
        // "no." ends a sentence unless a number follows ("No. 5").
        if word == "no" || word == "nos" || word == "art" || word == "fig" || word == "vol" {
            return Tokenizer.isDigit(bytes[next])
        }
        return true
    }
}
