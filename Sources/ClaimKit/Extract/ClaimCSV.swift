/// Claims as CSV (RFC 4180, UTF-8, CRLF line ends, a header row): opens in a spreadsheet.
package enum ClaimCSV {
    /// The column names, in the order of the JSON record (GUIDE.md), then trigger and cue.
    public static let columns = [
        "article", "outlet", "published", "category", "value", "upper", "qualifier", "unit", "subject", "speaker",
        "speaker_entity", "sentence", "start", "end", "trigger", "cue", "group",
    ]

    /// The header row.
    public static var header: String { CSVField.row(columns) }

    /// One claim as a row (numbers as in JSON; empty fields for null).
    public static func row(_ c: Claim) -> String {
        func number(_ v: Double?) -> String? { v == nil || !(v!.isFinite) ? nil : JSONObjectWriter.number(v) }
        return CSVField.row([
            c.article, c.outlet, c.published, c.category.rawValue, number(c.value), number(c.upper),
            c.qualifier.rawValue, c.unit,
            c.subject, c.speaker, c.speakerEntity, c.sentence, String(c.start), String(c.end), c.trigger, c.cue,
            c.group,
        ])
    }

    /// A whole CSV document: header and one row per claim.
    public static func document(_ claims: [Claim]) -> String {
        var out = header
        for c in claims { out += row(c) }
        return out
    }
}
