/// One input article as the report sees it: who published it, when, and which independent source it is.
public struct ReportSource: Codable, Sendable, Equatable {
    /// The article's input path.
    public var path: String
    /// The outlet's name, else the file name.
    public var outlet: String
    /// The publication day (written yyyy-mm-dd) when known.
    public var published: ReportDay?
    /// The independent source (`s1`, `s2` ...): wire copies of one text share it.
    public var source: SourceID
    /// Paths of the other articles whose text is near-identical (wire copies), in input order.
    public var copies: [String]
    /// The story (`e1`, `e2` ...): articles about the same event (`Story`).
    public var story: StoryID
    /// The headline, when known.
    public var title: String?
    /// The article's URL, when known.
    public var url: String?

    /// Creates a source entry.
    public init(
        path: String, outlet: String, published: ReportDay?, source: SourceID, copies: [String] = [], story: StoryID,
        title: String? = nil, url: String? = nil
    ) {
        self.path = path
        self.outlet = outlet
        self.published = published
        self.source = source
        self.copies = copies
        self.story = story
        self.title = title
        self.url = url
    }
}
