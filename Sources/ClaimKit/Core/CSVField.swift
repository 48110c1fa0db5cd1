/// RFC 4180 CSV fields and rows, for any CSV the tool writes (claims, reports).
public enum CSVField {
    /// `value` as one CSV field: quoted (with inner quotes doubled) when it holds a comma,
    /// a quote, a line break or leading/trailing white space; else as is. nil is an empty field.
    public static func escape(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "" }
        var needsQuotes = false
        for scalar in value.unicodeScalars {
            if scalar == "," || scalar == "\"" || scalar == "\n" || scalar == "\r" { needsQuotes = true; break }
        }
        if let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
           first == " " || last == " " || first == "\t" || last == "\t" {
            needsQuotes = true
        }
        guard needsQuotes else { return value }
        var out = "\""
        for c in value.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }

    /// One CSV record: the escaped fields joined by commas, ended by CRLF as RFC 4180 says.
    public static func row(_ fields: [String?]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }
}
