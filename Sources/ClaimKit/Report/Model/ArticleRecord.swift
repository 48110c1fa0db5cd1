import Foundation

/// The `{"record":"article",...}` line of `claims extract --with-articles`: everything a report
/// needs of one article (metadata, word count, wire-copy sketch) so that `claims report --claims`
/// can group claims from JSON Lines alone, with no page at hand (the map step's output).
///
/// Every field of the record is written and read here: a new per-article field (a story
/// fingerprint, say) is added to `line` and `digest(from:)` and to `ArticleDigest`, nowhere else.
package enum ArticleRecord {
    /// The record line (no line break) for `article`, whose digest is `digest`.
    package static func line(_ article: Article, digest: ArticleDigest) -> String {
        var w = JSONObjectWriter()
        w.add("record", "article")
        w.add("article", digest.path)
        w.add("title", article.title)
        w.add("outlet", digest.outlet)
        w.add("url", article.url)
        w.add("published", digest.published)
        if let fetched = article.fetched { w.add("fetched", fetched) }
        w.add("words", digest.words)
        if let sketch = digest.sketch {
            w.add("sketch_complete", sketch.isComplete)
            w.addRaw("sketch", "[" + sketch.hashes.map { String($0) }.joined(separator: ",") + "]")
        } else {
            w.addRaw("sketch", "null")
        }
        w.add("story_terms", digest.story.terms)
        w.addRaw("story_weights", "[" + digest.story.weights.map { String($0) }.joined(separator: ",") + "]")
        return w.json
    }

    /// True when `line` is an article record (it starts as `line` writes it).
    package static func isRecord(_ line: Substring) -> Bool {
        line.hasPrefix("{\"record\":\"article\"")
    }

    /// The digest an article record describes; nil when the line is not a well-formed article record.
    package static func digest(from line: Substring) -> ArticleDigest? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            object["record"] as? String == "article", let path = object["article"] as? String,
            let words = object["words"] as? Int
        else { return nil }
        var sketch: ShingleSketch?
        if let hashes = object["sketch"] as? [Any] {
            let values = hashes.compactMap { ($0 as? NSNumber).flatMap { UInt32(exactly: $0.uint64Value) } }
            guard values.count == hashes.count, values == values.sorted() else { return nil }
            sketch = ShingleSketch(sorted: values, isComplete: object["sketch_complete"] as? Bool ?? false)
        }
        let terms = object["story_terms"] as? [String] ?? []
        let weights = (object["story_weights"] as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.intValue }
        guard terms.count == weights.count else { return nil }
        return ArticleDigest(
            path: path, outlet: object["outlet"] as? String, published: object["published"] as? String,
            title: object["title"] as? String, url: object["url"] as? String,
            words: words, sketch: sketch, story: StoryFingerprint(terms: terms, weights: weights))
    }
}

extension ArticleDigest {
    /// A digest from its parts (as an article record gives them).
    package init(
        path: String, outlet: String?, published: String?, title: String? = nil, url: String? = nil,
        words: Int, sketch: ShingleSketch?, story: StoryFingerprint = StoryFingerprint(terms: [], weights: [])
    ) {
        self.path = path
        self.outlet = outlet
        self.published = published
        self.title = title
        self.url = url
        self.words = words
        self.sketch = sketch
        self.story = story
    }
}
