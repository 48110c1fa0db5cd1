/// What a fetch run did: pages saved, failures by reason.
public struct FetchSummary: Sendable, Equatable {
    /// URLs saved into the folder.
    public var saved = 0
    /// Failed URLs by reason.
    public var failures: [FetchFailure.Reason: Int] = [:]
    /// URLs given twice or more, fetched once.
    public var duplicates = 0

    /// An empty summary (nothing fetched yet).
    public init() {}

    /// Failed URLs in all.
    public var failed: Int { failures.values.reduce(0, +) }

    /// 0 when every URL was saved, 1 when any failed.
    public var exitStatus: Int32 { failed == 0 ? 0 : 1 }

    /// `claims: 3 pages saved into out/, 2 failed: 1 404 not found, 1 timeout`.
    public func line(folder: String) -> String {
        var text = "claims: \(saved) page\(saved == 1 ? "" : "s") saved into \(folder), \(failed) failed"
        if failed > 0 {
            text +=
                ": "
                + failures.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
        }
        if duplicates > 0 { text += "; \(duplicates) duplicate URL\(duplicates == 1 ? "" : "s") fetched once" }
        return text
    }
}
