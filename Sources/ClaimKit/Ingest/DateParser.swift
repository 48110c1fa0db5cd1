import Foundation

/// Reads publication dates from metadata values, datelines and URLs, as ISO 8601 strings.
///
/// Never consults the clock: a date is either in the input or absent.
enum DateParser {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    private static let fillerWords: Set<String> = [
        "published", "updated", "update", "last", "posted", "on", "at", "am", "pm", "a.m", "p.m", "gmt", "utc", "et",
        "est",
        "edt", "bst", "cet", "cest", "pt", "pst", "pdt", "ist", "msk", "trt", "date", "modified", "created", "first",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "of", "the", "th", "st", "nd", "rd",
        "hours", "ago", "minutes", "min", "read",
    ]

    /// An ISO 8601 date or date-time from a machine-readable value ("2023-09-19T08:10:00+03:00",
    /// "2023-09-19", "20230919", or a textual date such as "Sep 19, 2023").
    static func iso(from raw: String) -> String? {
        let value = ByteSearch.trimmed(raw)
        let b = Array(value.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for k in from..<(from + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        if let y = digits(0, 4), b.count >= 10, b[4] == 0x2D, let m = digits(5, 2), b[7] == 0x2D, let d = digits(8, 2) {
            guard valid(y, m, d) else { return nil }
            let date = String(decoding: b[0..<10], as: UTF8.self)
            if b.count >= 16 && (b[10] == UInt8(ascii: "T") || b[10] == 0x20), let hh = digits(11, 2), b[13] == 0x3A,
                let mm = digits(14, 2), hh < 24, mm < 60
            {
                var end = 16
                if b.count >= 19 && b[16] == 0x3A, digits(17, 2) != nil { end = 19 }
                while end < b.count && (b[end] == 0x2E || (b[end] >= 0x30 && b[end] <= 0x39)) && b[end - 1] != 0x20 {
                    end += 1
                }
                var zone = ""
                if end < b.count {
                    if b[end] == UInt8(ascii: "Z") {
                        zone = "Z"
                    } else if b[end] == 0x2B || b[end] == 0x2D, let zh = digits(end + 1, 2) {
                        if let zm = digits(end + 4, 2), end + 3 < b.count, b[end + 3] == 0x3A {
                            zone = String(format2(zh, zm, sign: b[end]))
                        } else if let zm = digits(end + 3, 2) {
                            zone = String(format2(zh, zm, sign: b[end]))
                        }
                    }
                }
                let time = String(decoding: b[11..<end], as: UTF8.self)
                let seconds = end >= 19 ? time : time + ":00"
                return date + "T" + seconds.prefix(8) + zone
            }
            return date
        }
        if b.count == 8, let y = digits(0, 4), let m = digits(4, 2), let d = digits(6, 2), valid(y, m, d) {
            return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
        }
        return textualDate(in: value)?.iso
    }

    private static func format2(_ h: Int, _ m: Int, sign: UInt8) -> String {
        (sign == 0x2B ? "+" : "-") + pad(h, 2) + ":" + pad(m, 2)
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31
    }

    /// A date written in words ("November 25, 2022", "25 Nov 2022", "Nov. 25 2022") somewhere in `text`,
    /// with the number of words it spans.
    static func textualDate(in text: String) -> (iso: String, words: Int)? {
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        guard words.count >= 3 else { return nil }
        for i in 0..<(words.count - 2) {
            // Month Day Year
            if let m = months[String(words[i])], let d = Int(words[i + 1]), let y = Int(words[i + 2]), valid(y, m, d),
                words[i + 2].count == 4
            {
                return (pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2), 3)
            }
            // Day Month Year
            if let d = Int(words[i]), let m = months[String(words[i + 1])], let y = Int(words[i + 2]), valid(y, m, d),
                words[i + 2].count == 4
            {
                return (pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2), 3)
            }
        }
        return nil
    }

    /// True when `text` is only a date (with time, weekday or "Published"/"Updated" words): a dateline.
    /// A byte scan: it runs on every short block of every page.
    static func isDateLine(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= 80, bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var hasMonth = false, hasYear = false, hasTime = false
        var numeric = 0, others = 0, fillers = 0
        var isoLike = false
        // An ISO date at the start ("2022-11-25", "2022-11-25T10:00").
        if bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[0...3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
            isoLike = true
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let isWordByte = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80
            if !isWordByte {
                if b == 0x3A, i > 0, i + 1 < bytes.count, bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39,
                    bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39
                {
                    hasTime = true
                }
                i += 1
                continue
            }
            let (end, word, allDigits, nonASCII) = dateLineWord(bytes, from: i)
            i = end
            if nonASCII { others += 1; continue }
            let string = String(decoding: word, as: UTF8.self)
            if allDigits {
                numeric += 1
                if word.count == 4 { hasYear = true }
            } else if months[string] != nil {
                hasMonth = true
            } else if fillerWords.contains(string) {
                fillers += 1
            } else if word.count > 2, word.prefix(word.count - 2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                ["th", "st", "nd", "rd"].contains(String(decoding: word.suffix(2), as: UTF8.self))
            {
                numeric += 1  // "25th"
            } else {
                others += 1
            }
        }
        if isoLike && others <= 1 { return true }
        if hasMonth && numeric >= 1 && others == 0 { return true }
        if hasYear && hasMonth && others <= 1 && bytes.count <= 40 { return true }
        // "Updated at 1:23 p.m.": a time with only dateline words around it.
        return hasTime && others == 0 && fillers >= 1
    }

    /// The word of a dateline starting at `i` (letters, digits, a dot inside an abbreviation), lower-cased,
    /// with the index after it and whether it is all digits or holds non-ASCII bytes.
    @inline(__always)
    private static func dateLineWord(_ bytes: [UInt8], from i: Int) -> (
        end: Int, word: [UInt8], allDigits: Bool, nonASCII: Bool
    ) {
        var j = i
        var word: [UInt8] = []
        var allDigits = true, nonASCII = false
        while j < bytes.count {
            let c = bytes[j]
            let inWord =
                (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c >= 0x80
                || (c == 0x2E && j + 1 < bytes.count && bytes[j + 1] | 0x20 >= 0x61 && bytes[j + 1] | 0x20 <= 0x7A)
            if !inWord { break }
            if c >= 0x80 { nonASCII = true }
            if !(c >= 0x30 && c <= 0x39) { allDigits = false }
            word.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
            j += 1
        }
        return (j, word, allDigits, nonASCII)
    }

    /// A date in a URL path: /2023/09/19/, /2023-09-19/ or /20230919/.
    static func dateInURL(_ url: String) -> String? {
        let b = Array(url.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from >= 0, from + count <= b.count else { return nil }
            var v = 0
            for k in from..<(from + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        var i = 0
        while i + 9 < b.count {
            if b[i] == 0x2F, let y = num(i + 1, 4), y >= 1990, y <= 2100 {
                let sep = b[i + 5]
                if sep == 0x2F || sep == 0x2D, let m = num(i + 6, 2), i + 8 < b.count, b[i + 8] == sep,
                    let d = num(i + 9, 2), valid(y, m, d)
                {
                    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
                }
                if let m = num(i + 5, 2), let d = num(i + 7, 2), valid(y, m, d),
                    i + 9 == b.count || !(b[i + 9] >= 0x30 && b[i + 9] <= 0x39)
                {
                    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
                }
            }
            i += 1
        }
        return nil
    }
}
