/// One thing the walk of the inputs found, in input order.
public enum BatchInput: Sendable, Equatable {
    /// An article file to ingest, with the hints of its folder's manifest.
    case file(BatchFile)
    /// A path that could not be read as an article (missing, a link loop, unsupported type given by name ...).
    case skipped(Diagnostic)
    /// A file in a walked folder that is not an article file (`.json`, `.png` ...): noted and counted.
    case notArticle(Diagnostic)
    /// A problem in a `manifest.csv` (a bad row): noted, the rest of the manifest applies.
    case manifestProblem(Diagnostic)
    /// A `manifest.csv` read for the hints of its folder (consumed, not an article).
    case manifest(String)
    /// A folder reached again through another link: walked once only, noted.
    case alreadyWalked(Diagnostic)
    /// A hidden file or folder (name starting with `.`) in a walked folder: not read, counted.
    case hidden(String)
    /// A web archive (`.warc`, `.warc.gz`) opened: its records follow as inputs of their own.
    case archive(String)
    /// A record of a web archive that is not an article, by kind ("request", "not HTML", "HTTP 404" ...): counted.
    case archiveRecord(String)
}

/// An article file found by the walk.
public struct BatchFile: Sendable, Equatable {
    /// The path as given, or joined from the folder given and the names under it.
    public var path: String
    /// Metadata from the manifest of its folder, if a row names it.
    public var hints: ArticleHints?
    /// For a page read from a web archive: its bytes and transport metadata (`path` is then the
    /// article id, the archive's path + `#` + the record's offset).
    public var page: FetchedPage?

    /// Creates a file input.
    public init(path: String, hints: ArticleHints? = nil, page: FetchedPage? = nil) {
        self.path = path
        self.hints = hints
        self.page = page
    }
}
