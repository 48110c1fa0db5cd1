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
