/// Claims as a terminal table with numbers written as the report writes them ("USD 25 billion",
/// "more than 300", "dozens"), so `claims extract` and `claims report` read the same.
///
/// The layout is `ClaimTable.layout`; only the VALUE column differs: it holds the hedge and
/// the number in words, so the QUALIFIER column is dropped.
package enum ReadableClaimTable {
    /// The header line and one line per claim, fitted to `width` columns (the sentence column
    /// takes what is left, at least 20, and is cut with "…").
    package static func render(_ claims: [Claim], width: Int = 120) -> String {
        let headers = ["CATEGORY", "VALUE", "SUBJECT", "SPEAKER", "SENTENCE"]
        let rows: [[String]] = claims.map { c in
            [c.category.rawValue, NumberText.claimValue(c), c.subject, c.speakerEntity ?? c.speaker ?? "—", c.sentence]
        }
        return ClaimTable.layout(headers: headers, rows: rows, caps: [10, 28, 30, 30], width: width)
    }
}
