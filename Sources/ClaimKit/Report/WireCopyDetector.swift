/// Finds syndicated wire copies: articles whose texts are near-identical count as one source.
///
/// Texts are compared as sets of five-word shingles; a Jaccard similarity at or above
/// `threshold` links two articles, and linked articles form one source (transitively).
public struct WireCopyDetector: Sendable {
    /// The least shingle Jaccard similarity of two copies.
    public var threshold: Double
    /// Words per shingle.
    public var shingleWords: Int

    /// Creates a detector.
    public init(threshold: Double = 0.5, shingleWords: Int = 5) {
        self.threshold = threshold
        self.shingleWords = shingleWords
    }

    /// For each text, the index of the first text of its source (itself when it is no copy).
    public func sources(of texts: [String]) -> [Int] {
        let sets = texts.map(shingles)
        var parent = Array(texts.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for i in sets.indices where !sets[i].isEmpty {
            for j in (i + 1)..<sets.count where !sets[j].isEmpty {
                if similarity(sets[i], sets[j]) >= threshold {
                    let (a, b) = (root(i), root(j))
                    parent[max(a, b)] = min(a, b)
                }
            }
        }
        return texts.indices.map(root)
    }

    /// Jaccard similarity of two shingle sets.
    public func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// The five-word shingles of `text` (fewer words: the whole text as one shingle).
    public func shingles(_ text: String) -> Set<String> {
        let words = SubjectKindTable.words(text)
        guard !words.isEmpty else { return [] }
        guard words.count >= shingleWords else { return [words.joined(separator: " ")] }
        var out = Set<String>()
        for start in 0...(words.count - shingleWords) {
            out.insert(words[start..<(start + shingleWords)].joined(separator: " "))
        }
        return out
    }
}
