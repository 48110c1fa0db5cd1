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
        sources(ofFingerprints: texts.map(fingerprint))
    }

    /// For each fingerprint (from `fingerprint(_:)`), the index of the first of its source.
    ///
    /// Only pairs that share a shingle are compared: an index from shingle to texts counts the
    /// shared shingles of every such pair, so the work grows with the copies there are, not with
    /// the square of the number of texts.
    public func sources(ofFingerprints sets: [[UInt64]]) -> [Int] {
        var parent = Array(sets.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        var textsOfShingle: [UInt64: [Int32]] = [:]
        for i in sets.indices where sets[i].count >= minimumShingles {
            for shingle in sets[i] { textsOfShingle[shingle, default: []].append(Int32(i)) }
        }
        var shared = [Int32](repeating: 0, count: sets.count)
        var touched: [Int] = []
        for i in sets.indices where sets[i].count >= minimumShingles {
            for shingle in sets[i] {
                // Postings are in ascending text order: count only the later texts.
                for j in textsOfShingle[shingle]!.reversed() {
                    let j = Int(j)
                    if j <= i { break }
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += 1
                }
            }
            for j in touched {
                let count = Int(shared[j])
                shared[j] = 0
                let union = sets[i].count + sets[j].count - count
                if union > 0 && Double(count) / Double(union) >= threshold {
                    let (a, b) = (root(i), root(j))
                    parent[max(a, b)] = min(a, b)
                }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return sets.indices.map(root)
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

    /// The distinct shingles of `text` as sorted 64-bit hashes: a few bytes per shingle instead of
    /// a string, so a batch keeps the fingerprint of every article rather than its text.
    public func fingerprint(_ text: String) -> [UInt64] {
        let words = SubjectKindTable.words(text)
        guard !words.isEmpty else { return [] }
        let width = min(shingleWords, words.count)
        var out: [UInt64] = []
        out.reserveCapacity(words.count - width + 1)
        for start in 0...(words.count - width) {
            // FNV-1a over the shingle's words as they are joined by spaces, from per-word hashes.
            var hash = WireCopyDetector.fnvOffset
            for k in start..<(start + width) {
                if k > start { hash = (hash ^ 0x20) &* WireCopyDetector.fnvPrime }
                hash = WireCopyDetector.fnv1a(words[k].utf8, seed: hash)
            }
            out.append(hash)
        }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for h in out where unique.last != h { unique.append(h) }
        return unique
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// 64-bit FNV-1a of `bytes`, continuing from `seed`: deterministic across runs, unlike `Hasher`.
    static func fnv1a(_ bytes: String.UTF8View, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* fnvPrime }
        return hash
    }
}
