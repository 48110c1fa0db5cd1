extension Article {
    /// The article for reading on a terminal: a heading with the path, title and metadata, then the text.
    public var readingText: String {
        var out = "== \(path)\n"
        if let title { out += title + "\n" }
        let about = [outlet, published, byline].compactMap { $0 }
        if !about.isEmpty { out += about.joined(separator: " · ") + "\n" }
        return out + "\n" + text + "\n"
    }
}
