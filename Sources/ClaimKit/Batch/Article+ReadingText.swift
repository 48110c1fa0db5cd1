extension Article {
    /// The article for reading on a terminal: a heading with the path, title and metadata, then the text.
    ///
    /// Control characters from the page (escape sequences could recolour or retitle the reader's
    /// terminal) are shown as U+FFFD; line breaks and tabs stay (`TextSanitizer.block`).
    public var readingText: String {
        var out = "== \(path)\n"
        if let title { out += Article.printable(title) + "\n" }
        let about = [outlet, published, byline].compactMap { $0 }
        if !about.isEmpty { out += Article.printable(about.joined(separator: " · ")) + "\n" }
        return out + "\n" + Article.printable(text) + "\n"
    }

    /// `text` as `TextSanitizer` keeps a block: control characters other than line feed and tab as U+FFFD.
    static func printable(_ text: String) -> String { TextSanitizer.block(text) }
}
