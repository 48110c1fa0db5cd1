/// Groups claims from many articles into facts and finds their differences and omissions.
///
/// STUB: the report work replaces this body; the signatures are the contract the CLI uses.
public struct ReportBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// Builds the report for the claims of `articles`; `claims` are in input order.
    public func build(articles: [Article], claims: [Claim]) -> Report {
        Report(articles: articles.map(\.path), claims: claims)
    }
}
