/// One JSON document: articles (with wire-copy sources and stories), facts, difference counts and claims.
public struct JSONRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The report as one JSON document.
    public func render(_ report: Report) -> String {
        var counts = JSONObjectWriter()
        for (kind, count) in report.differenceCounts { counts.add(kind.rawValue, count) }
        var w = JSONObjectWriter()
        w.addRaw("articles", list(report.sources.map(JSONLRenderer.sourceJSON)))
        w.addRaw("groups", list(report.groups.map { JSONLRenderer.groupJSON($0, report: report) }))
        w.addRaw("difference_counts", counts.json)
        w.addRaw("claims", list(report.claims.map(\.jsonLine)))
        return w.json + "\n"
    }

    private func list(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { "  " + $0 }.joined(separator: ",\n") + "\n]"
    }
}
