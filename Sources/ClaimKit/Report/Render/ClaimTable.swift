/// Claims as a plain-text table for reading in a terminal, and the column layout every claim table
/// shares (`ReadableClaimTable` is this layout with the numbers in words).
package enum ClaimTable {
    /// The header line and one line per claim, fitted to `width` columns (the sentence column
    /// takes what is left and is cut with "…"). Columns: category, value, qualifier, subject,
    /// speaker, sentence. Cells are single-line; widths count Unicode scalars.
    public static func render(_ claims: [Claim], width: Int = 120) -> String {
        let headers = ["CATEGORY", "VALUE", "QUALIFIER", "SUBJECT", "SPEAKER", "SENTENCE"]
        let rows: [[String]] = claims.map { c in
            [
                c.category.rawValue, value(c), c.qualifier.rawValue, c.subject, c.speakerEntity ?? c.speaker ?? "—",
                c.sentence,
            ]
        }
        return layout(headers: headers, rows: rows, caps: [10, 22, 10, 30, 30], width: width)
    }

    /// The table of `rows` under `headers`, every cell on one line: each column but the last as wide
    /// as its widest cell up to its cap in `caps`, the last (the sentence) takes what is left of
    /// `width`, at least 20, cut with "…". On narrow terminals the last two capped columns (subject
    /// and speaker) give up width, down to 8, before the sentence goes under 20.
    static func layout(headers: [String], rows: [[String]], caps: [Int], width: Int) -> String {
        let rows = rows.map { $0.map(singleLine) }
        let n = caps.count
        var widths = (0..<n).map { col in
            min(caps[col], max(headers[col].count, rows.map { $0[col].unicodeScalars.count }.max() ?? 0))
        }
        let (a, b) = (n - 2, n - 1)
        while widths.reduce(0, +) + 2 * n + 20 > width, widths[a] > 8 || widths[b] > 8 {
            if widths[a] >= widths[b] { widths[a] -= 1 } else { widths[b] -= 1 }
        }
        widths.append(max(20, width - widths.reduce(0, +) - 2 * n))
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
