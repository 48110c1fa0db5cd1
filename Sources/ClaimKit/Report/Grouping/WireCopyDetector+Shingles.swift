extension WireCopyDetector {
    /// The sketch of `text`'s shingles (see `ShingleSketch`).
    package func sketch(_ text: String) -> ShingleSketch { sketch(paragraphs: [text]) }

    /// The sketch of the shingles of the paragraphs read as one text (shingles run across paragraphs,
    /// as in the paragraphs joined by blank lines), without joining them.
    package func sketch(paragraphs: [String]) -> ShingleSketch {
        var hasher = ShingleHasher(width: shingleWords, into: ShingleSketch.Builder(size: sketchSize))
        for paragraph in paragraphs { WordScanner.scan(paragraph, into: &hasher) }
        hasher.finish()
        return hasher.output.sketch()
    }

    /// Every distinct shingle hash of `text`, ascending: the set a sketch samples (for tests and tools).
    package func shingleHashes(_ text: String) -> [UInt32] {
        var hasher = ShingleHasher(width: shingleWords, into: AllHashes())
        WordScanner.scan(text, into: &hasher)
        hasher.finish()
        return Array(Set(hasher.output.hashes)).sorted()
    }

    /// The shingles of `text` as strings of lower-case words joined by a space (fewer words than a
    /// shingle: the whole text as one shingle).
    package func shingles(_ text: String) -> Set<String> {
        var words: [String] = []
        WordScanner.forEachWord(text) { words.append(String(decoding: $0, as: UTF8.self)) }
        guard !words.isEmpty else { return [] }
        guard words.count >= shingleWords else { return [words.joined(separator: " ")] }
        var out = Set<String>()
        for start in 0...(words.count - shingleWords) {
            out.insert(words[start..<(start + shingleWords)].joined(separator: " "))
        }
        return out
    }

    /// Takes the shingle hashes of a text.
    protocol ShingleOutput {
        mutating func add(_ hash: UInt32)
    }

    /// Keeps every shingle hash, repeats included.
    struct AllHashes: ShingleOutput {
        var hashes: [UInt32] = []
        mutating func add(_ hash: UInt32) { hashes.append(hash) }
    }

    /// Hashes each word as the scanner hands over its bytes, and each run of `width` words. Generic
    /// over its output and owning it, so nothing per word goes through a closure.
    struct ShingleHasher<Output: ShingleOutput>: WordScanner.Sink {
        let width: Int
        var output: Output
        /// The last `width` word hashes; the oldest sits at `slot` once `count >= width`.
        var ring: [UInt64]
        var slot = 0
        var count = 0
        var hash = HashBits.seed

        init(width: Int, into output: Output) {
            self.width = width
            self.output = output
            ring = [UInt64](repeating: 0, count: width)
        }

        @inline(__always)
        mutating func byte(_ byte: UInt8) { hash = HashBits.mix(hash, byte) }

        mutating func end() {
            ring[slot] = hash
            hash = HashBits.seed
            slot = slot + 1 == width ? 0 : slot + 1
            count += 1
            if count >= width {
                output.add(ring.withUnsafeBufferPointer { WireCopyDetector.combine($0, from: slot, words: width) })
            }
        }

        /// A text of fewer words than a shingle is one shingle of all its words.
        mutating func finish() {
            if count > 0 && count < width {
                output.add(ring.withUnsafeBufferPointer { WireCopyDetector.combine($0, from: 0, words: count) })
            }
        }
    }

    /// One hash of `words` word hashes of `ring` in order from `from`: mixed after each word, so the
    /// order counts, and reduced to the high 32 bits.
    @inline(__always)
    static func combine(_ ring: UnsafeBufferPointer<UInt64>, from start: Int, words: Int) -> UInt32 {
        var hash: UInt64 = 0
        var k = start
        for _ in 0..<words {
            hash = mix((hash ^ ring[k]) &+ 0x9E37_79B9_7F4A_7C15)
            k = k + 1 == ring.count ? 0 : k + 1
        }
        return UInt32(truncatingIfNeeded: hash >> 32)
    }

    /// The splitmix64 finaliser: every input bit reaches every output bit.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
