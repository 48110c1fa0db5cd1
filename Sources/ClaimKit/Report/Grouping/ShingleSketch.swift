/// A fixed-size fingerprint of a text's word shingles (a bottom-k MinHash sketch).
///
/// It keeps the `k` smallest distinct 32-bit shingle hashes, so an article costs at most `4 k`
/// bytes however long it is, and two sketches estimate the Jaccard resemblance of the two
/// shingle sets. A text with at most `k` distinct shingles keeps all of them (`isComplete`), and
/// two complete sketches give the exact resemblance.
package struct ShingleSketch: Sendable, Equatable {
    /// The smallest distinct shingle hashes, ascending.
    package private(set) var hashes: [UInt32]
    /// Whether `hashes` holds every distinct shingle of the text.
    package private(set) var isComplete: Bool

    /// A sketch from the distinct shingle hashes of a text, given in any order and with repeats.
    package init<Hashes: Sequence>(hashes all: Hashes, size: Int) where Hashes.Element == UInt32 {
        var builder = Builder(size: size)
        for hash in all { builder.add(hash) }
        self = builder.sketch()
    }

    init(sorted hashes: [UInt32], isComplete: Bool) {
        self.hashes = hashes
        self.isComplete = isComplete
    }

    /// The number of distinct shingles, when the sketch is complete; else at least `hashes.count`.
    package var count: Int { hashes.count }

    /// The estimated Jaccard resemblance of the two texts' shingle sets (exact when both are complete).
    ///
    /// Below the smaller of the two sketches' largest hashes both sketches hold every shingle of their
    /// text, so the shingles there are a uniform sample of the union whose shared part is known exactly.
    package func resemblance(_ other: ShingleSketch) -> Double {
        let mine = isComplete ? UInt32.max : (hashes.last ?? .max)
        let theirs = other.isComplete ? UInt32.max : (other.hashes.last ?? .max)
        let limit = min(mine, theirs)
        let a = hashes, b = other.hashes
        var i = 0, j = 0, shared = 0, union = 0
        while i < a.count || j < b.count {
            let hasA = i < a.count, hasB = j < b.count
            let next = hasA && hasB ? min(a[i], b[j]) : hasA ? a[i] : b[j]
            // Past the limit a hash missing from one sketch may still be in its text.
            if next > limit { break }
            if hasA && hasB && a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if hasA && (!hasB || a[i] < b[j]) {
                i += 1
            } else {
                j += 1
            }
            union += 1
        }
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Collects the smallest `size` distinct hashes of a stream in bounded memory.
    struct Builder: WireCopyDetector.ShingleOutput {
        let size: Int
        private var buffer: [UInt32] = []
        /// Hashes above this cannot be among the smallest `size` any more.
        private var cutoff = UInt32.max
        private var truncated = false

        init(size: Int) {
            self.size = max(1, size)
            buffer.reserveCapacity(self.size * 4)
        }

        mutating func add(_ hash: UInt32) {
            guard hash <= cutoff else {
                truncated = true
                return
            }
            buffer.append(hash)
            if buffer.count >= size * 4 { compact() }
        }

        /// Sorts, drops repeats and keeps the smallest `size`.
        private mutating func compact() {
            buffer.sort()
            var out = 0
            for k in buffer.indices where out == 0 || buffer[out - 1] != buffer[k] {
                buffer[out] = buffer[k]
                out += 1
            }
            if out > size {
                out = size
                truncated = true
            }
            buffer.removeSubrange(out...)
            if buffer.count == size { cutoff = buffer[size - 1] }
        }

        mutating func sketch() -> ShingleSketch {
            compact()
            // A new array of exactly the kept hashes: the working buffer has room for four times as many,
            // and a sketch is kept per article.
            let kept = [UInt32](unsafeUninitializedCapacity: buffer.count) { out, count in
                _ = out.initialize(from: buffer)
                count = buffer.count
            }
            return ShingleSketch(sorted: kept, isComplete: !truncated)
        }
    }
}
