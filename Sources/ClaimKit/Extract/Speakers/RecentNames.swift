/// The speakers, institutions or sentence subjects an article has named so far, most recent
/// last, for resolving "it said" or "the ministry said" against earlier sentences.
///
/// Each name is kept once, at its latest mention: a search for the most recent name that fits
/// gives the same answer as over the full list with repeats, because whether a name fits
/// depends on the name alone. At most `limit` distinct names are kept (the oldest drop out),
/// so a look-back costs a bounded number of checks and an article of any length (a page that
/// repeats "the ministry said" 400,000 times) resolves in linear time and constant memory.
struct RecentNames {
    /// One remembered name and the facts about it that look-backs test (worked out only when
    /// a look-back asks: most names are never looked back at).
    struct Entry {
        /// The name as written.
        let name: String
        /// Its lower-cased form.
        var lower: String { name.lowercased() }
        /// Whether the name reads as a person, when it was already worked out as it was recorded.
        var knownPerson: Bool?
        /// The name reads as a person ("he"/"she" may point to it); read when a look-back asks.
        var isPerson: Bool { knownPerson ?? RecentNames.isPerson(name) }
        /// The name was written capitalised inside a sentence, where the capital is the name's own.
        var isProperName = false
        /// The name reads as a plural ("they" may point to it); a one-word proper name ending in -s
        /// ("Emirates") does not.
        var isPlural: Bool { !(isProperName && !name.contains(" ")) && RecentNames.isPlural(name) }
    }

    /// Distinct names, most recent last.
    private(set) var entries: [Entry] = []
    /// How many distinct names are kept; far more than any real article names.
    let limit: Int

    /// Creates an empty list that keeps up to `limit` distinct names.
    init(limit: Int = 128) {
        self.limit = limit
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The most recent name.
    var last: Entry? { entries.last }

    /// Records a mention of `name`: it becomes the most recent.
    /// `isPerson`, when the caller has already worked it out, is kept so look-backs need not again.
    mutating func append(_ name: String, isPerson: Bool? = nil, isProperName: Bool = false) {
        // (Lengths first: most kept names differ in length, and a length needs no string compare.)
        let length = name.utf8.count
        if let index = entries.lastIndex(where: { $0.name.utf8.count == length && $0.name == name }) {
            if index != entries.count - 1 { entries.append(entries.remove(at: index)) }
            if let isPerson { entries[entries.count - 1].knownPerson = isPerson }
            if isProperName { entries[entries.count - 1].isProperName = true }
            return
        }
        entries.append(Entry(name: name, knownPerson: isPerson, isProperName: isProperName))
        if entries.count > limit { entries.removeFirst() }
    }

    /// The most recent name that satisfies `fits`.
    func last(where fits: (Entry) -> Bool) -> Entry? {
        entries.last(where: fits)
    }

    /// Whether a speaker's words name a person (for "he said"/"she said").
    static func isPerson(_ speaker: String) -> Bool {
        let spoken = speaker.spacedWords()
        let words = speaker.lowercased().spacedWords().map(String.init)
        // "President Trump's advisers": a lower-case plural head is not one person; "The official
        // IRNA news agency": nor is an organisation's.
        if let head = spoken.last, head.first?.isLowercase == true,
            head.count > 3 && head.hasSuffix("s") && !head.hasSuffix("ss")
                || Lexicon.organisationWords.contains(head.lowercased())
        {
            return false
        }
        if words.contains(where: { Lexicon.personWords.contains($0) }) {
            // "the ministry spokesman" is a person; "the president's office" is not.
            return !words.contains(where: { Lexicon.officeWords.contains($0) })
                || words.contains(where: { Lexicon.spokespersonWords.contains($0) })
        }
        // Two or more capitalised words without an organisation word look like a name ("The Red
        // Cross", with its article, does not).
        if words.first == "the" { return false }
        let caps = spoken.filter { $0.first?.isUppercase == true }.count
        let org = words.contains(where: { Lexicon.organisationWords.contains($0) })
        return caps >= 2 && !org && words.count <= 4 && !words.contains(where: { Lexicon.months.contains($0) })
    }

    /// Whether a speaker's words name a body or a role that can write a statement or report: a
    /// capitalised name or a speaker's noun ("the ministry"), not a common plural ("Many people"):
    /// judged by its last word, the head.
    static func isNamedBody(_ speaker: String) -> Bool {
        guard let head = speaker.spacedWords().last else { return false }
        if head.first?.isUppercase == true { return true }
        let word = head.lowercased()
        return Lexicon.referringNouns.contains(word) || Lexicon.personWords.contains(word)
            || Lexicon.organisationWords.contains(word)
    }

    /// Whether a speaker's words name a plural ("officials", "the police").
    static func isPlural(_ speaker: String) -> Bool {
        guard let last = speaker.lowercased().spacedWords().last else { return false }
        return (last.hasSuffix("s") && !last.hasSuffix("ss")) || last == "police" || last == "military"
    }
}
