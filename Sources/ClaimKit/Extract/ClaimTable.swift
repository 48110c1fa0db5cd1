/// Claims as a plain-text table for reading in a terminal.
package enum ClaimTable {
    /// The header line and one line per claim, fitted to `width` columns (the sentence column
    /// takes what is left and is cut with "…"). Columns: category, value, qualifier, subject,
    /// speaker, sentence. Cells are single-line; widths count Unicode scalars.
    public static func render(_ claims: [Claim], width: Int = 120) -> String {
        let headers = ["CATEGORY", "VALUE", "QUALIFIER", "SUBJECT", "SPEAKER", "SENTENCE"]
        var rows: [[String]] = claims.map { c in
            [
                c.category.rawValue, value(c), c.qualifier.rawValue, c.subject, c.speakerEntity ?? c.speaker ?? "—",
                c.sentence,
            ]
        }
        rows = rows.map { $0.map(singleLine) }
        // Fixed caps for the first five columns, the sentence gets the rest (at least 20).
        let caps = [10, 22, 10, 30, 30]
        var widths = (0..<5).map { col in
            min(caps[col], max(headers[col].count, rows.map { $0[col].unicodeScalars.count }.max() ?? 0))
        }
        // Narrow terminals: give up subject and speaker width (down to 8) before the sentence's 20.
        while widths.reduce(0, +) + 2 * 5 + 20 > width, widths[3] > 8 || widths[4] > 8 {
            if widths[3] >= widths[4] { widths[3] -= 1 } else { widths[4] -= 1 }
        }
        let fixed = widths.reduce(0, +) + 2 * 5
        widths.append(max(20, width - fixed))
        var out = line(headers, widths) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r, widths) + "\n" }
        return out
    }

    static func value(_ c: Claim) -> String {
        var s = c.value == nil ? "?" : JSONObjectWriter.number(c.value)
        if c.upper != nil { s += "–" + JSONObjectWriter.number(c.upper) }
        if let unit = c.unit { s = unit + " " + s }
        return s
    }

    static func singleLine(_ s: String) -> String { TextSanitizer.line(s) }

    static func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (i, cell) in cells.enumerated() {
            let w = widths[i]
            let scalars = Array(cell.unicodeScalars)
            var text: String
            if scalars.count > w {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[0..<max(0, w - 1)])
                text = String(view) + "…"
            } else {
                text = cell + String(repeating: " ", count: w - scalars.count)
            }
            if i == cells.count - 1 { while text.hasSuffix(" ") { text.removeLast() } }
            parts.append(text)
        }
        return parts.joined(separator: "  ")
    }
}
