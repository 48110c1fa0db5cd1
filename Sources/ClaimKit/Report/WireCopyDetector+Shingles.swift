extension WireCopyDetector {
    /// The sketch of `text`'s shingles (see `ShingleSketch`).
    public func sketch(_ text: String) -> ShingleSketch { sketch(paragraphs: [text]) }

    /// The sketch of the shingles of the paragraphs read as one text (shingles run across paragraphs,
    /// as in the paragraphs joined by blank lines), without joining them.
    public func sketch(paragraphs: [String]) -> ShingleSketch {
        var builder = ShingleSketch.Builder(size: sketchSize)
        forEachShingleHash(paragraphs) { builder.add($0) }
        return builder.sketch()
    }

    /// Every distinct shingle hash of `text`, ascending: the set a sketch samples (for tests and tools).
    public func shingleHashes(_ text: String) -> [UInt32] {
        var all: [UInt32] = []
        forEachShingleHash([text]) { all.append($0) }
        return Array(Set(all)).sorted()
    }

    /// The shingles of `text` as strings of lower-case words joined by a space (fewer words than a
    /// shingle: the whole text as one shingle).
    public func shingles(_ text: String) -> Set<String> {
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

    /// Calls `body` with the 32-bit hash of every shingle of the texts read as one, repeats included.
    func forEachShingleHash(_ texts: [String], _ body: (UInt32) -> Void) {
        withoutActuallyEscaping(body) { body in
            var hasher = ShingleHasher(width: shingleWords, emit: body)
            for text in texts { WordScanner.scan(text, into: &hasher) }
            hasher.finish()
        }
    }

    /// Hashes each word as the scanner hands over its bytes, and each run of `width` words.
    struct ShingleHasher: WordScanner.Sink {
        let width: Int
        let emit: (UInt32) -> Void
        /// The last `width` word hashes; the oldest sits at `slot` once `count >= width`.
        var ring: [UInt64]
        var slot = 0
        var count = 0
        var hash = WireCopyDetector.fnvOffset

        init(width: Int, emit: @escaping (UInt32) -> Void) {
            self.width = width
            self.emit = emit
            ring = [UInt64](repeating: 0, count: width)
        }

        @inline(__always)
        mutating func byte(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* WireCopyDetector.fnvPrime }

        mutating func end() {
            ring[slot] = hash
            hash = WireCopyDetector.fnvOffset
            slot = slot + 1 == width ? 0 : slot + 1
            count += 1
            if count >= width { emit(ring.withUnsafeBufferPointer { WireCopyDetector.combine($0, from: slot, words: width) }) }
        }

        /// A text of fewer words than a shingle is one shingle of all its words.
        func finish() {
            if count > 0 && count < width { emit(ring.withUnsafeBufferPointer { WireCopyDetector.combine($0, from: 0, words: count) }) }
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

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3
}
