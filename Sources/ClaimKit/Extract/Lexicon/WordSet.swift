/// A table of lower-case ASCII words with a fast "no": most words a rule asks about are in
/// none of its tables, and a 65,536-bit hash filter answers that without hashing the word
/// into the `Set<String>` (which is asked only when the filter says "maybe").
///
/// The answer equals `Set<String>.contains`: the table's words are ASCII letters, digits and
/// marks that no other spelling is canonically equivalent to, so equal words have equal bytes.
struct WordSet: ExpressibleByArrayLiteral, Sequence, Sendable {
    /// The words.
    let words: Set<String>
    private let hashes: HashBits

    /// Creates a table of `words`.
    init(_ words: Set<String>) {
        self.words = words
        var hashes = HashBits()
        for word in words { hashes.insert(HashBits.hash(word.utf8)) }
        self.hashes = hashes
    }

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    /// Whether `word` is in the table.
    @inline(__always) func contains(_ word: String) -> Bool {
        hashes.mayContain(HashBits.hash(word: word)) && words.contains(word)
    }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    /// The words of both tables.
    func union(_ other: some Sequence<String>) -> Set<String> { words.union(other) }
}
