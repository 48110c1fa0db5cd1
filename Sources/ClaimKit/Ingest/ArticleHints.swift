/// Metadata supplied from outside the file (a `manifest.csv` row) for what the text cannot say.
public struct ArticleHints: Codable, Sendable, Equatable {
    public var outlet: String?
    public var url: String?
    public var published: String?

    /// Creates hints; nil fields say nothing.
    public init(outlet: String? = nil, url: String? = nil, published: String? = nil) {
        self.outlet = outlet
        self.url = url
        self.published = published
    }
}
