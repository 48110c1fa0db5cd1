/// A vague plural amount ("dozens", "hundreds", "tens of thousands") and the span of numbers it allows.
///
/// The extractor codes such words with one number, as ACLED does ("dozens" is 12, "hundreds" is 100),
/// which is right for a count but wrong for grouping: "dozens hurt" and "41 injured" can be one
/// fact. The report reads the word back from the claim's sentence and uses its real span instead.
public struct VagueAmount: Sendable, Equatable {
    /// The words as written in lower case ("dozens", "tens of thousands").
    public var words: String
    /// The value the extractor codes the words with.
    public var coded: Double
    /// The numbers the words allow.
    public var interval: ValueInterval

    /// Creates a vague amount.
    public init(words: String, coded: Double, interval: ValueInterval) {
        self.words = words
        self.coded = coded
        self.interval = interval
    }

    /// The vague amounts, longest words first, with their coded value and span.
    public static let known: [VagueAmount] = [
        VagueAmount(
            words: "hundreds of thousands", coded: 100_000, interval: ValueInterval(lower: 100_000, upper: 999_999)),
        VagueAmount(words: "tens of thousands", coded: 10_000, interval: ValueInterval(lower: 10_000, upper: 99_999)),
        VagueAmount(words: "scores of thousands", coded: 20_000, interval: ValueInterval(lower: 20_000, upper: 99_999)),
        VagueAmount(words: "dozens", coded: 12, interval: ValueInterval(lower: 12, upper: 99)),
        VagueAmount(words: "scores", coded: 20, interval: ValueInterval(lower: 20, upper: 99)),
        VagueAmount(words: "hundreds", coded: 100, interval: ValueInterval(lower: 100, upper: 999)),
        VagueAmount(words: "thousands", coded: 1_000, interval: ValueInterval(lower: 1_000, upper: 9_999)),
    ]

    /// The vague amount a claim was coded from, or nil when its number was written as a number.
    ///
    /// A claim is vague when its value is the coded value of vague words its sentence holds, and the
    /// sentence does not also write that value as a number ("about 100 ... hundreds" stays a number).
    public static func of(_ claim: Claim) -> VagueAmount? {
        guard let value = claim.value, claim.upper == nil, claim.unit == nil else { return nil }
        let candidates = known.filter { $0.coded == value }
        guard !candidates.isEmpty else { return nil }
        let words = lowerWords(claim.sentence)
        guard let match = candidates.first(where: { contains(words, $0.words.split(separator: " ").map(String.init)) })
        else {
            return nil
        }
        // The extractor's own flag settles it; records without it (older files) are read from the sentence.
        if claim.vague != true, writesNumber(value, words) { return nil }
        return match
    }

    /// Whether the words write `value` as digits ("100", "1,000") or in words ("twelve", "a dozen", "one hundred").
    static func writesNumber(_ value: Double, _ words: [String]) -> Bool {
        let digits = String(Int64(value))
        if words.contains(where: { $0.filter { $0 != "," } == digits }) { return true }
        let spelled: [Double: [[String]]] = [
            12: [["twelve"], ["dozen"]], 20: [["twenty"], ["score"]], 100: [["hundred"]], 1_000: [["thousand"]],
            10_000: [["ten", "thousand"]], 20_000: [["twenty", "thousand"]], 100_000: [["hundred", "thousand"]],
        ]
        return (spelled[value] ?? []).contains { contains(words, $0) }
    }

    /// Lower-cased words of letters, digits and commas inside numbers.
    static func lowerWords(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterClass.isWordScalar(scalar)
                || (scalar == "," && current.unicodeScalars.last.map { ("0"..."9").contains($0) } == true)
            {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.map { word in
            var w = word
            while w.hasSuffix(",") { w.removeLast() }
            return w
        }
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        SubjectKindTable.contains(words, phrase)
    }
}
