import Foundation

/// Title, outlet, canonical URL, publication date and byline read from a page's markup.
///
/// Sources in order of trust: JSON-LD, OpenGraph / article meta tags, other meta tags, `<time>`,
/// `<title>` / `<h1>`, a dateline in the text, a date in the URL.
struct PageMetadata: Equatable {
    var title: String?
    var outlet: String?
    var url: String?
    var published: String?
    var publishedSource: String?
    var byline: String?
    /// JSON-LD `articleBody`, a fallback when the markup hides the text.
    var articleBody: String?
    /// JSON-LD how-to or recipe text as markup (description, then steps), the body of a page that has no other.
    var instructions: String?

    /// Reads the metadata of `document`; `paragraphs` are the extracted body (for a dateline).
    static func read(from document: HTMLDocument) -> PageMetadata {
        let markup = MarkupFields(document)
        let meta = markup.meta
        let ld = JSONLDArticle.read(document.jsonLD)
        var result = PageMetadata()
        result.articleBody = ld.articleBody
        result.instructions = ld.instructions

        // Title.
        let siteName = meta["og:site_name"] ?? ld.publisher ?? markup.applicationName
        if let t = ld.headline ?? meta["og:title"] ?? meta["twitter:title"] {
            result.title = clean(t)
        } else if let t = markup.titleText, !t.isEmpty {
            result.title = stripSiteSuffix(t, siteName: siteName)
        } else {
            result.title = markup.h1Text
        }
        if let t = result.title, t != stripSiteSuffix(t, siteName: siteName), let site = siteName, !site.isEmpty {
            result.title = stripSiteSuffix(t, siteName: site)
        }

        // URL.
        result.url = [markup.canonical, meta["og:url"], ld.url].compactMap { $0 }.first { $0.hasPrefix("http") }

        // Outlet.
        if let site = siteName.map(clean), !site.isEmpty {
            result.outlet = site
        } else if let url = result.url {
            result.outlet = domain(of: url)
        }

        if let (iso, source) = published(ld: ld, markup: markup) {
            result.published = iso
            result.publishedSource = source
        }

        // Byline.
        let authorMeta = meta["author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
        result.byline =
            (ld.author ?? authorMeta ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
            ?? markup.relAuthor).map(clean)
        return result
    }

    /// The first date that parses among the page's date sources, in order of trust, with its source's name.
    private static func published(ld: JSONLDArticle, markup: MarkupFields) -> (iso: String, source: String)? {
        let meta = markup.meta
        let candidates: [(String?, String)] = [
            (ld.datePublished, "json-ld"),
            (meta["article:published_time"], "meta:article:published_time"),
            (markup.itempropDate, "itemprop:datePublished"),
            (meta["og:published_time"], "meta:og:published_time"),
            (meta["pubdate"], "meta:pubdate"),
            (meta["publishdate"], "meta:publishdate"),
            (meta["publish-date"], "meta:publish-date"),
            (meta["parsely-pub-date"], "meta:parsely-pub-date"),
            (meta["sailthru.date"], "meta:sailthru.date"),
            (meta["dc.date.issued"], "meta:DC.date.issued"),
            (meta["dcterms.created"], "meta:dcterms.created"),
            (meta["dc.date"], "meta:DC.date"),
            (meta["date"], "meta:date"),
            (meta["article.published"], "meta:article.published"),
            (markup.timeDatetime, "time"),
        ]
        for (value, source) in candidates {
            if let value, let iso = DateParser.iso(from: value) { return (iso, source) }
        }
        return nil
    }

    /// What the markup outside JSON-LD says: meta tags (first value per lower-cased key) and the
    /// first canonical link, `<title>`, `<h1>`, `<time datetime>`, `rel=author` link and itemprop date.
    private struct MarkupFields {
        var meta: [String: String] = [:]
        var canonical, titleText, h1Text, timeDatetime, relAuthor, itempropDate, applicationName: String?

        init(_ document: HTMLDocument) {
            meta.reserveCapacity(64)  // growing from empty rehashes several times per page
            for index in document.metadataNodes {
                let i = Int(index)
                read(document, i, tag: document.nodes[i].tag)
                if itempropDate == nil, document.attribute(of: i, "itemprop")?.lowercased() == "datepublished" {
                    itempropDate = document.attribute(of: i, "datetime") ?? document.attribute(of: i, "content")
                }
            }
        }

        private mutating func read(_ document: HTMLDocument, _ i: Int, tag: String) {
            switch tag {
            case "meta":
                let key =
                    (document.attribute(of: i, "property") ?? document.attribute(of: i, "name") ?? document.attribute(
                        of: i, "itemprop") ?? "").lowercased()
                if !key.isEmpty, let content = document.attribute(of: i, "content").map(ByteSearch.trimmed),
                    !content.isEmpty, meta[key] == nil
                {
                    meta[key] = content
                }
                if key == "application-name" { applicationName = document.attribute(of: i, "content") }
            case "link":
                if canonical == nil,
                    document.attribute(of: i, "rel")?.lowercased().split(separator: " ").contains("canonical") == true
                {
                    canonical = document.attribute(of: i, "href")
                }
            case "title":
                if titleText == nil { titleText = document.collapsedText(of: i) }
            case "h1":
                if h1Text == nil { let t = document.collapsedText(of: i); if !t.isEmpty { h1Text = t } }
            case "time":
                if timeDatetime == nil, let d = document.attribute(of: i, "datetime"), DateParser.iso(from: d) != nil {
                    timeDatetime = d
                }
            case "a":
                if relAuthor == nil, document.attribute(of: i, "rel")?.lowercased() == "author" {
                    let t = document.collapsedText(of: i); if !t.isEmpty { relAuthor = t }
                }
            default:
                break
            }
        }
    }

    /// Fills `published` from the text's dateline or the URL when the markup says nothing.
    mutating func fillPublished(fromParagraphs paragraphs: [String], leadingLines: [String]) {
        guard published == nil else { return }
        // A "Last update: ..." or "Updated ..." stamp dates a later edit: any other dateline comes first.
        let lines = leadingLines.prefix(40).filter { $0.utf8.count <= 120 }
        let isUpdateStamp = { (line: String) in Self.updateStampPrefixes.contains { line.lowercased().hasPrefix($0) } }
        for line in lines.filter({ !isUpdateStamp($0) }) + lines.filter(isUpdateStamp) {
            if let date = DateParser.textualDate(in: line) {
                published = date.iso; publishedSource = "dateline"; return
            }
        }
        if let url, let date = DateParser.dateInURL(url) { published = date; publishedSource = "url" }
    }

    /// How lines that give the time of a later edit, not of publication, begin (compared lower-cased).
    static let updateStampPrefixes = ["last update", "last updated", "updated", "modified", "last modified", "edited"]

    /// Collapses white space and decodes character references left in metadata values
    /// (pages often escape twice, so `&amp;#39;` arrives as `&#39;`).
    static func clean(_ s: String) -> String {
        var b = TextBuilder()
        b.append(s.utf8.contains(UInt8(ascii: "&")) ? decodeCharacterReferences(s) : s)
        return b.finish()
    }

    private static let namedReferences: [Substring: String] = [
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…",
    ]

    /// Decodes `&#39;`, `&#x27;` and the common named references; anything else is left as written.
    static func decodeCharacterReferences(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else { out += "&"; rest = after; continue }
            let name = after[..<semi]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16),
                let u = Unicode.Scalar(v)
            {
                replacement = String(Character(u))
            } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) {
                replacement = String(Character(u))
            } else {
                replacement = namedReferences[name]
            }
            if let replacement {
                out += replacement
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    /// "Headline | Site", "Headline - Site", "Headline – Site", "Headline — Site" → "Headline".
    static func stripSiteSuffix(_ raw: String, siteName: String?) -> String {
        let title = clean(raw)
        let bytes = Array(title.utf8)
        for separator in siteSeparators {
            // The last occurrence, found on the bytes (Foundation's backwards search costs more than the whole page's metadata).
            guard let at = ByteSearch.lastIndex(of: separator, in: bytes) else { continue }
            let head = String(decoding: bytes[..<at], as: UTF8.self)
            let tail = String(decoding: bytes[(at + separator.count)...], as: UTF8.self)
            if let site = siteName?.lowercased(), !site.isEmpty {
                if tail.lowercased().contains(site) || site.contains(tail.lowercased()) { return head }
                continue
            }
            // Without a known site name, a short tail after the last separator reads as the site.
            if tail.split(separator: " ").count <= 4 && head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }

    private static let siteSeparators: [[UInt8]] = [" | ", " - ", " – ", " — ", " :: ", " · "].map { Array($0.utf8) }

    /// "https://www.example.com/a/b" → "example.com".
    static func domain(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : host.lowercased()
    }
}
