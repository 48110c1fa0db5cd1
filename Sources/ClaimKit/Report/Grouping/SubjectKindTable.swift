/// The synonyms table that maps a subject phrase to its `SubjectKind`.
///
/// Entries are tried in order; the first whose phrase occurs in the subject (word for word,
/// singular or plural) wins, so institution phrases ("interior ministry") come before the
/// bare nouns they contain. Subjects matching nothing get a kind named after their head noun.
public struct SubjectKindTable: Sendable {
    /// One row: the kind and the phrases that name it.
    public struct Entry: Sendable {
        /// The kind the phrases name.
        public var kind: SubjectKind
        /// Words or word sequences, singular or plural.
        public var phrases: [String]

        /// Creates a row.
        public init(kind: SubjectKind, phrases: [String]) {
            self.kind = kind
            self.phrases = phrases
        }
    }

    /// The rows in priority order.
    public var entries: [Entry]
    private let compiled: [(kind: SubjectKind, phrases: [[String]])]

    /// Creates a table from rows in priority order.
    public init(entries: [Entry]) {
        self.entries = entries
        compiled = entries.map { entry in (entry.kind, entry.phrases.map { SubjectKindTable.words($0) }) }
    }

    /// The default English table: the kinds below, named by `Lexicon.subjectKindPhrases`.
    public static let standard = SubjectKindTable(
        entries: Lexicon.subjectKindPhrases.map { id, phrases in
            Entry(kind: standardKinds[id] ?? SubjectKind(id: id, label: id), phrases: phrases)
        })

    /// The kinds of the default table, by id (their words are in `Lexicon.subjectKindPhrases`).
    static let standardKinds: [String: SubjectKind] = Dictionary(
        uniqueKeysWithValues: [
            SubjectKind(id: "police", label: "police/security personnel", family: "armed", isPeople: true),
            SubjectKind(id: "journalist", label: "journalists", isPeople: true),
            SubjectKind(id: "aid-worker", label: "aid workers", isPeople: true),
            SubjectKind(id: "military", label: "soldiers/armed personnel", family: "armed", isPeople: true),
            SubjectKind(id: "civilian", label: "civilians", isPeople: true),
            SubjectKind(id: "people", label: "people", isGeneric: true, isPeople: true),
            SubjectKind(id: "minefield", label: "minefields"),
            SubjectKind(id: "mine", label: "mines/explosive devices"),
            SubjectKind(id: "armor", label: "tanks/armoured vehicles"),
            SubjectKind(id: "mortar", label: "mortars"),
            SubjectKind(id: "rocket", label: "rocket systems/missiles"),
            SubjectKind(id: "artillery", label: "artillery"),
            SubjectKind(id: "drone", label: "drones"),
            SubjectKind(id: "aircraft", label: "aircraft"),
            SubjectKind(id: "ship", label: "ships"),
            SubjectKindTable.equipment,
        ].map { ($0.id, $0) })

    /// Words for any equipment ("pieces of equipment"): they may be the vehicles or missiles another outlet names.
    static let equipment = SubjectKind(id: "equipment", label: "equipment", isGeneric: true)

    /// The kind of `subject` counted in a claim of `category`: in categories that count people, a
    /// subject the table does not know is taken as people in general (it still differs in wording);
    /// the subject of a sum of money never tells two sums apart.
    public func kind(of subject: String, category: ClaimCategory) -> SubjectKind {
        kind(kind(of: subject), category: category)
    }

    /// `kind` (of a subject, from `kind(of:)`) as counted in a claim of `category`.
    func kind(_ kind: SubjectKind, category: ClaimCategory) -> SubjectKind {
        var kind = kind
        if kind.id.hasPrefix("head:") && [.killed, .injured, .casualties, .displaced].contains(category) {
            kind.isGeneric = true
            kind.isPeople = true
        }
        // A sum is identified by its currency, amount and event; the purpose words around it ("emergency
        // aid", "relief", "help", "package") only word it differently.
        if category == .money { kind.isGeneric = true }
        // Munitions or explosives counted as equipment (an arms package) may be the missiles or shells
        // another outlet names.
        if category == .equipment && kind.id == "mine" { return SubjectKindTable.equipment }
        return kind
    }

    /// The kind of `subject`.
    public func kind(of subject: String) -> SubjectKind {
        let words = SubjectKindTable.words(subject)
        if words.isEmpty { return .unknown }
        // A specific kind named by the head noun wins over a modifier's ("fighter jets" are aircraft).
        let last = SubjectKindTable.headNoun(words)
        for row in compiled where !row.kind.isGeneric {
            for phrase in row.phrases where phrase.last == last && SubjectKindTable.contains(words, phrase) {
                return row.kind
            }
        }
        for row in compiled {
            for phrase in row.phrases where SubjectKindTable.contains(words, phrase) { return row.kind }
        }
        return SubjectKind(id: "head:" + last, label: last)
    }

    private static let headStops: Set<String> = [
        "of", "who", "that", "which", "in", "from", "on", "at", "for", "with", "by", "to",
    ]

    /// The last word before a relative clause or prepositional phrase ("clearing of mines" → "clearing").
    static func headNoun(_ words: [String]) -> String {
        var head = words.first ?? ""
        for word in words {
            if headStops.contains(word) { break }
            head = word
        }
        return head
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        search: for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            for k in 1..<phrase.count where words[start + k] != phrase[k] { continue search }
            return true
        }
        return false
    }

    /// Lower-cased singular words; hyphenated words stay whole ("anti-personnel").
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        WordScanner.forEachWord(text) { out.append(singular(utf8: $0)) }
        return out
    }

    /// `singular(_:)` of a lower-case word given as UTF-8 bytes; ASCII words are cut as bytes, and
    /// a word no longer than a small string never allocates.
    static func singular(utf8 word: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: word, as: UTF8.self)
        guard word.allSatisfy({ $0 < 0x80 }) else { return singular(text) }
        if let known = irregular[text] { return known }
        let n = word.count
        guard n > 3 else { return text }
        func endsWith(_ suffix: StaticString) -> Bool {
            let m = suffix.utf8CodeUnitCount
            guard n >= m else { return false }
            let s = UnsafeBufferPointer(start: suffix.utf8Start, count: m)
            for k in 0..<m where word[n - m + k] != s[k] { return false }
            return true
        }
        func prefix(_ count: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: word[0..<count]), as: UTF8.self)
        }
        if endsWith("ies") { return prefix(n - 3) + "y" }
        if endsWith("sses") || endsWith("xes") || endsWith("ches") || endsWith("shes") { return prefix(n - 2) }
        if endsWith("ss") || endsWith("us") || endsWith("is") { return text }
        if endsWith("s") { return prefix(n - 1) }
        return text
    }

    private static let irregular: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "lives": "life", "policemen": "policeman",
        "policewomen": "policewoman", "servicemen": "serviceman", "people": "people", "personnel": "personnel",
        "militiamen": "militiaman", "police": "police", "news": "news", "armed": "armed", "armored": "armored",
        "armoured": "armoured", "civilians": "civilian", "gas": "gas", "series": "series", "species": "species",
    ]

    /// A crude English singular, enough to match table phrases.
    public static func singular(_ word: String) -> String {
        if let known = irregular[word] { return known }
        guard word.count > 3 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }
}
