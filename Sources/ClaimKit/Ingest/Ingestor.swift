import Foundation

/// Turns the bytes of an HTML or plain-text file into an `Article`.
///
/// Steps: size cap (before reading), empty and binary checks, decoding to UTF-8 (`CharsetDecoder`),
/// then for HTML one libxml2 parse into a Swift tree (`HTMLParser`), body text (`ContentExtractor`)
/// and metadata (`PageMetadata`); for text, one paragraph per line (`PlainTextReader`).
/// Problems in the input come back as `Diagnostic` values; nothing is thrown.
///
/// The headline is `Article.title`, not a paragraph of an HTML article: the body is what the page's
/// article text is (as the benchmark's truth has it), and readers of claims take title + body.
public struct Ingestor: Sendable {
    /// Limits and switches for ingest.
    public struct Options: Sendable {
        /// Files larger than this are skipped with `.tooLarge`.
        public var maxBytes: Int = 32 * 1024 * 1024
        /// Element nesting deeper than this is skipped with `.tooDeep`.
        public var maxDepth: Int = 10_000
        /// Outlet names: the user's table over the default cleaning.
        public var outlets = OutletNames()
        /// The unit `maxBytes` was given in (1, 1024, 1024² ...): a too-large file is described in it.
        public var sizeUnit: Int = 1 << 20
        /// Creates default options.
        public init(maxBytes: Int = 32 * 1024 * 1024, maxDepth: Int = 10_000) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }
    }

    /// Size cap, outlet table and the other ingest settings.
    public var options: Options

    /// Creates an ingestor.
    public init(options: Options = Options()) { self.options = options }

    /// File extensions ingest reads; others are skipped with `.unsupportedType`.
    /// Server-page names (`.php`, `.shtml` ...) and names without an extension are read when their
    /// content sniffs as a page (`PageSniffer`).
    public static let supportedExtensions: Set<String> = Set(PageSniffer.knownExtensions.keys)

    /// Reads and ingests the file at `path`; the size is checked before reading.
    public func ingest(path: String, hints: ArticleHints? = nil) -> Result<Article, Diagnostic> {
        switch readFile(path) {
        case .success(let bytes): return ingest(bytes: bytes, path: path, hints: hints)
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    /// The bytes of `path`, refused before reading when over the size cap (POSIX calls: no Data copy).
    func readFile(_ path: String) -> Result<[UInt8], Diagnostic> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason: Diagnostic.Reason = errno == ENOENT ? .notFound : .unreadable
            return .failure(
                Diagnostic(
                    path: path, reason: reason,
                    detail: reason == .notFound
                        ? "no such file" : "cannot read the file (\(String(cString: strerror(errno))))"))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(Diagnostic(path: path, reason: .unreadable, detail: "is a folder, not a file"))
        }
        let size = Int(info.st_size)
        if size > options.maxBytes { return .failure(tooLarge(path: path, size: size)) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            return .failure(
                Diagnostic(
                    path: path, reason: .unreadable,
                    detail: "cannot read the file (\(String(cString: strerror(errno))))"))
        }
        defer { close(fd) }
        // Read until end of file but never more than one byte over the cap (the file may grow or be a pipe).
        var bytes = [UInt8](repeating: 0, count: min(size, options.maxBytes) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > options.maxBytes { return .failure(tooLarge(path: path, size: count)) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 65536), options.maxBytes + 1 - count)))
            }
            let n = bytes.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress! + count, raw.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(
                    Diagnostic(
                        path: path, reason: .unreadable,
                        detail: "cannot read the file (\(String(cString: strerror(errno))))"))
            }
            if n == 0 { break }
            count += n
        }
        if count > options.maxBytes { return .failure(tooLarge(path: path, size: count)) }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    /// Ingests bytes already read; `path` names the input and decides HTML, text or MHTML by its
    /// extension, or by the content when the extension does not say (`PageSniffer`).
    /// A gzipped page (`.html.gz`, `.htm.gz`) is inflated in memory first, never past the size cap.
    public func ingest(bytes: [UInt8], path: String, hints: ArticleHints? = nil) -> Result<Article, Diagnostic> {
        guard PageSniffer.isGzippedPage(path) else {
            return ingest(bytes: bytes, path: path, hints: hints, isText: nil)
        }
        switch Inflater.inflateAll(bytes, format: .gzip, limit: options.maxBytes) {
        case .success(let page): return ingest(bytes: page, path: path, hints: hints, isText: false)
        case .failure(.tooLarge(let size)): return .failure(tooLarge(path: path, size: size))
        case .failure(.corrupt(let message)):
            return .failure(Diagnostic(path: path, reason: .corrupt, detail: "not a readable gzip file (\(message))"))
        }
    }

    /// Ingests an HTML page a crawler fetched (a WARC record) under the id `path`: its HTTP charset
    /// joins the decoding order, `url` is the fetched address and `fetched` the crawl time.
    public func ingest(page: FetchedPage, path: String) -> Result<Article, Diagnostic> {
        ingest(bytes: page.bytes, path: path, hints: nil, isText: false, transportCharset: page.charset).map {
            article in
            var article = article
            if let url = page.url { article.url = url }
            article.fetched = page.fetched
            return article
        }
    }

    /// `isText` nil: the path's extension or the content decides (`PageSniffer`); a WARC page is HTML.
    private func ingest(
        bytes: [UInt8], path: String, hints: ArticleHints?, isText knownText: Bool?,
        transportCharset: String? = nil
    ) -> Result<Article, Diagnostic> {
        if bytes.count > options.maxBytes { return .failure(tooLarge(path: path, size: bytes.count)) }
        if InputSniffer.isBlank(bytes) {
            return .failure(
                Diagnostic(
                    path: path, reason: .empty, detail: bytes.isEmpty ? "empty file" : "file holds only white space"))
        }
        if let kind = InputSniffer.binaryKind(bytes) {
            return .failure(Diagnostic(path: path, reason: .binary, detail: "not text: looks like \(kind)"))
        }
        var bytes = bytes
        var archiveURL: String?
        var isText = knownText ?? false
        if knownText == nil {
            let kind = PageSniffer.kind(path: path, textBytes: bytes)
            if kind == .mhtml {
                guard let page = MHTMLReader.page(bytes) else {
                    return .failure(
                        Diagnostic(
                            path: path, reason: .noArticleText,
                            detail: "a web archive (MHTML) without an HTML page in it"))
                }
                bytes = page.html
                archiveURL = page.url
            }
            isText = kind == .text
        }
        let decoded = CharsetDecoder.decode(bytes, isHTML: !isText, transportCharset: transportCharset)
        var notes = decoded.notes.map { Diagnostic(path: path, reason: .invalidEncoding, detail: $0) }
        let made =
            isText
            ? textArticle(decoded.utf8, path: path, hints: hints)
            : htmlArticle(decoded.utf8, path: path, notes: &notes)
        guard case .success(var article) = made else { return made }
        article.encoding = decoded.encoding
        article.encodingSource = decoded.source
        article.notes = notes
        if article.url == nil { article.url = archiveURL }
        return .success(filled(article, hints: hints))
    }

    /// The article of a plain-text file (decoded UTF-8), dated by a dateline unless the hints give a date.
    private func textArticle(_ utf8: [UInt8], path: String, hints: ArticleHints?) -> Result<Article, Diagnostic> {
        let paragraphs = PlainTextReader.paragraphs(of: String(decoding: utf8, as: UTF8.self))
        guard !paragraphs.isEmpty else {
            return .failure(Diagnostic(path: path, reason: .empty, detail: "no text after decoding"))
        }
        var article = Article(path: path, title: PlainTextReader.title(of: paragraphs), paragraphs: paragraphs)
        if hints?.published == nil {
            // A dateline among the first lines; a manifest date, when given, is trusted more for plain text.
            var metadata = PageMetadata()
            metadata.fillPublished(fromParagraphs: paragraphs, leadingLines: Array(paragraphs.prefix(5)))
            article.published = metadata.published
            article.publishedSource = metadata.publishedSource
        }
        return .success(article)
    }

    /// The article of an HTML page (decoded UTF-8); a thin text adds a note to `notes`.
    private func htmlArticle(_ utf8: [UInt8], path: String, notes: inout [Diagnostic]) -> Result<Article, Diagnostic> {
        guard let document = HTMLParser.parse(utf8: utf8) else {
            return .failure(Diagnostic(path: path, reason: .noArticleText, detail: "no HTML document could be parsed"))
        }
        if document.maxDepth > options.maxDepth {
            return .failure(
                Diagnostic(
                    path: path, reason: .tooDeep,
                    detail: "elements nested \(document.maxDepth) deep, over the \(options.maxDepth) cap"))
        }
        var metadata = PageMetadata.read(from: document)
        var extractor = ContentExtractor(document: document)
        var paragraphs = extractor.paragraphs(jsonLDBody: metadata.articleBody)
        if paragraphs.isEmpty, let markup = metadata.instructions {
            paragraphs = ContentExtractor.paragraphs(ofFragment: markup)
        }
        guard !paragraphs.isEmpty else {
            return .failure(Diagnostic(path: path, reason: .noArticleText, detail: "no article text found"))
        }
        metadata.fillPublished(fromParagraphs: paragraphs, leadingLines: extractor.leadingLines())
        let article = Article(
            path: path, title: metadata.title, outlet: metadata.outlet, url: metadata.url,
            published: metadata.published, publishedSource: metadata.publishedSource,
            byline: metadata.byline ?? extractor.bylineLine, paragraphs: paragraphs)
        if paragraphs.reduce(0, { $0 + $1.utf8.count }) < 200 {
            notes.append(
                Diagnostic(
                    path: path, reason: .noArticleText, detail: "very little article text: the page may be incomplete"))
        }
        return .success(article)
    }

    /// `article` with what the file cannot say taken from `hints`, and its outlet named by the outlet table.
    private func filled(_ article: Article, hints: ArticleHints?) -> Article {
        var article = article
        let pageOutlet = article.outlet
        if let hints {
            if article.outlet == nil { article.outlet = hints.outlet ?? hints.url.flatMap(PageMetadata.domain) }
            if article.url == nil { article.url = hints.url }
            if article.published == nil, let published = hints.published {
                article.published = DateParser.iso(from: published) ?? published
                article.publishedSource = "manifest"
            }
        }
        // The page's own name is cleaned; a manifest's is the user's and only goes through the table.
        article.outlet = options.outlets.name(
            outlet: article.outlet, url: article.url,
            cleans: pageOutlet != nil || article.outlet == nil)
        return article
    }

    private func tooLarge(path: String, size: Int) -> Diagnostic {
        // In the unit of --max-size; in bytes when rounding would make the two look equal.
        var sizeText = ByteCount.text(size, unit: options.sizeUnit)
        var capText = ByteCount.text(options.maxBytes, unit: options.sizeUnit)
        if sizeText == capText {
            sizeText = ByteCount.text(size, unit: 1)
            capText = ByteCount.text(options.maxBytes, unit: 1)
        }
        return Diagnostic(
            path: path, reason: .tooLarge, detail: "file is \(sizeText), over the \(capText) cap (--max-size)")
    }
}
