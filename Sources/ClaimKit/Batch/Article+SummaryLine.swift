import Foundation

extension Article {
    /// One line about the article for a quick look at a batch:
    /// `PATH · OUTLET · PUBLISHED · N words · TITLE` (missing fields shown as `-`).
    public var summaryLine: String {
        let fields = [path, outlet ?? "-", published ?? "-", "\(words) words", title ?? "-"]
        return TextSanitizer.line(fields.joined(separator: " · "))
    }
}
