import Foundation

/// What an article is about, in a few words: its most salient terms with their weights.
///
/// Made once per article at digest time (like the wire-copy sketch), so a report keeps a few
/// hundred bytes per article and stories can be found without the texts. Terms are lower-cased
/// words of the headline and body: names (words capitalised inside a sentence: places, people,
/// organisations) count double, headline words half again, and repeats count by the log of their
/// number; stop words, numbers and words under three letters never count. The report weighs each
/// term by its rarity in the folder (an IDF) when it compares two fingerprints, so a word every
/// article uses counts little. Numbers are never terms: they never make two articles one story.
///
/// JSON form (`Codable`): `{"terms":["kakheti","telavi",...],"weights":[412,300,...]}`: terms most
/// salient first, weights in hundredths, one per term. The article's date is not part of it: the
/// story clustering takes it from the article record's `published`.
public struct StoryFingerprint: Codable, Sendable, Equatable {
    /// Salient terms, most salient first (ties in byte order).
    public var terms: [String]
    /// Each term's weight in the article, in hundredths (parallel to `terms`).
    public var weights: [Int]

    /// Terms kept per article.
    public static let size = 24

    /// A fingerprint from its terms and weights.
    public init(terms: [String], weights: [Int]) {
        self.terms = terms
        self.weights = weights
    }

    /// The fingerprint of an article's headline and body paragraphs.
    public init(title: String?, paragraphs: [String], size: Int = StoryFingerprint.size) {
        var counter = Counter()
        if let title { counter.scan(title, inTitle: true) }
        for paragraph in paragraphs { counter.scan(paragraph, inTitle: false) }
        let scored = counter.counts.map { term, c -> (String, Double) in
            let proper = c.proper > 0 && c.proper * 2 >= c.count
            return (term, (1 + log(Double(c.count))) * (proper ? 2 : 1) * (c.inTitle ? 1.5 : 1))
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(max(0, size))
        terms = scored.map(\.0)
        weights = scored.map { Int(($0.1 * 100).rounded()) }
    }

    /// Counts the words of a text, and how often each starts with a capital inside a sentence.
    private struct Counter {
        struct Count {
            var count = 0
            var proper = 0
            var inTitle = false
        }

        var counts: [String: Count] = [:]

        mutating func scan(_ text: String, inTitle: Bool) {
            var word = String.UnicodeScalarView()
            var sentenceStart = true
            var capital = false
            func flush(_ counts: inout [String: Count]) {
                defer { word.removeAll(keepingCapacity: true) }
                guard let first = word.first, first.properties.isAlphabetic else { return }
                var term = String(word).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
                if term.hasSuffix("'s") { term.removeLast(2) }
                while term.last == "-" || term.last == "'" { term.removeLast() }
                guard term.unicodeScalars.count >= 3, !StoryFingerprint.stopWords.contains(term) else { return }
                counts[term, default: Count()].count += 1
                if capital && !sentenceStart { counts[term]!.proper += 1 }
                if inTitle { counts[term]!.inTitle = true }
            }
            for scalar in text.unicodeScalars {
                if CharacterClass.isWordScalar(scalar) || scalar == "\u{2019}" {
                    if word.isEmpty { capital = scalar.properties.isUppercase }
                    word.append(scalar)
                    continue
                }
                if !word.isEmpty {
                    flush(&counts)
                    sentenceStart = false
                }
                if scalar == "." || scalar == "!" || scalar == "?" { sentenceStart = true }
            }
            if !word.isEmpty { flush(&counts) }
        }
    }

    /// Words that say nothing about what a story is about: function words, reporting verbs, dates,
    /// and the words of news in general.
    static let stopWords: Set<String> = Set("""
    the and for with from that this its was were are been has have had said say says after who which their they she his her \
    also other another two three four five six seven eight nine ten one more than about over some not but while when there \
    would will into out being tuesday monday wednesday thursday friday saturday sunday earlier later day today yesterday \
    january february march april may june july august september october november december jan feb mar apr jun jul aug sep \
    sept oct nov dec you our your what where how why all any each many most much such only own same too very can could \
    should just now then here these those because before between during through under again further once both few nor off \
    down above below new last first year years week weeks month months time times people told according news report \
    reported reports reuters afp mrs also however still since per via including around among whose yet already even ever \
    like get got make made them him did does don't can't it's i'm we're that's there's let more most well back way use \
    used using read share click subscribe newsletter advertisement continue story stories image images photo photos video \
    copyright rights reserved updated published follow email sign
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
