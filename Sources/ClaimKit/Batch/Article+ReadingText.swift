extension Article {
    /// The article for reading on a terminal: a heading with the path, title and metadata, then the text.
    ///
    /// Control characters from the page (escape sequences could recolour or retitle the reader's
    /// terminal) are shown as U+FFFD; line breaks and tabs stay.
    public var readingText: String {
        var out = "== \(path)\n"
        if let title { out += Article.printable(title) + "\n" }
        let about = [outlet, published, byline].compactMap { $0 }
        if !about.isEmpty { out += Article.printable(about.joined(separator: " · ")) + "\n" }
        return out + "\n" + Article.printable(text) + "\n"
    }

    /// `text` with C0/C1 control characters other than line feed and tab replaced by U+FFFD.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
    }
}
