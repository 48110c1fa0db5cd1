/// One ingested article: clean body text plus metadata. The output of Ingest, the input of Extract.
public struct Article: Codable, Sendable, Equatable {
    /// The input path as given on the command line (or read from stdin).
    public var path: String
    /// The headline. For HTML it is kept apart from `paragraphs` (the body, as news pages and the
    /// extraction benchmark define it); claim extraction reads `title` and the body. For plain text the
    /// first line, when it reads as a headline, is both the title and the first paragraph (nothing is dropped).
    public var title: String?
    /// The outlet's name ("Daily Sabah"), else the site's domain.
    public var outlet: String?
    /// Canonical URL when known.
    public var url: String?
    /// ISO 8601 date or date-time.
    public var published: String?
    /// Where `published` came from ("json-ld", "meta:article:published_time", "manifest", "url" ...).
    public var publishedSource: String?
    /// The author line as the page gives it, when found.
    public var byline: String?
    /// When a crawler fetched the page (`WARC-Date`), for pages read from a web archive; never a publication date.
    public var fetched: String?
    /// The encoding the bytes were decoded with ("UTF-8", "windows-1252", ...).
    public var encoding: String
    /// Why that encoding ("bom", "meta", "utf8-valid", "fallback", ...).
    public var encodingSource: String
    /// Body paragraphs in reading order. HTML: the article body only (no headline, byline, dateline,
    /// captions or page chrome; subheadings inside the body stay). Plain text: every non-empty line.
    public var paragraphs: [String]
    /// Non-fatal remarks about this input (bytes read as windows-1252, very little text ...); not part of `jsonLine`.
    public var notes: [Diagnostic] = []

    /// Creates an article.
    public init(
        path: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
        published: String? = nil, publishedSource: String? = nil, byline: String? = nil,
        encoding: String = "UTF-8", encodingSource: String = "utf8-valid", paragraphs: [String]
    ) {
        self.path = path
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.publishedSource = publishedSource
        self.byline = byline
        self.encoding = encoding
        self.encodingSource = encodingSource
        self.paragraphs = paragraphs
    }

    /// The article text: paragraphs separated by a blank line. Claim offsets index into this.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    /// Number of white-space separated words in the text.
    public var words: Int {
        var count = 0
        for var paragraph in paragraphs {
            // Over the contiguous bytes: the UTF8View iterator costs several times as much per byte.
            paragraph.withUTF8 { bytes in
                var inWord = false
                for byte in bytes {
                    let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09
                    if !isSpace && !inWord { count += 1 }
                    inWord = !isSpace
                }
            }
        }
        return count
    }
}
