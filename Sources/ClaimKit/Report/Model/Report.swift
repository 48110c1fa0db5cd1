/// The grouped comparison of claims across articles: facts, their differences and omissions.
public struct Report: Codable, Sendable, Equatable {
    /// The articles covered, by path, in input order.
    public var articles: [String]
    /// Every claim in input order, with `group` set.
    public var claims: [Claim]
    /// One entry per article, in input order: outlet, date, wire-copy source and story.
    public var sources: [ReportSource] { didSet { sourceIndex = Report.firstIndices(sources.map(\.path)) } }
    /// The facts, in order of their first claim in the input (`g1`, `g2` ...).
    public var groups: [FactGroup] { didSet { groupIndex = Report.firstIndices(groups.map(\.id)) } }
    /// The stories, in order of their first article (`e1`, `e2` ...).
    public var stories: [Story]
    /// The index in `sources` of each article path (its first entry), so renderers look sources up, not scan them.
    private var sourceIndex: [String: Int]
    /// The index in `groups` of each fact id.
    private var groupIndex: [FactID: Int]

    private enum CodingKeys: String, CodingKey { case articles, claims, sources, groups, stories }

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
        sourceIndex = Report.firstIndices(sources.map(\.path))
        groupIndex = Report.firstIndices(groups.map(\.id))
    }

    /// Decodes a report (the indices are rebuilt, not stored).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            articles: try c.decode([String].self, forKey: .articles),
            claims: try c.decode([Claim].self, forKey: .claims),
            sources: try c.decode([ReportSource].self, forKey: .sources),
            groups: try c.decode([FactGroup].self, forKey: .groups),
            stories: try c.decode([Story].self, forKey: .stories))
    }

    /// The position of the first occurrence of each key.
    private static func firstIndices<Key: Hashable>(_ keys: [Key]) -> [Key: Int] {
        var index: [Key: Int] = [:]
        for (i, key) in keys.enumerated() where index[key] == nil { index[key] = i }
        return index
    }

    /// The outlets in input order of their first article, each once.
    public var outlets: [String] {
        var seen = Set<String>()
        return sources.map(\.outlet).filter { seen.insert($0).inserted }
    }

    /// The claims of `group`, in input order.
    public func claims(of group: FactGroup) -> [Claim] { group.claimIndices.map { claims[$0] } }

    /// The source entry of an article path, if the article is known.
    public func source(ofArticle path: String) -> ReportSource? { sourceIndex[path].map { sources[$0] } }

    /// The fact with id `id`, if any.
    public func group(id: FactID) -> FactGroup? { groupIndex[id].map { groups[$0] } }

    /// The number of differences of each kind over all groups, in `FactDifference.Kind` order.
    public var differenceCounts: [(kind: FactDifference.Kind, count: Int)] {
        FactDifference.Kind.allCases.map { kind in
            (kind, groups.reduce(0) { $0 + $1.differences.filter { $0.kind == kind }.count })
        }
    }
}
