/// One token of a sentence: a word, a run of digits, or one punctuation mark.
///
/// Offsets are UTF-8 byte offsets into the sentence, so a phrase "as written" is a byte slice.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, number, punct }

    var kind: Kind
    /// Byte range in the sentence's UTF-8.
    var start: Int
    var end: Int
    /// Lower-cased word (typographic apostrophes folded to `'`), digits as written, or the mark.
    var lower: String
    /// White space (or the sentence start) comes right before this token.
    var spaceBefore: Bool
    /// The word starts with an upper-case letter.
    var capitalized: Bool
    /// For numbers: the value of the digits, nil when too long to be a count.
    var value: Double?
    /// For numbers: how many digits (separators not counted).
    var digits: Int
    /// For numbers: holds a thousands separator, a decimal point, or a colon (clock time).
    var hasSeparator: Bool
    var hasDecimal: Bool
    var hasColon: Bool
    /// `Lexicon.Flag` bits of the word, looked up once so hot loops test bits, not hash strings.
    var flags: UInt32 = 0
    /// The FNV-1a hash of `lower`'s UTF-8 (`HashBits.hash`), made once: `WordSet.contains(token:)`
    /// asks its tables with it instead of hashing the word again at every rule.
    let hash: UInt64

    init(
        kind: Kind, start: Int, end: Int, lower: String, spaceBefore: Bool, capitalized: Bool = false,
        value: Double? = nil, digits: Int = 0, hasSeparator: Bool = false, hasDecimal: Bool = false,
        hasColon: Bool = false, flags: UInt32 = 0, hash: UInt64? = nil
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.lower = lower
        self.spaceBefore = spaceBefore
        self.capitalized = capitalized
        self.value = value
        self.digits = digits
        self.hasSeparator = hasSeparator
        self.hasDecimal = hasDecimal
        self.hasColon = hasColon
        self.flags = flags
        self.hash = hash ?? HashBits.hash(word: lower)
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isPunct: Bool { kind == .punct }
    /// (Lengths first: most tests are of a different word, and a length is read without a string compare.)
    func `is`(_ word: String) -> Bool { lower.utf8.count == word.utf8.count && lower == word }
    func has(_ flag: UInt32) -> Bool { flags & flag != 0 }
}
