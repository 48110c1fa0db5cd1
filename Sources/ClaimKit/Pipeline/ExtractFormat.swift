/// The output formats of `claims extract`: how one article's claims are written.
public enum ExtractFormat: String, Sendable, CaseIterable {
    case jsonl, csv, table

    /// What is written before the first article (the CSV header).
    public var header: String { self == .csv ? ClaimCSV.header : "" }

    /// One article's claims; `article` is its record line (JSON Lines only) when not nil.
    func render(_ article: Article, _ claims: [Claim], articleRecord: String?, width: Int) -> String {
        switch self {
        case .jsonl: return (articleRecord.map { $0 + "\n" } ?? "") + claims.map { $0.jsonLine + "\n" }.joined()
        case .csv: return claims.map(ClaimCSV.row).joined()
        case .table: return Self.table(article, claims, width: width)
        }
    }

    /// One article's block in the table format: a heading line, then its claims (or none).
    static func table(_ article: Article, _ claims: [Claim], width: Int) -> String {
        var heading = article.path
        let about = [article.outlet, article.published].compactMap { $0 }
        if !about.isEmpty { heading += " (" + about.joined(separator: ", ") + ")" }
        heading += ": \(claims.count) \(claims.count == 1 ? "claim" : "claims")"
        return TextSanitizer.line(heading) + "\n"
            + (claims.isEmpty ? "" : ReadableClaimTable.render(claims, width: width)) + "\n"
    }
}
