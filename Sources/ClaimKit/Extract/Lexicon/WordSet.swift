/// A table of lower-case ASCII words with a fast "no": most words a rule asks about are in
/// none of its tables, and a 65,536-bit hash filter answers that from the word's FNV-1a hash;
/// a "maybe" is settled by a `WordFlagTable` probe with the same hash (no `Hasher` run).
///
/// The answer equals `Set<String>.contains` for ASCII words (no other spelling is canonically
/// equivalent to an ASCII word, so equal words have equal bytes); the few marks that are not
/// ASCII ("”") are matched by their bytes first, then by the set.
///
/// The tables live in one shared object, so copying a value that holds word sets (a
/// `CategorySpec` holds eight) costs one reference count per set.
struct WordSet: ExpressibleByArrayLiteral, Sequence, Sendable {
    private let storage: Storage

    /// The words.
    var words: Set<String> { storage.words }

    /// Creates a table of `words`.
    init(_ words: Set<String>) {
        storage = Storage(words)
    }

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    /// Whether `word` is in the table: the filter answers most words inline; a "maybe" goes to the exact table.
    @inline(__always) func contains(_ word: String) -> Bool {
        let hash = HashBits.hash(word: word)
        return storage.hashes.mayContain(hash) && storage.contains(word, hash: hash)
    }

    /// Whether `token`'s word is in the table, asked with the hash the tokenizer made (the same
    /// answer as `contains(token.lower)`, without hashing the word again).
    @inline(__always) func contains(token: Token) -> Bool {
        storage.hashes.mayContain(token.hash) && storage.contains(token.lower, hash: token.hash)
    }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    /// The words of both tables.
    func union(_ other: some Sequence<String>) -> Set<String> { words.union(other) }

    /// The words, their hash filter and their exact table.
    private final class Storage: Sendable {
        let words: Set<String>
        let hashes: HashBits
        /// The words again, keyed by the same hash, for the exact answer.
        let table: WordFlagTable

        init(_ words: Set<String>) {
            self.words = words
            table = WordFlagTable(entries: words.map { (word: $0, flags: 1) })
            var hashes = HashBits()
            for hash in table.hashes { hashes.insert(hash) }
            self.hashes = hashes
        }

        /// Whether `word`, whose filter hash is `hash`, is one of the words: an ASCII word by its
        /// bytes, another by the set (where canonically equal spellings match too).
        func contains(_ word: String, hash: UInt64) -> Bool {
            table.asciiFlags(of: word, hash: hash).map { $0 != 0 } ?? words.contains(word)
        }
    }
}
