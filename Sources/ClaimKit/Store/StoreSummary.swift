/// What one `claims db update` did: the batch's counts plus what changed in the database.
public struct StoreSummary: Sendable, Equatable {
    /// The walk and ingest counts; `batch.read` counts the pages actually read and extracted.
    public var batch = BatchSummary()
    /// Files found whose content hash matched the stored one: not read again.
    public var unchanged = 0
    /// Files new to the database.
    public var added = 0
    /// Files whose content changed: their rows were replaced.
    public var replaced = 0
    /// Stored files removed by `--prune` (or gone when named again and failing).
    public var removed = 0
    /// Articles in the database after the update.
    public var articles = 0
    /// Claims in the database after the update.
    public var claims = 0
    /// Stories after the update.
    public var stories = 0
    /// Facts after the update.
    public var facts = 0

    /// Creates an empty summary.
    public init() {}

    /// The exit status of the update: as a batch's, except that files found unchanged count as
    /// found (an update with nothing new to read is not a run that found no article).
    public var exitStatus: Int32 {
        var found = batch
        found.read += unchanged
        return found.exitStatus
    }

    /// The summary as one line for stderr:
    /// `claims: db: 10 pages read, 1810 unchanged, 10 added, 0 replaced, 0 removed; now 1820 articles, ... 1.2 s`.
    public var line: String {
        var parts = ["\(batch.read) \(batch.read == 1 ? "page" : "pages") read"]
        if batch.skippedCount > 0 { parts.append("\(batch.skippedCount) skipped") }
        parts += ["\(unchanged) unchanged", "\(added) added", "\(replaced) replaced", "\(removed) removed"]
        let totals = ["\(articles) articles", "\(claims) claims", "\(stories) stories", "\(facts) facts"]
        return "claims: db: " + parts.joined(separator: ", ") + "; now " + totals.joined(separator: ", ")
            + ", " + BatchSummary.duration(batch.seconds)
    }
}
