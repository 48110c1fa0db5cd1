/// All articles and claims of a batch, in input order, with the batch summary.
public struct ArticleSet: Sendable {
    public var articles: [Article] = []
    public var claims: [Claim] = []
    public var summary = BatchSummary()

    /// Creates an empty set.
    public init() {}
}
