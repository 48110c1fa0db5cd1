/// Markdown: per story its articles (linked to their URLs) and per-outlet summary, then per fact a
/// table of the outlets telling it and a list of differences; then a coverage matrix of facts × outlets.
package struct MarkdownRenderer: Sendable {
    /// Creates the renderer.
    package init() {}

    /// The report as Markdown.
    package func render(_ report: Report) -> String {
        var out = "# Claims report\n\n"
        out +=
            "\(report.sources.count) articles from \(report.outlets.count) outlets, \(report.claims.count) claims, \(report.groups.count) facts.\n\n"
        let counts = report.differenceCounts.filter { $0.count > 0 }
        if !counts.isEmpty {
            out +=
                "Differences: " + counts.map { "\($0.count) \(ReportText.kindName($0.kind))" }.joined(separator: ", ")
                + ".\n\n"
        }
        let copies = report.sources.filter { !$0.copies.isEmpty }
        if !copies.isEmpty {
            out +=
                "Wire copies (one source): "
                + copies.map { "\(cell($0.outlet)) = \($0.source)" }.joined(separator: ", ") + ".\n\n"
        }
        for (story, groups) in ReportText.stories(report) { out += section(story, groups, report) }
        let timelines = ReportText.timelines(report)
        if !timelines.isEmpty {
            out +=
                "## Timelines\n\nThe same measure reported at different dates (a running count, not a disagreement).\n\n"
            for (id, steps) in timelines {
                out +=
                    "- \(id): "
                    + steps.map {
                        "\(cell($0.group.valueText)) (\($0.group.published?.iso ?? "undated"), \($0.group.id))"
                    }
                    .joined(separator: " → ") + "\n"
            }
            out += "\n"
        }
        out += "## Coverage\n\n| fact | " + report.outlets.map(cell).joined(separator: " | ") + " |\n"
        out += "|---|" + report.outlets.map { _ in "---|" }.joined() + "\n"
        for group in report.groups {
            out += "| \(group.id) \(cell(group.summary)) | "
            out +=
                report.outlets.map { ReportText.coverage(group, outlet: $0, report: report) }.joined(separator: " | ")
                + " |\n"
        }
        return out
    }

    /// One story: its title, terms, articles and per-outlet summary, then its facts.
    private func section(_ story: Story, _ groups: [FactGroup], _ report: Report) -> String {
        var out = "## \(cell(ReportText.storyTitle(story)))\n\n"
        if !story.terms.isEmpty { out += "About: \(cell(story.terms.joined(separator: ", "))).\n\n" }
        let sources = report.sources.filter { $0.story == story.id }
        if !sources.isEmpty {
            out +=
                "Articles: "
                + sources.map { s in
                    let name = cell(s.title ?? ReportBuilder.fileName(s.path))
                    return "\(cell(s.outlet)), " + (s.url.map { "[\(name)](<\($0)>)" } ?? name)
                }.joined(separator: "; ") + ".\n\n"
        }
        if !story.outlets.isEmpty {
            out += "| outlet | articles | facts told | left out | credited to a speaker |\n|---|---|---|---|---|\n"
            for o in story.outlets {
                out +=
                    "| \(cell(o.outlet)) | \(o.articles) | \(o.told.count) | \(o.omitted.count)\(o.omitted.isEmpty ? "" : " (" + o.omitted.map(\.rawValue).joined(separator: ", ") + ")") | "
                out += o.claims == 0 ? "— |\n" : "\(o.attributed) of \(o.claims) (\(o.attributedPercent)%) |\n"
            }
            out += "\n"
        }
        for group in groups { out += fact(group, report) }
        return out
    }

    /// One fact: its heading, a table of the claims telling it, then its differences.
    private func fact(_ group: FactGroup, _ report: Report) -> String {
        var out = "### \(group.id) · \(cell(group.summary))\n\n"
        out += ReportText.relations(group).map { "*\(cell($0))*\n\n" } ?? ""
        out += "| outlet | date | value | subject | speaker | sentence |\n|---|---|---|---|---|---|\n"
        for claim in report.claims(of: group) {
            let source = report.source(ofArticle: claim.article)
            out +=
                "| \(cell(source?.outlet ?? claim.outlet ?? "")) | \(claim.published ?? source?.published?.iso ?? "") | "
            out +=
                "\(cell(NumberText.claimValue(claim))) | \(cell(claim.subject)) | \(cell(ReportText.speaker(claim))) | \(cell(claim.sentence)) |\n"
        }
        out += "\n"
        for difference in group.differences {
            out += "- **\(ReportText.name(of: difference))**: " + cell(ReportText.variants(difference)) + "\n"
        }
        if !group.differences.isEmpty { out += "\n" }
        return out
    }

    /// Text safe inside a table cell: no pipes, no line breaks or control characters, no HTML.
    private func cell(_ text: String) -> String {
        var out = ""
        for ch in TextSanitizer.line(text) {
            switch ch {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "*", "_", "`", "[", "]": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
