/// `Lexicon.wordFlags` as an open-addressing table keyed by the words' FNV-1a hashes
/// (`HashBits.hash`): the tokenizer asks it once per word with the lower-cased bytes it has
/// just written, without making a `String` and hashing it again for a `Dictionary`.
///
/// Answers equal `wordFlags[word] ?? 0`: a slot with the same hash is taken only when its
/// bytes are the word's too.
struct WordFlagTable: Sendable {
    /// Per slot: 1 + the entry's index, 0 when the slot is empty.
    private let slots: [Int32]
    /// Entry `k`'s hash (a `WordSet` builds its filter from them: each word is hashed once).
    let hashes: [UInt64]
    private let flags: [UInt32]
    /// Entry `k`'s bytes are `bytes[offsets[k]..<offsets[k + 1]]`.
    private let offsets: [Int]
    private let bytes: [UInt8]
    private let mask: Int

    /// Creates the table of `words` and their flags.
    init(_ words: [String: UInt32]) {
        self.init(entries: words.map { (word: $0.key, flags: $0.value) })
    }

    /// Creates the table of `entries`, whose words are distinct.
    init(entries: [(word: String, flags: UInt32)]) {
        // At most a quarter full: a word outside the table mostly ends at its first, empty slot.
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var hashes: [UInt64] = [], flags: [UInt32] = [], offsets = [0], bytes: [UInt8] = []
        hashes.reserveCapacity(entries.count)
        flags.reserveCapacity(entries.count)
        offsets.reserveCapacity(entries.count + 1)
        bytes.reserveCapacity(entries.reduce(0) { $0 + $1.word.utf8.count })
        // In hash order (words only on a tie), so the layout is the same on every run; hashes
        // sort faster than strings, and the tables are built inside the first timed extraction.
        let hashed = entries.map { (hash: HashBits.hash($0.word.utf8), word: $0.word, flags: $0.flags) }
            .sorted { $0.hash != $1.hash ? $0.hash < $1.hash : $0.word < $1.word }
        for (hash, word, wordFlags) in hashed {
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
                if end - start == word.count && sameBytes(start, word) { return flags[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the stored bytes from `start` spell `word` (its length already checked): a plain
    /// loop, as `ArraySlice.elementsEqual` goes through iterators.
    @inline(__always) private func sameBytes(_ start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            for k in 0..<word.count where stored[start + k] != word[k] { return false }
            return true
        }
    }

    /// The flags of `word`, whose `HashBits.hash` is `hash`, found by its bytes when it is ASCII
    /// (0 when absent); nil for any other word, which the caller asks its Swift collection about
    /// (there canonically equal spellings match too).
    func asciiFlags(of word: String, hash: UInt64) -> UInt32? {
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
            bytes.allSatisfy { $0 < 0x80 } ? flags(of: bytes, hash: hash) : nil
        }
        return found ?? nil
    }

    /// The flags of `word` (0 when absent).
    func flags(of word: String) -> UInt32 {
        let utf8 = Array(word.utf8)
        return utf8.withUnsafeBufferPointer { flags(of: $0, hash: HashBits.hash($0)) }
    }
}
