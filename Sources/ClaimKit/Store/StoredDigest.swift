import Foundation

/// The column forms of an `ArticleDigest`'s report inputs: the wire-copy sketch as a blob of
/// little-endian 32-bit hashes, the story fingerprint as its JSON (`StoryFingerprint`'s Codable form).
struct StoredDigest {
    var sketch: SQLiteDatabase.Value
    var sketchComplete: Bool
    var fingerprint: String

    init(_ digest: ArticleDigest) {
        if let s = digest.sketch {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.hashes.count * 4)
            for h in s.hashes { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: h >> UInt32(shift))) } }
            sketch = .blob(bytes)
            sketchComplete = s.isComplete
        } else {
            sketch = .null
            sketchComplete = false
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        fingerprint = (try? encoder.encode(digest.story)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The sketch of a stored blob (nil for null or a blob not made by `init`).
    static func sketch(_ value: SQLiteDatabase.Value, complete: Bool) -> ShingleSketch? {
        guard case .blob(let bytes) = value, bytes.count % 4 == 0 else { return nil }
        let hashes = stride(from: 0, to: bytes.count, by: 4).map { i in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[i + $1]) << UInt32(8 * $1) }
        }
        return ShingleSketch(sorted: hashes, isComplete: complete)
    }

    /// The fingerprint of stored JSON (empty when unreadable).
    static func fingerprint(_ json: String?) -> StoryFingerprint {
        json.flatMap { try? JSONDecoder().decode(StoryFingerprint.self, from: Data($0.utf8)) } ?? StoryFingerprint(terms: [], weights: [])
    }
}

extension ArticleDigest {
    /// A digest read back from its stored columns.
    init(storedPath path: String, outlet: String?, published: String?, title: String?, url: String?, words: Int,
         sketch: ShingleSketch?, story: StoryFingerprint) {
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
