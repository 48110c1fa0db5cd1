/// The grouped comparison of claims across articles. STUB: the report work fills it in.
public struct Report: Codable, Sendable, Equatable {
    /// The articles covered, by path, in input order.
    public var articles: [String]
    /// Every claim, with `group` set.
    public var claims: [Claim]

    /// Creates a report.
    public init(articles: [String], claims: [Claim]) {
        self.articles = articles
        self.claims = claims
    }
}
