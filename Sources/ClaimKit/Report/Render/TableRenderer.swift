import Foundation

/// The terminal table: per fact a header line, one line per outlet, and its differences;
/// lines fit `width` columns; ANSI colours only when `color` is set.
package struct TableRenderer: Sendable {
    /// Columns available.
    package var width: Int
    /// Whether to add ANSI colours.
    package var color: Bool

    /// Creates the renderer for a terminal `width` columns wide.
    package init(width: Int = 100, color: Bool = false) {
        self.width = max(40, width)
        self.color = color
    }

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    /// The report as terminal text.
    package func render(_ report: Report) -> String {
        var out =
            paint(
                fit(
                    "\(report.groups.count) facts from \(report.claims.count) claims in \(report.sources.count) articles, \(report.outlets.count) outlets",
                    width), "1") + "\n"
        let counts = report.differenceCounts.filter { $0.count > 0 }
        if !counts.isEmpty {
            out +=
                fit(
                    "differences: "
                        + counts.map { "\($0.count) \(ReportText.kindName($0.kind))" }.joined(separator: ", "), width)
                + "\n"
        }
        // Columns shrink on narrow terminals so the sentence keeps about a third of the line.
        let room = max(0, width - 4 - 8 - max(30, width / 3))
        let wanted = [
            min(22, max(6, report.outlets.map(\.count).max() ?? 6)),
            min(18, max(5, report.claims.map { NumberText.claimValue($0).count }.max() ?? 5)), 24, 22,
        ]
        let scale = min(1.0, Double(room) / Double(wanted.reduce(0, +)))
        let columns = wanted.map { max(4, Int(Double($0) * scale)) }
        let (outletWidth, valueWidth, subjectWidth, speakerWidth) = (columns[0], columns[1], columns[2], columns[3])
        for (story, groups) in ReportText.stories(report) {
            out += "\n" + paint(fit("== " + ReportText.storyTitle(story), width), "1;34") + "\n"
            for o in story.outlets { out += fit("   \(o.outlet): " + ReportText.outletLine(o), width) + "\n" }
            for group in groups {
                out +=
                    "\n"
                    + paint(
                        fit(
                            "\(group.id)  \(group.summary)  [\(ReportText.count(group.outlets.count, "outlet")), \(ReportText.count(group.independentSources, "source"))]",
                            width), "1") + "\n"
                if let relations = ReportText.relations(group) {
                    out += paint(fit("    " + relations, width), "36") + "\n"
                }
                for claim in report.claims(of: group) {
                    let outlet = report.source(ofArticle: claim.article)?.outlet ?? claim.outlet ?? ""
                    let value = NumberText.claimValue(claim)
                    var line =
                        "    " + pad(outlet, outletWidth) + "  " + pad(value, valueWidth) + "  "
                        + pad(claim.subject, subjectWidth) + "  "
                    line += pad(claim.speaker ?? "own voice", speakerWidth) + "  "
                    let room = width - line.count
                    if room > 10 { line += fit("\u{201C}" + claim.sentence + "\u{201D}", room) }
                    out += fit(line, width) + "\n"
                }
                for difference in group.differences {
                    let code = difference.kind == .omission ? "31" : "33"
                    out += paint(fit("    ! " + difference.detail, width), code) + "\n"
                }
            }
        }
        return out
    }

    /// `text` cut to `width` characters with an ellipsis.
    func fit(_ text: String, _ width: Int) -> String {
        let flat = TextSanitizer.line(text)
        guard flat.count > width else { return flat }
        return String(flat.prefix(max(0, width - 1))) + "\u{2026}"
    }

    /// `text` fitted and padded with spaces to exactly `width` characters.
    func pad(_ text: String, _ width: Int) -> String {
        let cut = fit(text, width)
        return cut + String(repeating: " ", count: max(0, width - cut.count))
    }
}
