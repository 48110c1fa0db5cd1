/// The grouped comparison of claims across articles: facts, their differences and omissions.
public struct Report: Codable, Sendable, Equatable {
    /// The articles covered, by path, in input order.
    public var articles: [String]
    /// Every claim in input order, with `group` set.
    public var claims: [Claim]
    /// One entry per article, in input order: outlet, date, wire-copy source and story.
    public var sources: [ReportSource]
    /// The facts, in order of their first claim in the input (`g1`, `g2` ...).
    public var groups: [FactGroup]
    /// The stories, in order of their first article (`e1`, `e2` ...).
    public var stories: [Story]

    /// Creates a report.
    public init(
        articles: [String], claims: [Claim], sources: [ReportSource] = [], groups: [FactGroup] = [],
        stories: [Story] = []
    ) {
        self.articles = articles
        self.claims = claims
        self.sources = sources
        self.groups = groups
        self.stories = stories
    }

    /// The outlets in input order of their first article, each once.
    public var outlets: [String] {
        var seen = Set<String>()
        return sources.map(\.outlet).filter { seen.insert($0).inserted }
    }

    /// The claims of `group`, in input order.
    public func claims(of group: FactGroup) -> [Claim] { group.claimIndices.map { claims[$0] } }

    /// The source entry of an article path, if the article is known.
    public func source(ofArticle path: String) -> ReportSource? { sources.first { $0.path == path } }

    /// The number of differences of each kind over all groups, in `FactDifference.Kind` order.
    public var differenceCounts: [(kind: FactDifference.Kind, count: Int)] {
        FactDifference.Kind.allCases.map { kind in
            (kind, groups.reduce(0) { $0 + $1.differences.filter { $0.kind == kind }.count })
        }
    }
}
