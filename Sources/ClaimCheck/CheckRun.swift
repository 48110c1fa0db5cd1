public import ClaimKit

/// One `claims check`: the pipeline's report scored against a gold file.
public struct CheckRun {
    /// The scores and the per-claim misses, extras and speaker misses.
    public var outcome: ScoreOutcome
    /// The gold articles (by name) that no article read stands for.
    public var missing: [String]
    /// How many gold articles there are.
    public var goldArticles: Int
    /// How many articles were read.
    public var articlesRead: Int
    /// The batch summary (exit status of the reading).
    public var summary: BatchSummary

    /// Builds `pipeline`'s report and scores its claims against `gold`.
    public init(_ pipeline: ClaimsPipeline, gold: GoldFile) throws(PipelineError) {
        let (report, summary) = try pipeline.buildReport()
        outcome = Scorer(gold: gold).score(report.claims)
        missing = gold.articlesMissing(from: report.articles)
        goldArticles = gold.articleOrder.count
        articlesRead = report.articles.count
        self.summary = summary
    }

    /// Scores against a gold file for other articles are all zero and mean nothing: true when
    /// the gold file names none of the articles read.
    public var readsNoGoldArticle: Bool { !missing.isEmpty && missing.count == goldArticles }

    /// The warning when some gold articles were not read (nil when all were), naming up to three.
    public func missingWarning(goldPath: String) -> String? {
        guard !missing.isEmpty else { return nil }
        let some = missing.prefix(3).joined(separator: ", ") + (missing.count > 3 ? ", ..." : "")
        let what =
            readsNoGoldArticle
            ? "names none of the \(articlesRead) articles read"
            : "names \(missing.count) of its \(goldArticles) articles that were not read"
        return "claims check: warning: the gold file \(goldPath) \(what) (\(some)); "
            + "gold keys are matched to file names without folder and extension"
    }
}
