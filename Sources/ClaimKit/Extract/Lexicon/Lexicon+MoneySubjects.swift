extension Lexicon {
    // MARK: Money subjects tried last (what a sum measures when no nearer word names it)

    /// Possessive determiners before the object of a purpose infinitive ("to use his trademark").
    static let possessivePurposeDeterminers: WordSet = ["his", "her", "our", "your", "my", "its", "their"]
    /// Words after a sum that make it a price per item ("from $1 each"): the noun before is priced.
    static let unitPriceWords: WordSet = ["each", "apiece"]
    /// Prepositions before a price per item ("apps from $1 each", "tickets at $20 apiece").
    static let unitPricePrepositions: WordSet = ["from", "at", "for"]
    /// Words of a hedge left before a sum's "to" ("to much more than $30 billion").
    static let changeTargetHedges: WordSet = [
        "much", "far", "well", "more", "less", "than", "about", "around", "nearly", "almost", "over", "under",
        "roughly", "some", "just", "up",
    ]
    /// Prepositions of a target a verb of change moves its object to ("increase exports to $30 billion").
    static let changeTargetPrepositions: WordSet = ["to", "into"]
    /// Nouns of a value held by a thing named before "with" ("services with a combined value of $2.6bn").
    static let heldValueNouns: WordSet = ["value", "worth"]
    /// Words of a record level a price falls or climbs to ("dropped to an all-time low on Amazon at $139").
    static let recordLevelWords: WordSet = ["low", "lows", "high", "highs"]
    /// Verbs that bring a thing to a record level ("hit a new low at $139").
    static let levelReachingVerbs: WordSet = ["hit", "hits", "reached", "reaches", "touched", "touches"]
    /// Prepositions that date a noun by a year ("paperback from 1985", "a house in 1990").
    static let datingPrepositions: WordSet = ["from", "in", "since"]
    /// Prepositions of a listing place after a price ("started at $200 on Amazon").
    static let listingPlacePrepositions: WordSet = ["on", "at", "via"]
    /// Prepositions before a listed price that a shop's name after it does not change ("at $200 on Amazon").
    static let listedPricePrepositions: WordSet = ["at", "for", "from"]
    /// Auxiliaries before a verb of movement in a clause that a sum opens ("$5 million a week is coming ... in drugs").
    static let sumClauseAuxiliaries: WordSet = ["is", "are", "was", "were", "has", "have", "had", "will", "would"]
}

extension Lexicon {
    /// "-ing" nouns of a price that head a phrase ("Black Friday pricing on the thermostat").
    static let gerundPriceNouns: WordSet = ["pricing"]
}

extension Lexicon {
    // MARK: Money verbs' own nouns and participles (s19)

    /// "-ing" verbs of money whose sum is their own measure ("you'd be saving $60 every year").
    static let moneyGerunds: WordSet = ["paying", "saving", "spending", "earning", "losing", "owing"]
    /// Forms of "be" before such a verb ("you'd be paying").
    static let progressiveBe: WordSet = ["be", "been", "is", "are", "was", "were", "am", "being"]
    /// Participles of money changing hands after a sum ("billions of dollars traded through both platforms").
    static let moneyParticiples: WordSet = [
        "traded", "spent", "invested", "transferred", "funneled", "funnelled", "wagered", "moved", "sent",
        "laundered", "donated", "lost",
    ]
    /// Prepositions after such a participle that say where the money went ("traded through", "spent on").
    static let moneyRoutePrepositions: WordSet = ["through", "on", "in", "into", "via", "across", "to"]
    /// Quantifiers before the noun of such a route ("through both platforms").
    static let routeQuantifiers: WordSet = ["both", "all", "these", "those", "each", "several", "many"]
    /// Adverbs between a sum and its purpose ("$19,000 pretax to a 401(k)").
    static let sumAdverbs: WordSet = ["pretax", "upfront", "outright", "annually", "yearly", "monthly", "tax-free"]
    /// Verbs of a sudden change of a price ("Prices spiked into the thousands of dollars").
    static let spikeVerbs: WordSet = [
        "spiked", "spikes", "spike", "shot", "leapt", "leaped", "rocketed", "skyrocketed",
    ]
    /// Verbs of buying in their "-ing" form ("by acquiring the entire stake for $13 a share").
    static let saleGerunds: WordSet = ["acquiring", "purchasing"]
}

extension Lexicon {
    /// Nouns of a sale of shares or debt whose proceeds a sum raised from it measures ("raise
    /// $12.9bn from its second listing"); a giver after "from" ("from investors") is not one.
    static let offeringNouns: WordSet = [
        "listing", "listings", "ipo", "offering", "offerings", "flotation", "float", "auction", "auctions",
        "sale", "sales", "issue", "issuance",
    ]
    /// Hedges of a threshold after the noun they limit ("on orders over $12", "for items under $20").
    static let thresholdHedges: WordSet = ["over", "above", "under", "below", "exceeding"]
    /// Words before such a noun that show it is a noun ("on orders", "the items").
    static let thresholdNounOpeners: WordSet = ["on", "for", "to", "with", "of", "the", "all", "any"]
}
