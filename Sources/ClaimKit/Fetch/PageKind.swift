import Foundation

/// What a Content-Type says about a body: a web page we can read, and the file extension to save it under.
enum PageKind {
    /// The media type without parameters, lowercased: `text/html; charset=x` → `text/html`.
    static func mediaType(_ contentType: String) -> String {
        String(contentType.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces)
            .lowercased()
    }

    /// HTML, XHTML or plain text (the kinds the ingester reads); anything else is not a page.
    static func isWebPage(contentType: String) -> Bool {
        let type = mediaType(contentType)
        return type.isEmpty || ["text/html", "application/xhtml+xml", "text/plain"].contains(type)
    }

    /// `.txt` for plain text, else `.html` (the ingester sniffs the rest).
    static func fileExtension(contentType: String?) -> String {
        contentType.map(mediaType) == "text/plain" ? ".txt" : ".html"
    }
}
