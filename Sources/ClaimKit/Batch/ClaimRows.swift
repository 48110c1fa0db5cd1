import Foundation

/// Interim CSV and table rows for `claims extract` until the extract stage ships its own renderers.
public enum ClaimRows {
    /// The CSV columns, in the claim record's order.
    public static let columns = ["article", "outlet", "published", "category", "value", "upper", "qualifier", "unit",
                                 "subject", "speaker", "speaker_entity", "sentence", "start", "end"]

    /// The CSV header line (no line break).
    public static var csvHeader: String { columns.joined(separator: ",") }

    /// One claim as an RFC 4180 CSV line (no line break).
    public static func csvRow(_ claim: Claim) -> String {
        let fields: [String] = [
            claim.article, claim.outlet ?? "", claim.published ?? "", claim.category.rawValue,
            number(claim.value), number(claim.upper), claim.qualifier.rawValue, claim.unit ?? "",
            claim.subject, claim.speaker ?? "", claim.speakerEntity ?? "", claim.sentence,
            String(claim.start), String(claim.end),
        ]
        return fields.map(quoted).joined(separator: ",")
    }

    /// A readable block for one article: a heading line, then one line per claim.
    public static func table(for article: Article, claims: [Claim]) -> String {
        var out = "\(article.path)"
        let about = [article.outlet, article.published].compactMap { $0 }
        if !about.isEmpty { out += " (" + about.joined(separator: ", ") + ")" }
        out += ": \(claims.count) \(claims.count == 1 ? "claim" : "claims")\n"
        for claim in claims {
            var value = number(claim.value)
            if claim.upper != nil { value += "-" + number(claim.upper) }
            if let unit = claim.unit { value = unit + " " + value }
            let cells = [
                pad(claim.category.rawValue, 10), pad(claim.qualifier.rawValue, 10), pad(value, 16),
                pad(claim.subject, 32), claim.speakerEntity ?? claim.speaker ?? "(unattributed)",
            ]
            out += "  " + cells.joined(separator: " ") + "\n"
        }
        return out + "\n"
    }

    static func number(_ value: Double?) -> String {
        value == nil ? "" : JSONObjectWriter.number(value)
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let single = text.replacingOccurrences(of: "\n", with: " ")
        if single.count > width { return String(single.prefix(width - 1)) + "…" }
        return single + String(repeating: " ", count: width - single.count)
    }
}
