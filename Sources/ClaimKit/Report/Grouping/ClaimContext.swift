import Foundation

/// What the grouping rules need to know of one claim, computed once.
///
/// A class: the rules pass contexts around by the hundred thousand, and a copy of a struct holding a
/// `Claim` retains and releases each of its strings, where a reference is one count.
final class ClaimContext: Sendable {
    let index: Int
    /// The claim's fields the rules compare; its sentence, speakers and paths stay with the claim.
    let claim: Facts
    /// Index of the article in the report's sources.
    let article: Int
    /// Index of the independent source (wire copies share it).
    let source: Int
    /// Index of the article's story: facts are only ever compared inside one story.
    let story: Int
    /// Days since 1970-01-01 of the fact: the publication date, or an earlier date the sentence names
    /// (see `namedDay`), when known.
    let day: Int?
    /// Days either side of `day` the fact may be (a month named without its day).
    let reach: Int
    let kind: SubjectKind
    let interval: ValueInterval?
    /// The vague words ("dozens") the value was coded from, if any.
    let vague: VagueAmount?
    /// The sentence words of a running total ("since", "so far", "raised the number ... to").
    let cumulative: Bool
    /// The sentence dates its running total to a moment or tells a change (see `Lexicon.momentCues`).
    let provisional: Bool
    /// The same sum in another currency, when the sentence gives both ("$60 million (£47 million)").
    let conversion: CurrencyConversion?
    /// Content words of the sentence, for telling events apart: their FNV-1a hashes, sorted and
    /// distinct (a few bytes per word, where a set of strings took a hash table per claim).
    let context: [UInt64]
    /// For a sum, the content words of the clause holding its amount, and the role it is told in
    /// (see `amountClause`).
    let clause: [UInt64]
    let moneyRole: MoneyRole?
    /// The capitalised words of the subject ("Jordanian", "Armenians"), singular and lower-case: the
    /// people or place a count is of, when named.
    let named: [String]
    /// The period or remainder the count covers (see `scope(of:)`), "" for none.
    let scope: String

    /// The fields of a claim that grouping compares, named as in `Claim`: a context is kept per claim,
    /// and a whole `Claim` copy would hold a dozen more fields for nothing.
    struct Facts: Sendable {
        let category: ClaimCategory
        let unit: String?
        let value: Double?
        let upper: Double?
        let qualifier: Qualifier
        let subject: String
        let start: Int

        init(_ claim: Claim) {
            category = claim.category
            unit = claim.unit
            value = claim.value
            upper = claim.upper
            qualifier = claim.qualifier
            subject = claim.subject
            start = claim.start
        }
    }

    static let cuesByFirstWord = Dictionary(grouping: Lexicon.cumulativeCues, by: { $0[0] })
    static let momentCuesByFirstWord = Dictionary(grouping: Lexicon.momentCues, by: { $0[0] })

    init(index: Int, claim: Claim, article: Int, source: Int, story: Int = 0, day: Int?, kind: SubjectKind) {
        self.index = index
        self.claim = Facts(claim)
        self.article = article
        self.source = source
        self.story = story
        self.kind = kind
        vague = VagueAmount.of(claim)
        // A vague amount allows its whole span ("dozens": 12 to 99), not a reach around its coded value.
        interval = vague?.interval ?? ClaimContext.interval(of: claim)
        conversion = CurrencyConversion.of(claim)
        named = claim.subject.split { !$0.isLetter }.filter { $0.first?.isUppercase ?? false }
            .flatMap { SubjectKindTable.words(String($0)) }
        // The sentence and the clause of its amount are split into words once, for every rule below.
        let words = SubjectKindTable.words(claim.sentence)
        let clauseWords = ClaimContext.amountClauseWords(of: claim)
        (clause, moneyRole) = ClaimContext.amountClause(of: claim, sentenceWords: words, clauseWords: clauseWords)
        scope = ClaimContext.scope(of: claim, clauseWords: clauseWords)
        // Only a sentence with a month's name can date its fact otherwise than its article.
        let named = day.flatMap { day in
            words.contains { Lexicon.monthWords.contains($0) }
                ? ClaimContext.namedDay(in: claim.sentence, published: day) : nil
        }
        self.day = named?.day ?? day
        reach = named?.reach ?? 0
        // Only the cues that start with a word of the sentence can occur in it.
        // A death toll is a running count of the dead, not of the injured told beside it.
        let category = claim.category
        func has(_ cues: [String: [[String]]]) -> Bool {
            words.indices.contains { i in
                (cues[words[i]] ?? []).contains { phrase in
                    (phrase != ["death", "toll"] || category == .killed)
                        && i + phrase.count <= words.count
                        && (1..<phrase.count).allSatisfy { words[i + $0] == phrase[$0] }
                }
            }
        }
        cumulative = has(ClaimContext.cuesByFirstWord)
        provisional = cumulative && has(ClaimContext.momentCuesByFirstWord)
        var hashes = ClaimContext.withParts(words).filter { word in
            !Lexicon.contextStopWords.contains(word) && word.count > 2
                && !word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," }
        }.map(ClaimContext.hash)
        hashes.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(hashes.count)
        for h in hashes where distinct.last != h { distinct.append(h) }
        context = distinct
    }

    /// The span a claim's number allows. A lower bound that is an exact count ("at least 73") is that
    /// count told as possibly incomplete: a larger exact figure is another count (a revision or a
    /// dispute), not the same one. A round lower bound of 100 or more is its count cut to two
    /// significant digits ("more than 100" for 103, "more than 2,000" for 2,053): "more than 1,000"
    /// and "more than 1,100" are two counts. Smaller round bounds ("more than 40") keep their reach.
    static func interval(of claim: Claim) -> ValueInterval? {
        guard let value = claim.value, claim.upper == nil, claim.qualifier == .atLeast || claim.qualifier == .moreThan,
            value >= 20, value == value.rounded()
        else {
            return ValueInterval(value: claim.value, upper: claim.upper, qualifier: claim.qualifier)
        }
        guard value.truncatingRemainder(dividingBy: 10) == 0 else { return ValueInterval(lower: value, upper: value) }
        guard value >= 100 else {
            return ValueInterval(value: claim.value, upper: claim.upper, qualifier: claim.qualifier)
        }
        let step = pow(10, (log10(value)).rounded(.down) - 1)
        guard value.truncatingRemainder(dividingBy: step) == 0 else { return ValueInterval(lower: value, upper: value) }
        return ValueInterval(lower: value, upper: value + step * 0.99)
    }

    /// Whether this claim is a round lower bound ("more than 100") whose reach holds `other`'s exact count
    /// (for two claims of one article).
    func roundBound(covers other: ClaimContext) -> Bool {
        // In one article a lead's round figure sums up the detail's ("more than 9,000", then "9,240"): the wide reach.
        guard claim.qualifier == .moreThan || claim.qualifier == .atLeast,
            interval.map({ $0.upper > $0.lower }) ?? false,
            let span = ValueInterval(value: claim.value, upper: claim.upper, qualifier: claim.qualifier),
            other.claim.qualifier == .exact, other.claim.upper == nil, let value = other.claim.value
        else { return false }
        return span.lower < value && value <= span.upper
    }

    /// The words, each hyphenated one followed by its parts ("per-share": "per", "share"): "earnings
    /// per-share" and "per diluted share" share a word, as a reader sees.
    static func withParts(_ words: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count)
        for word in words {
            out.append(word)
            // Bytes: `contains("-")` on a `String` is Foundation's substring search.
            guard word.utf8.contains(UInt8(ascii: "-")) else { continue }
            for part in word.split(separator: "-") where !part.isEmpty {
                out.append(SubjectKindTable.singular(String(part)))
            }
        }
        return out
    }

    /// 64-bit FNV-1a of a word's UTF-8 bytes: deterministic across runs, unlike `Hasher`.
    static func hash(_ word: String) -> UInt64 { HashBits.hash(word.utf8) }

    /// Jaccard similarity of the two sentences' content words.
    func contextSimilarity(_ other: ClaimContext) -> Double {
        let a = context, b = other.context
        let shared = HashBits.sharedCount(a, b)
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Days from 1970-01-01 of an ISO date or date-time ("2023-09-19", "2023-09-19T10:00:00Z").
    static func day(ofISODate text: String?) -> Int? {
        guard let text else { return nil }
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
