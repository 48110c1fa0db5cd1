/// Words of the money wordings read by `ClaimRules+MoneyPhrases` and `+MoneyPurposes`: amount words
/// before "of", verbs of a saving, nouns of an offer, nouns of a change, passive charges.
extension Lexicon {
    /// Amount words before "of" that say how big a sum is, not what it is ("a record of $41.1
    /// billion", "an average of $25,000").
    static let wordingAmountWords: WordSet = ["record", "average", "high", "low", "peak", "median", "mean"]
    /// Verbs of a saving before its sum ("Save $21 if you want ...", "which saves you $14").
    static let wordingSavingVerbs: WordSet = ["save", "saves", "saved", "saving"]
    /// Verbs after "if you" that name what the saving is on ("if you get", "if you want").
    static let wordingChoosingVerbs: WordSet = [
        "get", "want", "buy", "choose", "pick", "order", "grab", "opt", "go",
    ]
    /// Verbs of getting in "can be had for $200", "can be found for $50".
    static let wordingGettingParticiples: WordSet = ["had", "found", "got", "gotten", "bought", "picked"]
    /// Modal verbs before "be had".
    static let wordingModals: WordSet = ["can", "could", "may", "might", "will", "would", "should"]
    /// Nouns of an offer whose "on" phrase names the thing priced ("pricing on ecobee thermostats from $139").
    static let wordingOfferNouns: WordSet = ["pricing", "prices", "deals", "discounts", "savings", "offers"]
    /// Nouns that only say how much ("to the value of $1.8 billion").
    static let wordingValuePhrases: [[String]] = [["to", "the", "value", "of"], ["to", "the", "tune", "of"]]
    /// Nouns of a change whose "in" phrase names what changes ("a reduction in real income of $1.4 billion").
    static let wordingChangeNouns: WordSet = [
        "reduction", "reductions", "increase", "increases", "rise", "drop", "fall", "decline", "cut", "cuts",
        "loss", "losses", "gain", "gains", "jump", "hike", "growth",
    ]
    /// Passive verbs of a penalty: their subject is who pays, not what the sum is ("can be fined £1,000").
    static let wordingPenaltyParticiples: WordSet = ["fined", "penalised", "penalized", "billed", "docked"]
    /// Forms of "be" before a passive penalty.
    static let wordingBeForms: WordSet = ["be", "been", "being", "is", "are", "was", "were"]
    /// Nouns of a deal after a sale's sum ("for $300M in a deal backed by ..."): the deal is no purpose.
    static let wordingDealNouns: WordSet = ["deal", "transaction", "agreement", "sale", "merger", "buyout"]
    /// Stop words that modify a money noun after a purpose preposition ("in back taxes", "in back pay").
    static let wordingStopModifiers: WordSet = ["back"]
    /// Prepositions that may follow a coordinated purpose ("in debt and equity into WeWork").
    static let wordingAfterCoordination: WordSet = ["into", "from", "at", "by", "through", "over", "under"]
    /// Prepositions of a time span after a sum ("over the next four years", "within the coming decade").
    static let wordingSpanPrepositions: WordSet = ["over", "in", "during", "within", "across"]
    /// Words before a rate's time noun ("a year", "an hour", "per month").
    static let wordingRateWords: WordSet = ["a", "an", "per", "each", "every"]
    /// Verb particles after an infinitive's verb ("to speed up the development").
    static let wordingParticles: WordSet = ["up", "out", "down", "off", "back"]
    /// Time nouns of a rate or a span beyond `timeNouns` ("an hour", "a night").
    static let wordingShortTimeNouns: WordSet = [
        "hour", "hours", "minute", "minutes", "night", "nights", "second", "seconds",
    ]
    /// Quotation marks that open or close a quoted modifier ("for “high-end” escorts").
    static let openingQuotes: WordSet = ["\"", "“", "'", "‘"]
    static let closingQuotes: WordSet = ["\"", "”", "'", "’"]
}
