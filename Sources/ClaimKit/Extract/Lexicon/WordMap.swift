/// A `[String: Value]` table of words whose lookups go through the FNV-1a hash the word tables
/// share (`WordFlagTable`), not a `Hasher` run per lookup: number, scale and currency words are
/// asked about for nearly every token near an amount.
///
/// Answers equal the dictionary's: an ASCII word is found by its bytes (no other spelling of
/// it is canonically equivalent); a word with other characters asks the dictionary itself.
/// The tables live in one shared object, so a copy costs one reference count.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
    private let storage: Storage

    /// The table as a dictionary (for iteration and the rare non-ASCII lookup).
    var dictionary: [String: Value] { storage.dictionary }

    /// Creates the table of `dictionary`.
    init(_ dictionary: [String: Value]) {
        storage = Storage(dictionary)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }

    /// The value of `word`, nil when the table does not hold it.
    subscript(word: String) -> Value? { storage.value(of: word) }

    /// The words.
    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    func makeIterator() -> Dictionary<String, Value>.Iterator { dictionary.makeIterator() }

    /// The dictionary, its values in the order `table` numbers them (its flags are 1 + the index).
    private final class Storage: Sendable {
        let dictionary: [String: Value]
        let values: [Value]
        let table: WordFlagTable

        init(_ dictionary: [String: Value]) {
            self.dictionary = dictionary
            let entries = Array(dictionary)
            values = entries.map(\.value)
            table = WordFlagTable(entries: entries.enumerated().map { (word: $1.key, flags: UInt32($0 + 1)) })
        }

        func value(of word: String) -> Value? {
            guard let index = table.asciiFlags(of: word, hash: HashBits.hash(word: word)) else {
                return dictionary[word]
            }
            return index > 0 ? values[Int(index) - 1] : nil
        }
    }
}
