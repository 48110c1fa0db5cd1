extension Lexicon {

    /// Verbs that attribute what follows or precedes to their subject.
    static let reportingVerbs: WordSet = [
        "said", "says", "say", "stated", "states", "state", "announced", "announces", "announce", "confirmed", "confirms",
        "confirm", "added", "adds", "add", "noted", "notes", "claimed", "claims", "claim", "reported", "reports", "report",
        "told", "tells", "argued", "argues", "declared", "declares", "insisted", "insists", "explained", "explains", "wrote",
        "writes", "warned", "warns", "estimated", "estimates", "estimate", "blamed", "blames", "alleged", "alleges",
        "revealed", "reveals", "disclosed", "discloses", "indicated", "indicates", "mentioned", "emphasized", "emphasised",
        "stressed", "stresses", "asserted", "asserts", "acknowledged", "acknowledges", "admitted", "admits", "tweeted",
        "posted", "informed", "specified", "pointed", "recalled", "underlined", "underscored", "highlighted", "accused",
        "accuses", "announcing", "quoted", "cited", "counted", "recorded", "documented", "registered", "put", "puts",
    ]
    /// Participles that continue the current speaker's words (", adding that ...").
    static let reportingParticiples: WordSet = [
        "adding", "saying", "noting", "claiming", "stating", "stressing", "explaining", "arguing", "insisting", "warning",
        "blaming", "accusing", "announcing", "confirming", "reporting", "declaring", "emphasizing", "emphasising",
    ]
    /// Auxiliaries and adverbs between a speaker and the reporting verb ("has said", "also said").
    static let speakerAuxiliaries: WordSet = [
        "has", "have", "had", "also", "further", "later", "earlier", "previously", "then", "had", "will", "would", "again",
        "separately", "officially", "publicly", "reportedly", "repeatedly", "recently", "already", "first", "initially",
    ]
    /// Time words that may sit after the reporting verb ("said on Tuesday", "said today").
    static let weekdays: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    ]
    static let pronounSpeakers: WordSet = ["it", "they", "he", "she", "we", "i"]
}
