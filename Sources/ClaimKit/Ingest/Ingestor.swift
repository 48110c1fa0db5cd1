import Foundation

/// Turns the bytes of an HTML or plain-text file into an `Article`.
///
/// STUB: the ingest work replaces this body; the signatures are the contract the CLI uses.
public struct Ingestor: Sendable {
    /// Limits and switches for ingest.
    public struct Options: Sendable {
        /// Files larger than this are skipped with `.tooLarge`.
        public var maxBytes: Int = 32 * 1024 * 1024
        /// Creates default options.
        public init(maxBytes: Int = 32 * 1024 * 1024) { self.maxBytes = maxBytes }
    }

    public var options: Options

    /// Creates an ingestor.
    public init(options: Options = Options()) { self.options = options }

    /// File extensions ingest reads; others are skipped with `.unsupportedType`.
    public static let supportedExtensions: Set<String> = ["html", "htm", "xhtml", "txt"]

    /// Reads and ingests the file at `path`.
    public func ingest(path: String, hints: ArticleHints? = nil) -> Result<Article, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(path: path, reason: .unreadable, detail: "cannot read the file"))
        }
        return ingest(bytes: [UInt8](data), path: path, hints: hints)
    }

    /// Ingests bytes already read; `path` names the input and decides HTML vs text by its extension.
    public func ingest(bytes: [UInt8], path: String, hints: ArticleHints? = nil) -> Result<Article, Diagnostic> {
        let text = String(decoding: bytes, as: UTF8.self)
        let paragraphs = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return .success(Article(path: path, outlet: hints?.outlet, url: hints?.url, published: hints?.published,
                                publishedSource: hints?.published == nil ? nil : "manifest", paragraphs: paragraphs))
    }
}
