/// The word tables the extraction rules read: one place per kind, lower case.
///
/// These are general news-English lists (number words, hedges, counted nouns, verbs of
/// death and injury, reporting verbs); nothing here names an article, outlet or event.
enum Lexicon {
    /// Bits in `Token.flags`.
    enum Flag {
        /// May start an amount: number words, "a"/"an", vague plurals, currency codes.
        static let amount: UInt32 = 1 << 0
        /// A reporting verb or "according".
        static let reporting: UInt32 = 1 << 1
        /// A reporting participle ("adding").
        static let participle: UInt32 = 1 << 2
        /// A verb that states a count ("revised", "recorded"): `statisticVerbs`.
        static let statistic: UInt32 = 1 << 3
        /// Never ends or sits in a noun phrase: a function word, a verb of selling, pricing or
        /// reporting, an auxiliary or adverb, a price word that names nothing (`ClaimRules.isNounLike`).
        static let notNoun: UInt32 = 1 << 4
        /// A verb that goes on with a document's words ("continued", "went"): `continuationVerbs`, `goingOnVerbs`.
        static let continuation: UInt32 = 1 << 5
        /// A document's noun ("statement", "report"): `documentNouns`.
        static let document: UInt32 = 1 << 6
        /// A word that lets an amount's trigger be the sentence's toll: `tollSentenceWords`.
        static let namesToll: UInt32 = 1 << 7
        /// "among", which opens a list: `listOpeners`.
        static let opensList: UInt32 = 1 << 8
        /// A verb that credits a finding or a figure before "that" ("found", "touted"): `findingVerbs`, `promotingVerbs`.
        static let cueVerb: UInt32 = 1 << 9
    }

    /// Flags per lower-case word (absent: 0).
    static let wordFlags: [String: UInt32] = {
        var flags: [String: UInt32] = [:]
        for w in Array(units.keys) + Array(tens.keys) + Array(vagueAmounts.keys) + ["a", "an"]
            + Array(prefixCurrencyCodes)
        {
            flags[w, default: 0] |= Flag.amount
        }
        for w in reportingVerbs.union(["according"]) { flags[w, default: 0] |= Flag.reporting }
        for w in reportingParticiples { flags[w, default: 0] |= Flag.participle }
        for w in statisticVerbs { flags[w, default: 0] |= Flag.statistic }
        for w in continuationVerbs.words.union(goingOnVerbs.words) { flags[w, default: 0] |= Flag.continuation }
        for w in documentNouns { flags[w, default: 0] |= Flag.document }
        for set in [phraseStops, saleVerbs, priceVerbs, auxiliaryAdverbs, reportingVerbs, priceWordsNamingNothing] {
            for w in set.words { flags[w, default: 0] |= Flag.notNoun }
        }
        for w in tollSentenceWords { flags[w, default: 0] |= Flag.namesToll }
        for w in listOpeners { flags[w, default: 0] |= Flag.opensList }
        for w in findingVerbs.union(promotingVerbs) { flags[w, default: 0] |= Flag.cueVerb }
        return flags
    }()

    /// `wordFlags` as the tokenizer reads it: by the hash and bytes of the word it has just lower-cased.
    static let wordFlagTable = WordFlagTable(wordFlags)

    // MARK: Numbers

    static let units: WordMap<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: WordMap<Double> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]
    /// Multipliers after a number ("1.5 million", "25bn", "$400m").
    static let scales: WordMap<Double> = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "mln": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
        "tn": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000,
        // South Asian scales ("Rs 500 crore", "2 lakh people")
        "crore": 10_000_000, "crores": 10_000_000, "lakh": 100_000, "lakhs": 100_000,
        // Scale words of other languages met in copy ("$10,500 millones", "EUR 5,4 Mrd."): the amount is
        // not cut to its first digits.
        "millones": 1_000_000, "millionen": 1_000_000, "milliarden": 1_000_000_000, "milliarde": 1_000_000_000,
        "mrd": 1_000_000_000, "milliards": 1_000_000_000, "milliard": 1_000_000_000,
    ]
    /// Scales that only count when glued to the digits or after a currency ("25bn", "$400m").
    static let gluedScales: WordSet = ["k", "m", "b"]
    /// Scales after "a"/"an" that start an amount ("a dozen", "a million").
    static let articleScales: [String] = ["dozen", "hundred", "thousand", "million", "billion"]
    /// Their values: "a dozen" is 12, "a million" 1,000,000.
    static let articleAmounts: WordMap<Double> = [
        "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    ]
    /// Scales after "tens of", "hundreds of" ("tens of thousands").
    static let pluralScales: WordSet = ["thousands", "millions"]
    /// Scale words that close a group of a spelled-out number ("two hundred thousand").
    static let wordScales: WordSet = ["thousand", "million", "billion", "trillion", "bn", "mln"]
    /// Vague plural amounts, coded as ACLED does (nil: too vague to code).
    static let vagueAmounts: WordMap<Double?> = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": nil, "billions": nil, "tens": nil,
    ]

    // MARK: Hedges (longest first is handled by the matcher)

    /// The last word of every hedge: a token that is none of them ends no hedge (one lookup instead of a scan of `hedges`).
    static let hedgeEnds = WordSet(Set(hedges.map { $0.0.last! }))
    static let hedges: [([String], Qualifier)] = [
        (["in", "excess", "of"], .moreThan), (["upwards", "of"], .moreThan), (["more", "than"], .moreThan),
        (["well", "over"], .moreThan), (["just", "over"], .moreThan), (["over"], .moreThan), (["above"], .moreThan),
        (["greater", "than"], .moreThan), (["exceeding"], .moreThan),
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["at", "least"], .atLeast),
        (["a", "minimum", "of"], .atLeast),
        (["fewer", "than"], .fewerThan), (["less", "than"], .fewerThan), (["just", "under"], .fewerThan),
        (["under"], .fewerThan),
        (["below"], .fewerThan),
        (["up", "to"], .atMost), (["at", "most"], .atMost), (["as", "much", "as"], .atMost),
        (["as", "high", "as"], .atMost), (["no", "more", "than"], .atMost), (["not", "more", "than"], .atMost),
        (["not", "over"], .atMost),
        (["as", "many", "as"], .atMost), (["not", "less", "than"], .atLeast), (["not", "fewer", "than"], .atLeast),
        (["more", "or", "less"], .about), (["an", "approximately"], .about), (["a", "total", "of", "about"], .about),
        (["just", "below"], .fewerThan), (["well", "under"], .fewerThan), (["well", "below"], .fewerThan),
        (["well", "above"], .moreThan),
        (["a", "maximum", "of"], .atMost),
        (["nearly"], .nearly), (["almost"], .nearly), (["close", "to"], .nearly), (["just", "shy", "of"], .nearly),
        (["an", "estimated"], .about), (["estimated"], .about), (["about"], .about), (["around"], .about),
        (["some"], .about),
        (["roughly"], .about), (["approximately"], .about), (["approx"], .about), (["circa"], .about),
        (["nearly", "about"], .about),
        (["an", "approximate"], .about), (["perhaps"], .about), (["reportedly"], .exact),
    ]
}
