/// Claims as a terminal table with numbers written as the report writes them ("USD 25 billion",
/// "more than 300", "dozens"), so `claims extract` and `claims report` read the same.
///
/// The layout is `ClaimTable`'s (Extract); only the VALUE column differs: it holds the hedge and
/// the number in words, so the QUALIFIER column is dropped.
package enum ReadableClaimTable {
    /// The header line and one line per claim, fitted to `width` columns (the sentence column
    /// takes what is left, at least 20, and is cut with "…").
    package static func render(_ claims: [Claim], width: Int = 120) -> String {
        let headers = ["CATEGORY", "VALUE", "SUBJECT", "SPEAKER", "SENTENCE"]
        let rows: [[String]] = claims.map { c in
            [c.category.rawValue, NumberText.claimValue(c), c.subject, c.speakerEntity ?? c.speaker ?? "—", c.sentence]
                .map(ClaimTable.singleLine)
        }
        let caps = [10, 28, 30, 30]
        var widths = (0..<4).map { col in
            min(caps[col], max(headers[col].count, rows.map { $0[col].unicodeScalars.count }.max() ?? 0))
        }
        // Narrow terminals: give up subject and speaker width (down to 8) before the sentence's 20.
        while widths.reduce(0, +) + 2 * 4 + 20 > width, widths[2] > 8 || widths[3] > 8 {
            if widths[2] >= widths[3] { widths[2] -= 1 } else { widths[3] -= 1 }
        }
        widths.append(max(20, width - widths.reduce(0, +) - 2 * 4))
        var out = ClaimTable.line(headers, widths) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += ClaimTable.line(row, widths) + "\n" }
        return out
    }
}
