import Foundation

/// The article fields of a page's JSON-LD blocks (`@graph` and lists included).
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var url: String?
    var articleBody: String?
    /// The text of a how-to or recipe (its description, then its steps), as markup: the body of a page that
    /// renders it only from script.
    var instructions: String?

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "backgroundnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle", "report",
        "webpage", "posting", "socialmediaposting",
    ]

    /// Reads the first article-like object of `blocks` (raw JSON texts).
    static func read(_ blocks: [String]) -> JSONLDArticle {
        var objects: [[String: Any]] = []
        for block in blocks {
            let trimmed = block
            guard !trimmed.isEmpty, trimmed.utf8.count < 4_000_000,
                let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed])
            else { continue }
            collect(value, into: &objects, depth: 0)
        }
        var result = JSONLDArticle()
        // Prefer article types over a generic WebPage.
        let ranked =
            objects.filter { types(of: $0).contains { articleTypes.contains($0) && $0 != "webpage" } }
            + objects.filter { types(of: $0).contains("webpage") }
        for object in ranked {
            if result.headline == nil { result.headline = string(object["headline"]) ?? string(object["name"]) }
            if result.datePublished == nil {
                result.datePublished = string(object["datePublished"]) ?? string(object["dateCreated"])
            }
            if result.author == nil { result.author = names(object["author"]) }
            if result.publisher == nil { result.publisher = names(object["publisher"]) }
            if result.url == nil { result.url = string(object["url"]) ?? idURL(object["mainEntityOfPage"]) }
            if result.articleBody == nil { result.articleBody = string(object["articleBody"]) }
        }
        if let howTo = objects.first(where: { types(of: $0).contains { instructionTypes.contains($0) } }) {
            result.instructions = instructionMarkup(of: howTo)
        }
        if result.publisher == nil {
            for object in objects
            where types(of: object).contains(where: { $0 == "organization" || $0 == "newsmediaorganization" }) {
                if let name = string(object["name"]) { result.publisher = name; break }
            }
        }
        return result
    }

    private static let instructionTypes: Set<String> = ["howto", "recipe"]

    /// The description and the step texts of a how-to or recipe object, each piece a paragraph of markup.
    static func instructionMarkup(of object: [String: Any]) -> String? {
        var pieces: [String] = []
        if let description = string(object["description"]) { pieces.append(description) }
        stepTexts(object["step"] ?? object["recipeInstructions"], into: &pieces, depth: 0)
        let markup = pieces.map { $0.contains("<") ? $0 : "<p>\($0)</p>" }.joined(separator: "\n")
        return markup.isEmpty ? nil : markup
    }

    /// Texts of steps given as strings, `HowToStep`/`HowToDirection` objects (their `text`) or lists of them.
    private static func stepTexts(_ value: Any?, into pieces: inout [String], depth: Int) {
        guard depth < 6, let value else { return }
        if let text = value as? String {
            let trimmed = ByteSearch.trimmed(text)
            if !trimmed.isEmpty { pieces.append(trimmed) }
        } else if let list = value as? [Any] {
            for item in list { stepTexts(item, into: &pieces, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            if let text = object["text"] { stepTexts(text, into: &pieces, depth: depth + 1) }
            stepTexts(object["itemListElement"], into: &pieces, depth: depth + 1)
        }
    }

    private static func collect(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for item in array { collect(item, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t.lowercased()] }
        if let t = object["@type"] as? [Any] { return t.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = ByteSearch.trimmed(s)
            return t.isEmpty ? nil : t
        }
        if let a = value as? [Any], let first = a.first { return string(first) }
        return nil
    }

    private static func idURL(_ value: Any?) -> String? {
        if let s = value as? String, s.hasPrefix("http") { return s }
        if let o = value as? [String: Any], let s = o["@id"] as? String, s.hasPrefix("http") { return s }
        return nil
    }

    /// A person/organization name or a list of them joined with ", ".
    private static func names(_ value: Any?) -> String? {
        if let s = value as? String { return s.hasPrefix("http") ? nil : s }
        if let o = value as? [String: Any] { return string(o["name"]) }
        if let a = value as? [Any] {
            let all = a.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
