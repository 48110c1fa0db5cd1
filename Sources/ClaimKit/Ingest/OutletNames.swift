import Foundation

/// Outlet names as people write them: a user table (`--outlets FILE`: domain or site name →
/// outlet name) over default cleaning of what pages say about themselves.
///
/// Defaults: the site name before a tagline separator ("LinkNaija | Nigeria's popular news
/// platform" → "LinkNaija"), a leading `@` of a handle dropped, a URL or a bare lower-case slug
/// of the page's own domain ("usatoday" on usatoday.com) replaced by the domain without `www.`.
public struct OutletNames: Sendable, Equatable {
    /// Why a table line could not be read.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        /// What is wrong.
        public var detail: String
        /// `line N: DETAIL`.
        public var description: String { "line \(line): \(detail)" }
    }

    /// Table entries by lower-cased key: a domain (matches its subdomains too) or a site name.
    private var entries: [String: String] = [:]

    /// An empty table: default cleaning only.
    public init() {}

    /// Reads `key = Outlet Name` lines; `#` starts a comment, blank lines are skipped.
    public init(parsing text: String) throws(ParseError) {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = OutletNames.trim(line)
            if trimmed.isEmpty { continue }
            guard let eq = trimmed.firstIndex(of: "=") else {
                throw ParseError(line: n + 1, detail: "expected 'domain or site name = Outlet Name'")
            }
            let key = OutletNames.trim(String(trimmed[..<eq])),
                name = OutletNames.trim(String(trimmed[trimmed.index(after: eq)...]))
            guard !key.isEmpty, !name.isEmpty else {
                throw ParseError(
                    line: n + 1, detail: "both sides of '=' must be given: 'domain or site name = Outlet Name'")
            }
            entries[OutletNames.tableKey(key)] = name
        }
    }

    /// The outlet name for a page whose metadata says `outlet` (nil: none) and whose address is
    /// `url`. `cleans` is false for a name the user gave (a manifest): only the table applies.
    public func name(outlet: String?, url: String?, cleans: Bool = true) -> String? {
        let domain = url.flatMap(OutletNames.domain(of:))
        if let outlet, let mapped = entries[OutletNames.tableKey(outlet)] { return mapped }
        if let domain, let mapped = lookup(domain: domain) { return mapped }
        guard let outlet, cleans else { return outlet ?? domain }
        let cleaned = OutletNames.clean(outlet, domain: domain)
        if let mapped = entries[OutletNames.tableKey(cleaned)]
            ?? OutletNames.domain(of: cleaned).flatMap(lookup(domain:))
        {
            return mapped
        }
        return cleaned.isEmpty ? domain : cleaned
    }

    /// The entry for `domain` or the nearest parent domain that has one.
    private func lookup(domain: String) -> String? {
        var host = Substring(domain)
        while true {
            if let mapped = entries[String(host)] { return mapped }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = host[host.index(after: dot)...]
        }
    }

    /// Separators between a site's name and its tagline.
    static let taglineSeparators = [" | ", " - ", " – ", " — ", " · ", " :: ", " // "]

    /// The default cleaning of a site name (see the type's summary).
    static func clean(_ name: String, domain: String?) -> String {
        var text = trim(name)
        if let host = OutletNames.domain(of: text) { return host }
        if text.hasPrefix("@"), text.count > 1, !text.contains(" ") { text.removeFirst() }
        for separator in taglineSeparators {
            if let range = text.range(of: separator) {
                let head = trim(String(text[..<range.lowerBound]))
                if head.count >= 2 { text = head }
            }
        }
        // A lower-case slug that is the page's own domain label says less than the domain.
        if let domain, text == text.lowercased(), !text.contains(" ") {
            let labels = domain.split(separator: ".")
            if let i = labels.dropLast().firstIndex(where: { $0 == text }) {
                return labels[i...].joined(separator: ".")
            }
        }
        return text
    }

    /// The host of a URL (or of a bare `www.` name) without `www.`, lower-cased; nil when `text` is neither.
    public static func domain(of text: String) -> String? {
        var rest = Substring(text)
        if let scheme = text.range(of: "://") {
            rest = text[scheme.upperBound...]
        } else if !text.lowercased().hasPrefix("www.") {
            return nil
        }
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty || !host.contains(".") ? nil : host
    }

    /// A table key as looked up: lower-cased; a URL or `www.` name becomes its domain.
    static func tableKey(_ key: String) -> String {
        if let host = domain(of: key) { return host }
        return key.lowercased()
    }

    static func trim(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
