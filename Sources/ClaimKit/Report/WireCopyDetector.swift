/// Finds syndicated wire copies: articles whose texts are near-identical count as one source.
///
/// Texts are compared as sets of five-word shingles; a Jaccard similarity at or above
/// `threshold` links two articles, and linked articles form one source (transitively).
public struct WireCopyDetector: Sendable {
    /// The least shingle Jaccard similarity of two copies.
    public var threshold: Double
    /// Words per shingle.
    public var shingleWords: Int
    /// Texts with fewer shingles than this are never called copies: two short sentences about one
    /// event share wording without being one source.
    public var minimumShingles: Int

    /// Creates a detector.
    public init(threshold: Double = 0.5, shingleWords: Int = 5, minimumShingles: Int = 20) {
        self.threshold = threshold
        self.shingleWords = shingleWords
        self.minimumShingles = minimumShingles
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
        for i in sets.indices where sets[i].count >= minimumShingles {
            for j in (i + 1)..<sets.count where sets[j].count >= minimumShingles {
                // Jaccard is at most the ratio of the sizes: skip pairs that cannot reach the threshold.
                let (small, large) = (min(sets[i].count, sets[j].count), max(sets[i].count, sets[j].count))
                guard Double(small) >= threshold * Double(large) else { continue }
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
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for shingle in small where large.contains(shingle) { shared += 1 }
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
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
