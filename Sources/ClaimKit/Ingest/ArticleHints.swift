/// Metadata supplied from outside the file (a `manifest.csv` row) for what the text cannot say.
public struct ArticleHints: Codable, Sendable, Equatable {
    /// The outlet's name.
    public var outlet: String?
    /// The article's URL.
    public var url: String?
    /// The publication date (ISO 8601).
    public var published: String?

    /// Creates hints; nil fields say nothing.
    public init(outlet: String? = nil, url: String? = nil, published: String? = nil) {
        self.outlet = outlet
        self.url = url
        self.published = published
    }
}
