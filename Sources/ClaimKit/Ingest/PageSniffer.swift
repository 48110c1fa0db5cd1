#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file holds, from its name when the name says it and from its first bytes when not:
/// browsers and crawlers save pages as `index.php`, `story.shtml` or with no extension at all.
package enum PageSniffer {
    /// How a file is read.
    public enum Kind: Sendable, Equatable {
        case html, text, mhtml
        /// Binary data, or a data/code file (JSON, CSV, script, style sheet): not an article.
        case other
    }

    /// Extensions that say the kind outright.
    static let knownExtensions: [String: Kind] = [
        "html": .html, "htm": .html, "xhtml": .html, "txt": .text, "mhtml": .mhtml, "mht": .mhtml,
    ]
    /// Extensions of server-side pages (what a saved page is often called): read when the content
    /// sniffs as a page. A file with no extension is treated the same way.
    static let pageExtensions: Set<String> = ["shtml", "shtm", "php", "phtml", "asp", "aspx", "jsp", "jspx", "cfm"]
    /// Text files that are data or code, never an article, even when named directly.
    static let dataExtensions: Set<String> = [
        "json", "jsonl", "ndjson", "csv", "tsv", "js", "mjs", "css", "svg", "xml", "rss", "atom",
    ]

    /// The lower-cased extension of the last path component, "" when there is none.
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Extensions of pages that are read gzipped (`NAME.html.gz`): inflated in memory, then read as HTML.
    static let gzippedPageExtensions: Set<String> = ["html", "htm"]

    /// True for `NAME.html.gz` and `NAME.htm.gz` (any case).
    public static func isGzippedPage(_ path: String) -> Bool {
        guard fileExtension(path) == "gz" else { return false }
        return gzippedPageExtensions.contains(fileExtension(String(path.dropLast(3))))
    }

    /// The kind the name alone gives (`.html`, `.txt`, `.mhtml`), nil when the content must decide.
    public static func kind(forName path: String) -> Kind? { knownExtensions[fileExtension(path)] }

    /// True when a file of this name in a walked folder is worth sniffing (a server page or no extension).
    public static func isCandidate(name: String) -> Bool {
        let ext = fileExtension(name)
        return ext.isEmpty || pageExtensions.contains(ext)
    }

    /// True when a file named directly with this name may be sniffed (anything but data and code).
    public static func maySniff(name: String) -> Bool { !dataExtensions.contains(fileExtension(name)) }

    /// The kind of `path`'s bytes, which `InputSniffer.binaryKind` already found not binary: by name
    /// when it says, else by markup.
    static func kind(path: String, textBytes bytes: [UInt8]) -> Kind {
        kind(forName: path) ?? kind(ofText: bytes)
    }

    /// The kind of content: binary data is `.other`, else as `kind(ofText:)` says.
    public static func kind(ofContent bytes: [UInt8]) -> Kind {
        InputSniffer.binaryKind(bytes) != nil ? .other : kind(ofText: bytes)
    }

    /// The kind of content known not to be binary: MIME headers of a web archive, HTML markup near
    /// the start, else text. Looks at the first 4 KiB only.
    static func kind(ofText bytes: [UInt8]) -> Kind {
        var head = Array(bytes.prefix(4096))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = lower.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        if (trimmed.hasPrefix("from:") || trimmed.hasPrefix("mime-version:") || trimmed.hasPrefix("content-type:")
            || trimmed.hasPrefix("snapshot-content-location:")) && lower.contains("multipart/related")
        {
            return .mhtml
        }
        if trimmed.hasPrefix("<") {
            for tag in [
                "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ",
                "<?xml",
            ]
            where lower.contains(tag) { return .html }
        }
        if lower.contains("<html") || lower.contains("<!doctype html") { return .html }
        return .text
    }

    /// The kind of the file at `path` from its first 4 KiB (for the walk, before ingest reads it);
    /// nil when it cannot be read (ingest then names the problem).
    public static func kind(ofFileAt path: String) -> Kind? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, 4096) }
        guard n >= 0 else { return nil }
        return kind(ofContent: Array(buffer.prefix(n)))
    }
}
