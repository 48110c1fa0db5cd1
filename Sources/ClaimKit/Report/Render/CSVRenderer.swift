import Foundation

/// CSV (RFC 4180: CRLF line ends, quoted fields where needed, a header row): one row per claim with
/// its fact, its story and the article's headline and URL, and its outlet's summary in that story
/// (facts told, facts left out, share of its numbers credited to a speaker), and the fact's relations
/// (totals, parts, the timeline it is a step of), so the comparison opens in a spreadsheet.
package struct CSVRenderer: Sendable {
    /// Creates the renderer.
    package init() {}

    static let header = [
        "group", "fact", "category", "outlet", "published", "value", "upper", "qualifier", "unit",
        "subject", "speaker", "speaker_entity", "sentence", "article", "source", "differences",
        "story", "story_label", "title", "url", "outlet_facts_told", "outlet_facts_omitted",
        "outlet_attributed_share", "relations",
    ]

    /// The report as CSV text.
    package func render(_ report: Report) -> String {
        var out = CSVField.row(CSVRenderer.header)
        let labelOf = Dictionary(report.stories.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        var summaryOf: [String: OutletSummary] = [:]
        for story in report.stories {
            for o in story.outlets { summaryOf[story.id.rawValue + "\u{1F}" + o.outlet] = o }
        }
        for claim in report.claims {
            let group = claim.group.flatMap { report.group(id: FactID($0)) }
            let source = report.source(ofArticle: claim.article)
            let outlet: String = source?.outlet ?? claim.outlet ?? ""
            let published: String = claim.published ?? source?.published?.iso ?? ""
            let value: String = claim.value.map { JSONObjectWriter.number($0) } ?? ""
            let upper: String = claim.upper.map { JSONObjectWriter.number($0) } ?? ""
            let differences: String = group?.differences.map(\.detail).joined(separator: "; ") ?? ""
            var row: [String] = [claim.group ?? "", group?.summary ?? "", claim.category.rawValue, outlet, published]
            row += [value, upper, claim.qualifier.rawValue, claim.unit ?? "", claim.subject]
            row += [
                claim.speaker ?? "", claim.speakerEntity ?? "", claim.sentence, claim.article,
                source?.source.rawValue ?? "",
                differences,
            ]
            row += [
                source?.story.rawValue ?? "", source.flatMap { s in labelOf[s.story] } ?? "", source?.title ?? "",
                source?.url ?? "",
            ]
            if let source, let o = summaryOf[source.story.rawValue + "\u{1F}" + source.outlet] {
                row += [
                    "\(o.told.count)", "\(o.omitted.count)",
                    JSONObjectWriter.number((o.attributedShare * 1000).rounded() / 1000),
                ]
            } else {
                row += ["", "", ""]
            }
            row.append(group.flatMap(ReportText.relations) ?? "")
            out += CSVField.row(row)
        }
        return out
    }
}
