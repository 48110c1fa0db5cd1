extension Lexicon {
    /// Verbs of promoting a figure: they report only before what they promote as a claim ("has
    /// touted estimates that N could die", "touts that"), not with a plain object ("touted the deal").
    static let promotingVerbs: WordSet = ["touted", "touts", "tout", "trumpeted", "trumpets", "hyped", "hypes"]
    /// Nouns of a projection a promoting verb puts forward before "that" ("touted estimates that").
    static let projectionNouns: WordSet = [
        "estimate", "estimates", "projection", "projections", "forecast", "forecasts", "prediction", "predictions",
        "figures", "models", "claims",
    ]
    /// Participles that credit the noun phrase before them to the agent after "by" ("the $40 billion
    /// in purchases touted by X", "the 12 deaths reported by the ministry").
    static let creditingParticiples: WordSet = [
        "touted", "claimed", "promised", "pledged", "projected", "estimated", "predicted", "forecast",
        "announced", "reported", "cited", "quoted", "trumpeted", "alleged",
    ]
    /// Words that end the noun phrase a crediting participle looks back over ("said that to
    /// achieve the $40 billion ... touted by X": the phrase starts after "that"/"to").
    static let creditedPhraseStops: WordSet = [
        "that", "which", "who", "to", "and", "or", "but", "said", "says", "is", "are", "was", "were", "has", "have",
        "had", "will", "would",
    ]
    /// Openers of a fronted additive adjunct ("In addition to the three deaths, X said another 30 ..."):
    /// what it names is the writer's, outside the clause the speaker reports.
    static let additiveOpeners: [[String]] = [
        ["in", "addition", "to"], ["besides"], ["apart", "from"], ["aside", "from"], ["on", "top", "of"],
    ]
    /// Participles that place a shown document on the page ("the tweet shown above", "the post
    /// embedded below"): the document with them is the speaker.
    static let displayParticiples: WordSet = [
        "shown", "pictured", "embedded", "displayed", "quoted", "linked", "featured", "seen", "cited",
    ]
    /// Page places after a display participle ("shown above").
    static let pagePlaces: WordSet = ["above", "below", "here"]
    /// Verbs that go on with a document's words without reporting on their own: "“...,” the
    /// statement continued." (only after a definite document; "the fighting continued" is no cue).
    static let continuationVerbs: WordSet = ["continued", "continues", "read", "reads"]
    /// Verbs that continue a document's words with "on" after them ("the report went on to say").
    static let goingOnVerbs: WordSet = ["went", "goes"]
    /// Verbs of putting out a document: their subject wrote it ("the ministry issued a statement").
    static let issuingVerbs: WordSet = ["issued", "issues", "released", "releases", "published", "publishes"]
}
