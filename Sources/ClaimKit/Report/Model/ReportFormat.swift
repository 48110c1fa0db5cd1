/// The output formats of `claims report`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, markdown, csv, jsonl, json, html
    /// Each article's story and wire-copy source, then the stories: the first pass of a blocked reduce.
    case stories

    /// Renders `report` in this format. `color` adds ANSI colours to `table`; `width` is the terminal width.
    public func render(_ report: Report, color: Bool = false, width: Int = 100) -> String {
        switch self {
        case .table: return TableRenderer(width: width, color: color).render(report)
        case .markdown: return MarkdownRenderer().render(report)
        case .csv: return CSVRenderer().render(report)
        case .jsonl: return JSONLRenderer().render(report)
        case .json: return JSONRenderer().render(report)
        case .html: return HTMLRenderer().render(report)
        case .stories:
            var out = ""
            StoryPlanRenderer().write(report) { out += $0 }
            return out
        }
    }

    /// Renders `report` in pieces handed to `sink` in order; JSON Lines goes line by line, so writing
    /// it out never holds the whole report text.
    public func write(_ report: Report, color: Bool = false, width: Int = 100, to sink: (String) -> Void) {
        switch self {
        case .jsonl: JSONLRenderer().write(report, to: sink)
        case .stories: StoryPlanRenderer().write(report, to: sink)
        default: sink(render(report, color: color, width: width))
        }
    }
}
