/// What a report needs of one article: its metadata, length, wire-copy sketch and story
/// fingerprint, not its text.
///
/// A batch keeps one digest per article instead of the article, so a report over many articles
/// holds a fixed few hundred bytes per article rather than every text; the digest can be made on
/// the worker thread that read the article.
package struct ArticleDigest: Sendable {
    /// The article's path.
    package var path: String
    /// The outlet, when known.
    package var outlet: String?
    /// The publication date, when known.
    package var published: String?
    /// The headline, when known.
    package var title: String?
    /// The article's URL, when known.
    package var url: String?
    /// Number of words of the text.
    package var words: Int
    /// The shingle sketch of the text (`WireCopyDetector.sketch`); nil when the text is empty.
    package var sketch: ShingleSketch?
    /// What the article is about (`StoryFingerprint`): finds the stories of a folder.
    package var story: StoryFingerprint

    /// The digest of `article` with shingles of `detector`.
    package init(_ article: Article, detector: WireCopyDetector = WireCopyDetector()) {
        path = article.path
        outlet = article.outlet
        published = article.published
        title = article.title
        url = article.url
        words = article.words
        // `text` is empty exactly when there is no paragraph or one empty one.
        let empty = article.paragraphs.count <= 1 && article.paragraphs.allSatisfy(\.isEmpty)
        sketch = empty ? nil : detector.sketch(paragraphs: article.paragraphs)
        story = StoryFingerprint(title: article.title, paragraphs: article.paragraphs)
    }
}
