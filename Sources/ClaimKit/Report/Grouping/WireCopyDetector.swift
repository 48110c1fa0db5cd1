/// Finds syndicated wire copies: articles whose texts are near-identical count as one source.
///
/// Texts are compared as sets of five-word shingles; a Jaccard resemblance at or above `threshold`
/// links two articles, and linked articles form one source (transitively). Each text is reduced to
/// a fixed-size `ShingleSketch`, so a batch keeps a few hundred bytes per article whatever its length,
/// and the resemblance is estimated from the sketches (exact for texts of at most `sketchSize` shingles).
package struct WireCopyDetector: Sendable {
    /// The least shingle Jaccard resemblance of two copies.
    package var threshold: Double
    /// Words per shingle.
    package var shingleWords: Int
    /// Texts with fewer shingles than this are never called copies: two short sentences about one
    /// event share wording without being one source.
    package var minimumShingles: Int
    /// Shingle hashes kept per text. 128 estimates a resemblance of 0.5 within about ±0.04.
    package var sketchSize: Int

    /// Creates a detector.
    package init(threshold: Double = 0.5, shingleWords: Int = 5, minimumShingles: Int = 20, sketchSize: Int = 128) {
        self.threshold = threshold
        self.shingleWords = max(1, shingleWords)
        self.minimumShingles = minimumShingles
        // A sketch must hold at least `minimumShingles` hashes to tell a short text from a long one.
        self.sketchSize = max(sketchSize, minimumShingles, 1)
    }

    /// For each text, the index of the first text of its source (itself when it is no copy).
    package func sources(of texts: [String]) -> [Int] {
        sources(ofSketches: texts.map { sketch($0) })
    }

    /// For each sketch (from `sketch(_:)`), the index of the first text of its source.
    ///
    /// Only pairs that share a sketch hash are compared: an index sorted by hash finds, for each text,
    /// the later texts that share one, so the work grows with the copies there are, not with the
    /// square of the number of texts. The index is one 8-byte entry per kept hash.
    package func sources(ofSketches sketches: [ShingleSketch?]) -> [Int] {
        var sets = UnionFind(count: sketches.count)
        func eligible(_ i: Int) -> ShingleSketch? {
            guard let sketch = sketches[i], sketch.count >= minimumShingles else { return nil }
            return sketch
        }
        // Entries are (hash << 32 | text): sorted, each hash's texts follow one another in ascending order.
        var index: [UInt64] = []
        index.reserveCapacity(sketches.reduce(0) { $0 + ($1?.count ?? 0) })
        for i in sketches.indices {
            guard let sketch = eligible(i) else { continue }
            for hash in sketch.hashes { index.append(UInt64(hash) << 32 | UInt64(UInt32(i))) }
        }
        index.sort()
        var seen = [Bool](repeating: false, count: sketches.count)
        var touched: [Int] = []
        for i in sketches.indices {
            guard let sketch = eligible(i) else { continue }
            for hash in sketch.hashes {
                var k = WireCopyDetector.lowerBound(index, UInt64(hash) << 32 | UInt64(UInt32(i) + 1))
                while k < index.count && index[k] >> 32 == UInt64(hash) {
                    let j = Int(index[k] & 0xFFFF_FFFF)
                    if !seen[j] {
                        seen[j] = true
                        touched.append(j)
                    }
                    k += 1
                }
            }
            for j in touched {
                seen[j] = false
                // Already one source: the pair cannot change the result.
                if sets.find(i) != sets.find(j), sketch.resemblance(sketches[j]!) >= threshold { sets.union(i, j) }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return sketches.indices.map { sets.find($0) }
    }

    /// The first position of `sorted` whose entry is not below `key`.
    static func lowerBound(_ sorted: [UInt64], _ key: UInt64) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Jaccard similarity of two shingle sets.
    package func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for shingle in small where large.contains(shingle) { shared += 1 }
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
