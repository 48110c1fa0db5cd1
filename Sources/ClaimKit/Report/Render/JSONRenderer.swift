/// One JSON document: articles (with wire-copy sources, stories, headlines and URLs), stories (with
/// per-outlet summaries), facts, difference counts and claims.
package struct JSONRenderer: Sendable {
    /// Creates the renderer.
    package init() {}

    /// The report as one JSON document.
    package func render(_ report: Report) -> String {
        var counts = JSONObjectWriter()
        for (kind, count) in report.differenceCounts { counts.add(kind.rawValue, count) }
        var w = JSONObjectWriter()
        w.addRaw("articles", list(report.sources.map(JSONLRenderer.sourceJSON)))
        w.addRaw("stories", list(report.stories.map(JSONLRenderer.storyJSON)))
        w.addRaw("groups", list(report.groups.map { JSONLRenderer.groupJSON($0, report: report) }))
        w.addRaw("difference_counts", counts.json)
        w.addRaw(
            "claims",
            list(report.claims.map { JSONLRenderer.claimJSON($0, source: report.source(ofArticle: $0.article)) }))
        return w.json + "\n"
    }

    private func list(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { "  " + $0 }.joined(separator: ",\n") + "\n]"
    }
}
