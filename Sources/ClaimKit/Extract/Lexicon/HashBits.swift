/// A 65,536-bit set of 64-bit FNV-1a hashes: a membership test in two instructions that may
/// answer "maybe" for a word outside the set (then the caller asks the real table), never "no"
/// for a word in it. Lets byte scans skip hashing most words into a `Set<String>`.
struct HashBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    /// The FNV-1a offset basis: the hash of no bytes.
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash of `hash`'s bytes followed by `byte`.
    @inline(__always) static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0100_0000_01B3
    }

    /// The 64-bit FNV-1a hash of `bytes`: the same on every run (unlike `Hasher`); report fingerprints use it too.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = seed
        for b in bytes { hash = mix(hash, b) }
        return hash
    }

    /// How many elements two ascending arrays of hashes share (report fingerprints and sentence contexts).
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// `hash(word.utf8)`, read from the string's contiguous bytes when it has them (native and
    /// small strings do): no per-byte trip through the `Sequence` protocol.
    @inline(__always) static func hash(word: String) -> UInt64 {
        if let hash = word.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var hash = seed
            for b in bytes { hash = mix(hash, b) }
            return hash
        }) {
            return hash
        }
        return hash(word.utf8)
    }

    /// Adds a hash.
    mutating func insert(_ hash: UInt64) {
        let slot = Int(truncatingIfNeeded: (hash >> 20) & 0xFFFF)
        words[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// False when `hash` was surely never inserted.
    @inline(__always) func mayContain(_ hash: UInt64) -> Bool {
        let slot = Int(truncatingIfNeeded: (hash >> 20) & 0xFFFF)
        return words[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
