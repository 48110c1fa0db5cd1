import Foundation

/// CSV (RFC 4180: CRLF line ends, quoted fields where needed, a header row): one row per claim with
/// its fact, so the comparison opens in a spreadsheet.
public struct CSVRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    static let header = ["group", "fact", "category", "outlet", "published", "value", "upper", "qualifier", "unit",
                         "subject", "speaker", "speaker_entity", "sentence", "article", "source", "differences"]

    /// The report as CSV text.
    public func render(_ report: Report) -> String {
        var out = CSVField.row(CSVRenderer.header)
        let groupOf = Dictionary(uniqueKeysWithValues: report.groups.map { ($0.id, $0) })
        for claim in report.claims {
            let group = claim.group.flatMap { groupOf[$0] }
            let source = report.source(ofArticle: claim.article)
            let outlet: String = source?.outlet ?? claim.outlet ?? ""
            let published: String = claim.published ?? source?.published ?? ""
            let value: String = claim.value.map { JSONObjectWriter.number($0) } ?? ""
            let upper: String = claim.upper.map { JSONObjectWriter.number($0) } ?? ""
            let differences: String = group?.differences.map(\.detail).joined(separator: "; ") ?? ""
            var row: [String] = [claim.group ?? "", group?.summary ?? "", claim.category.rawValue, outlet, published]
            row += [value, upper, claim.qualifier.rawValue, claim.unit ?? "", claim.subject]
            row += [claim.speaker ?? "", claim.speakerEntity ?? "", claim.sentence, claim.article, source?.source ?? "", differences]
            out += CSVField.row(row)
        }
        return out
    }
}
