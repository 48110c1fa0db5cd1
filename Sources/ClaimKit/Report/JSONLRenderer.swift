/// JSON Lines: every claim record of GUIDE.md with its `group`, then one `"record":"group"` line per
/// fact. Group lines carry no `category` key, so claim scorers skip them.
public struct JSONLRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The report as JSON Lines: claims, then group records.
    public func render(_ report: Report) -> String {
        var out = ""
        write(report) { out += $0 }
        return out
    }

    /// The report as JSON Lines handed to `sink` line by line, so a large report is never one string.
    public func write(_ report: Report, to sink: (String) -> Void) {
        for claim in report.claims { sink(claim.jsonLine + "\n") }
        for group in report.groups { sink(JSONLRenderer.groupJSON(group, report: report) + "\n") }
    }

    /// One fact as a JSON object: summary, relations and differences.
    static func groupJSON(_ group: FactGroup, report: Report) -> String {
        var w = JSONObjectWriter()
        w.add("record", "group")
        w.add("group", group.id)
        w.add("measure", group.category.rawValue)
        w.add("summary", group.summary)
        w.add("value", group.valueText)
        w.add("subject_kind", group.subjectKind)
        w.add("unit", group.unit)
        w.add("claims", group.claimIndices.count)
        w.add("outlets", group.outlets)
        w.add("independent_sources", group.independentSources)
        w.add("story", group.story)
        w.add("published", group.published)
        w.add("sum_of", group.sumOf)
        w.add("part_of", group.partOf)
        w.add("timeline", group.timeline)
        w.add("timeline_with", group.timelineWith)
        w.addRaw("differences", "[" + group.differences.map(differenceJSON).joined(separator: ",") + "]")
        return w.json
    }

    static func differenceJSON(_ difference: FactDifference) -> String {
        var w = JSONObjectWriter()
        w.add("kind", difference.kind.rawValue)
        w.add("detail", difference.detail)
        let variants = difference.variants.map { v -> String in
            var vw = JSONObjectWriter()
            vw.add("text", v.text)
            vw.add("outlets", v.outlets)
            return vw.json
        }
        w.addRaw("variants", "[" + variants.joined(separator: ",") + "]")
        return w.json
    }

    static func sourceJSON(_ source: ReportSource) -> String {
        var w = JSONObjectWriter()
        w.add("article", source.path)
        w.add("outlet", source.outlet)
        w.add("published", source.published)
        w.add("source", source.source)
        w.add("copies", source.copies)
        w.add("story", source.story)
        return w.json
    }
}
