/// RFC 4180 CSV fields and rows, for any CSV the tool writes (claims, reports).
package enum CSVField {
    /// `value` as one CSV field: quoted (with inner quotes doubled) when it holds a comma,
    /// a quote, a line break or leading/trailing white space; else as is. nil is an empty field.
    /// A text a spreadsheet would run as a formula gets a leading `'` first (see `defusingFormula`);
    /// control characters other than line breaks and tabs become U+FFFD (`TextSanitizer.block`).
    package static func escape(_ value: String?) -> String {
        guard var value, !value.isEmpty else { return "" }
        value = defusingFormula(TextSanitizer.block(value, keepingReturns: true))
        var needsQuotes = false
        for scalar in value.unicodeScalars {
            if scalar == "," || scalar == "\"" || scalar == "\n" || scalar == "\r" { needsQuotes = true; break }
        }
        if let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            first == " " || last == " " || first == "\t" || last == "\t"
        {
            needsQuotes = true
        }
        guard needsQuotes else { return value }
        var out = "\""
        for c in value.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }

    /// `value` with a leading `'` when it starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return: spreadsheets run such a cell as a formula (an outlet named `@handle` or a sentence
    /// opening with a dash would), and show the `'` as "this is text". A plain number such as
    /// `-3` or `+1.5` is left alone: it is read as the number it is, never as a formula.
    package static func defusingFormula(_ value: String) -> String {
        guard let first = value.unicodeScalars.first,
            first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
        else { return value }
        if first == "+" || first == "-", isPlainNumber(value.unicodeScalars.dropFirst()) { return value }
        return "'" + value
    }

    /// Digits with at most one inner decimal point.
    private static func isPlainNumber(_ scalars: Substring.UnicodeScalarView) -> Bool {
        var digits = 0, points = 0
        for s in scalars {
            if s >= "0" && s <= "9" { digits += 1 } else if s == "." { points += 1 } else { return false }
        }
        return digits > 0 && points <= 1 && scalars.last != "."
    }

    /// One CSV record: the escaped fields joined by commas, ended by CRLF as RFC 4180 says.
    package static func row(_ fields: [String?]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }
}
