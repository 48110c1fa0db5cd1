/// Values keyed by words' UTF-8 bytes, kept in the order the words were first added.
///
/// Counting every word of every article through a `[String: Value]` makes a string per word and
/// hashes it with SipHash; this table hashes the bytes as they are (FNV-1a), compares them with the
/// few it may match, and keeps each distinct word once, in one byte buffer. A word's bytes are its
/// identity here: callers that need `String` equality (canonical equivalence) apply it to the
/// distinct words afterwards.
struct WordTable<Value: Sendable>: Sendable {
    /// The distinct words' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each word ends in `bytes`; it starts where the one before ends.
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    private var values: [Value] = []
    /// Open addressing, linear probing: each slot holds a word's index + 1, or 0 when empty.
    private var slots: [Int32]

    /// An empty table sized for about `capacity` distinct words (it grows past them).
    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        bytes.reserveCapacity(capacity * 8)
        ends.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The number of distinct words.
    var count: Int { values.count }

    /// Applies `change` to the value of `word`, which starts as `initial` when the word is new.
    mutating func update(_ word: UnsafeBufferPointer<UInt8>, initial: Value, _ change: (inout Value) -> Void) {
        let hash = HashBits.hash(word)
        let mask = slots.count - 1
        var slot = Self.slot(of: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash && matches(index, word) {
                change(&values[index])
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(values.count + 1)
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        hashes.append(hash)
        values.append(initial)
        change(&values[values.count - 1])
        // Kept at most half full, so probes stay short.
        if values.count * 2 > slots.count { grow() }
    }

    /// The index of `word` in the order of first adding, or nil when it was never added.
    func index(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = HashBits.hash(word)
        let mask = slots.count - 1
        var slot = Self.slot(of: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash && matches(index, word) { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Calls `body` with each distinct word's index, bytes and value, in the order the words were first added.
    func forEachWord(_ body: (Int, UnsafeBufferPointer<UInt8>, Value) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for (index, end) in ends.enumerated() {
                body(index, UnsafeBufferPointer(rebasing: all[start..<end]), values[index])
                start = end
            }
        }
    }

    private func matches(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index == 0 ? 0 : ends[index - 1]
        guard ends[index] - start == word.count else { return false }
        for k in 0..<word.count where bytes[start + k] != word[k] { return false }
        return true
    }

    /// FNV-1a's low bits depend only on the bytes' low bits: the high half is folded in.
    @inline(__always) private static func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Self.slot(of: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
