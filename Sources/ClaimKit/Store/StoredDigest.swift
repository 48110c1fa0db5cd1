/// The column forms of an `ArticleDigest`'s report inputs: the wire-copy sketch as a blob of
/// little-endian 32-bit hashes, the story fingerprint as "term:weight term:weight ..." (most salient
/// first; weights in hundredths). Plain text rather than JSON: decoding JSON for every article was
/// a seventh of an update's time, and the text reads well in Datasette.
struct StoredDigest {
    var sketch: SQLiteDatabase.Value
    var sketchComplete: Bool
    var fingerprint: String

    init(_ digest: ArticleDigest) {
        if let s = digest.sketch {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.hashes.count * 4)
            for h in s.hashes {
                for shift in stride(from: 0, to: 32, by: 8) {
                    bytes.append(UInt8(truncatingIfNeeded: h >> UInt32(shift)))
                }
            }
            sketch = .blob(bytes)
            sketchComplete = s.isComplete
        } else {
            sketch = .null
            sketchComplete = false
        }
        // One pass over the packed terms (`terms` and `weights` would each unpack all of them).
        var text = ""
        digest.story.forEachWeightedTerm { term, weight in
            if !text.isEmpty { text += " " }
            text += "\(term):\(weight)"
        }
        fingerprint = text
    }

    /// The sketch of a stored blob (nil for null or a blob not made by `init`).
    static func sketch(_ value: SQLiteDatabase.Value, complete: Bool) -> ShingleSketch? {
        guard case .blob(let bytes) = value, bytes.count % 4 == 0 else { return nil }
        let hashes = stride(from: 0, to: bytes.count, by: 4).map { i in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[i + $1]) << UInt32(8 * $1) }
        }
        return ShingleSketch(sorted: hashes, isComplete: complete)
    }

    /// The fingerprint of its stored text; pairs that do not read as term:weight are dropped.
    static func fingerprint(_ text: String?) -> StoryFingerprint {
        var terms: [String] = [], weights: [Int] = []
        for pair in (text ?? "").split(separator: " ") {
            // Split at the last colon: a term never holds a space, and the weight never a colon.
            guard let colon = pair.lastIndex(of: ":"), let weight = Int(pair[pair.index(after: colon)...]) else {
                continue
            }
            terms.append(String(pair[..<colon]))
            weights.append(weight)
        }
        return StoryFingerprint(terms: terms, weights: weights)
    }
}
