/// The output formats of `claims text`: how one article is written.
public enum TextFormat: String, Sendable, CaseIterable {
    case jsonl, text, summary

    /// One article's record, ending with a line break.
    func render(_ article: Article) -> String {
        switch self {
        case .jsonl: article.jsonLine + "\n"
        case .text: article.readingText + "\n"
        case .summary: article.summaryLine + "\n"
        }
    }
}
