/// A problem found in one input: the file is skipped or degraded, the batch goes on.
///
/// Problems in the input are values, not thrown errors: the CLI prints `line`
/// on stderr and counts `reason` in the run summary.
public struct Diagnostic: Error, Codable, Sendable, Equatable, Hashable {
    /// Why an input could not be read as an article.
    public enum Reason: String, Codable, Sendable, CaseIterable, Comparable {
        case unreadable  // cannot open or read the file
        case notFound  // the path does not exist
        case unsupportedType  // not .html/.htm/.xhtml/.txt
        case empty  // zero bytes or only white space
        case binary  // looks like an image or other binary data
        case invalidEncoding  // bytes cannot be decoded as text
        case tooLarge  // over the size cap
        case tooDeep  // element nesting over the depth cap
        case noArticleText  // parsed, but nothing that reads as an article
        case symlinkLoop  // a link cycle in a walked folder
        case corrupt  // a damaged WARC record or gzip member
        case other

        public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The input path as given.
    public var path: String
    /// The kind of problem, for counting.
    public var reason: Reason
    /// A short human explanation ("file is 40.0 MiB, over the 32 MiB cap").
    public var detail: String

    /// Creates a diagnostic for `path`.
    public init(path: String, reason: Reason, detail: String) {
        self.path = path
        self.reason = reason
        self.detail = detail
    }

    /// The one-line message for stderr: `claims: PATH: DETAIL`.
    public var line: String { "claims: \(path): \(detail)" }
}
