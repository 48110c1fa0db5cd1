/// `Lexicon.wordFlags` as an open-addressing table keyed by the words' FNV-1a hashes
/// (`HashBits.hash`): the tokenizer asks it once per word with the lower-cased bytes it has
/// just written, without making a `String` and hashing it again for a `Dictionary`.
///
/// Answers equal `wordFlags[word] ?? 0`: a slot with the same hash is taken only when its
/// bytes are the word's too.
struct WordFlagTable: Sendable {
    /// Per slot: 1 + the entry's index, 0 when the slot is empty.
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let flags: [UInt32]
    /// Entry `k`'s bytes are `bytes[offsets[k]..<offsets[k + 1]]`.
    private let offsets: [Int]
    private let bytes: [UInt8]
    private let mask: Int

    /// Creates the table of `words` and their flags.
    init(_ words: [String: UInt32]) {
        // At most a quarter full: a word outside the table mostly ends at its first, empty slot.
        var capacity = 16
        while capacity < words.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var hashes: [UInt64] = [], flags: [UInt32] = [], offsets = [0], bytes: [UInt8] = []
        for (word, wordFlags) in words.sorted(by: { $0.key < $1.key }) {
            let hash = HashBits.hash(word.utf8)
            var slot = Self.slot(hash, capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            hashes.append(hash)
            flags.append(wordFlags)
            bytes.append(contentsOf: word.utf8)
            offsets.append(bytes.count)
            slots[slot] = Int32(hashes.count)
        }
        (self.slots, self.hashes, self.flags, self.offsets, self.bytes) = (slots, hashes, flags, offsets, bytes)
        mask = capacity - 1
    }

    @inline(__always) private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash >> 16) & mask
    }

    /// The flags of the word spelt by `word`, whose `HashBits.hash` is `hash` (0 when absent).
    func flags(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        var slot = Self.slot(hash, mask)
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return 0 }
            if hashes[entry] == hash {
                let start = offsets[entry], end = offsets[entry + 1]
                if end - start == word.count && bytes[start..<end].elementsEqual(word) { return flags[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The flags of `word` (0 when absent).
    func flags(of word: String) -> UInt32 {
        let utf8 = Array(word.utf8)
        return utf8.withUnsafeBufferPointer { flags(of: $0, hash: HashBits.hash($0)) }
    }
}
