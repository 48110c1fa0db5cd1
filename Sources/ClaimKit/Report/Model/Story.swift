/// One story: the articles of a folder that are about the same event (see `StoryClusterer`).
/// Facts, differences, totals, timelines and omissions are only ever found inside one story.
public struct Story: Codable, Sendable, Equatable {
    /// Deterministic id (`e1`, `e2` ... in order of the story's first article in the input).
    public var id: StoryID
    /// A readable name: the headline of its first article that has one, else its `terms`.
    public var label: String
    /// Its most telling words: the terms its articles' fingerprints weigh most, together.
    public var terms: [String]
    /// Its articles, by path, in input order.
    public var articles: [String]
    /// Earliest and latest publication dates (yyyy-mm-dd) of its dated articles.
    public var firstDate: ReportDay?
    /// The latest of those dates.
    public var lastDate: ReportDay?
    /// Its facts (`g1` ...), in id order.
    public var facts: [FactID]
    /// Per outlet, in input order of its first article: facts told, facts left out, attribution.
    public var outlets: [OutletSummary]

    /// Creates a story.
    public init(
        id: StoryID, label: String, terms: [String] = [], articles: [String], firstDate: ReportDay? = nil,
        lastDate: ReportDay? = nil, facts: [FactID] = [], outlets: [OutletSummary] = []
    ) {
        self.id = id
        self.label = label
        self.terms = terms
        self.articles = articles
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.facts = facts
        self.outlets = outlets
    }

    /// Whether `text` occurs (ignoring case) in the label, a term, an article path or an outlet.
    public func matches(_ text: String, titles: [String] = []) -> Bool {
        let needle = text.lowercased()
        let haystack = [label] + terms + articles + outlets.map(\.outlet) + titles
        return haystack.contains { $0.lowercased().contains(needle) }
    }
}
