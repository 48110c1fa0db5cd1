/// What a report needs of one article: its metadata, length and wire-copy fingerprint, not its text.
///
/// A batch keeps one digest per article instead of the article, so a report over many articles
/// holds a few bytes per shingle rather than every text; the digest can be made on the worker
/// thread that read the article.
public struct ArticleDigest: Sendable {
    /// The article's path.
    public var path: String
    /// The outlet, when known.
    public var outlet: String?
    /// The publication date, when known.
    public var published: String?
    /// Number of words of the text.
    public var words: Int
    /// Sorted shingle hashes of the text (`WireCopyDetector.fingerprint`); nil when the text is empty.
    public var fingerprint: [UInt64]?

    /// The digest of `article` with shingles of `detector`.
    public init(_ article: Article, detector: WireCopyDetector = WireCopyDetector()) {
        path = article.path
        outlet = article.outlet
        published = article.published
        words = article.words
        let text = article.text
        fingerprint = text.isEmpty ? nil : detector.fingerprint(text)
    }
}
