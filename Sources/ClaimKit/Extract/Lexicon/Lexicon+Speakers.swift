extension Lexicon {

    /// Verbs that attribute what follows or precedes to their subject.
    static let reportingVerbs: WordSet = [
        "said", "says", "say", "stated", "states", "state", "announced", "announces", "announce", "confirmed",
        "confirms",
        "confirm", "added", "adds", "add", "noted", "notes", "claimed", "claims", "claim", "reported", "reports",
        "report",
        "told", "tells", "argued", "argues", "declared", "declares", "insisted", "insists", "explained", "explains",
        "wrote",
        "writes", "warned", "warns", "estimated", "estimates", "estimate", "blamed", "blames", "alleged", "alleges",
        "revealed", "reveals", "disclosed", "discloses", "indicated", "indicates", "mentioned", "emphasized",
        "emphasised",
        "stressed", "stresses", "asserted", "asserts", "acknowledged", "acknowledges", "admitted", "admits", "tweeted",
        "posted", "informed", "specified", "pointed", "recalled", "underlined", "underscored", "highlighted", "accused",
        "accuses", "announcing", "quoted", "cited", "counted", "recorded", "documented", "registered", "put", "puts",
        "recounted", "recounts", "remarked", "boasted", "bragged", "conceded", "concedes",
        "testified", "predicted", "predicts", "contended", "contends", "reiterated", "reiterates",
        "suggested", "suggests", "concluded", "concludes", "expecting", "forecasting",
    ]
    /// Participles that continue the current speaker's words (", adding that ...").
    static let reportingParticiples: WordSet = [
        "adding", "saying", "noting", "claiming", "stating", "stressing", "explaining", "arguing", "insisting",
        "warning",
        "blaming", "accusing", "announcing", "confirming", "reporting", "declaring", "emphasizing", "emphasising",
        "quoting", "citing",
    ]
    /// Verbs that state a count: their subject is its source ("the ministry revised the toll to 84",
    /// "a senior official gave AFP a partial toll of 577", "Pakistan has so far recorded 58 deaths").
    static let statisticVerbs: WordSet = [
        "revised", "revises", "revise", "lowered", "lowers", "raised", "raises", "downgraded", "downgrades", "upgraded",
        "upgrades", "updated", "updates", "gave", "gives", "published", "publishes", "put", "puts", "recorded",
        "records",
        "registered", "registers", "released", "releases", "issued", "issues", "counted", "tallied",
    ]
    /// Nouns a statistic verb's object holds ("revised the death toll", "published a list of 152 casualties").
    static let countObjectNouns: WordSet = ["toll", "tally", "list", "number", "figure", "figures", "count"]
    /// "with some reports suggesting N": verbs of a report showing a number. (Unnamed reports
    /// still speak, as realdev's gold credits "unconfirmed reports": the GUIDE's null is for an
    /// impersonal passive, "it was reported", which names no source at all.)
    static let showingParticiples: WordSet = ["suggesting", "showing", "indicating"]
    /// "cited the FSB as saying", "reports TASS quoting the committee": the source quoted.
    static let quotingWords: WordSet = ["quoting", "citing"]
    /// "the minister will announce £500m ..., his office said": a reporting verb after these is a plan, not a cue.
    static let planMarkers: WordSet = ["will", "would", "to", "shall"]
    /// Auxiliaries and adverbs between a speaker and the reporting verb ("has said", "also said").
    static let speakerAuxiliaries: WordSet = [
        "has", "have", "had", "also", "further", "later", "earlier", "previously", "then", "had", "will", "would",
        "again",
        "separately", "officially", "publicly", "reportedly", "repeatedly", "recently", "already", "first", "initially",
        "so", "far", "meanwhile",
    ]
    /// Time words that may sit after the reporting verb ("said on Tuesday", "said today").
    static let weekdays: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    ]
    static let pronounSpeakers: WordSet = ["it", "they", "he", "she", "we", "i"]

    // MARK: Speakers (SpeakerFinder)

    /// Institution nouns whose capitalised names are remembered even when they do not speak.
    static let institutionNouns: WordSet = [
        "ministry", "agency", "service", "services", "office", "department", "committee", "commission",
    ]

    /// Nouns that "the X said" can point back to.
    static let referringNouns: WordSet = [
        "ministry", "statement", "report", "agency", "army", "military", "police", "service", "services", "office",
        "government",
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "website",
        "channel",
        "outlet", "newspaper", "group", "committee", "commission", "department", "prosecutor", "command", "authorities",
        "organisation", "organization", "source", "sources", "communique", "embassy", "mission", "council", "premier",
        "leader", "monitor", "watchdog", "ombudsman",
    ]
    /// Nouns for any body: "the organisation said" points back to the body named before
    /// ("The Red Cross appealed ...") when no earlier name holds the noun itself.
    static let genericBodyNouns: WordSet = ["organisation", "organization", "group", "agency"]
    /// Words for a statement: "the statement added" points to the last speaker of any kind.
    static let documentNouns: WordSet = [
        "statement", "report", "communique", "release", "press", "note", "message", "post", "letter",
    ]
    /// Words that make a speaker a person (for "he said"/"she said").
    static let personWords: WordSet = [
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "commander", "leader", "mayor",
        "governor", "secretary", "ambassador", "envoy", "general", "chief", "head", "director", "aide", "adviser",
        "advisor",
        "premier", "deputy", "lawmaker", "senator", "mp", "he", "she", "colonel", "lieutenant", "captain", "major",
        "sergeant",
        "analyst", "expert", "witness", "resident", "doctor", "journalist", "reporter", "professor", "chairman",
        "chairwoman",
        "commissioner", "superintendent", "inspector", "sheriff", "detective", "constable", "coroner", "judge",
        "attorney",
        "lawyer", "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "manager", "ceo",
        "founder",
        "owner", "coach", "surgeon", "physician", "nurse", "paramedic", "firefighter", "officer", "medic", "survivor",
        "eyewitness",
    ]
    /// Honorifics before a name ("Mr. Trump", "Rep. David McKinley"): the name after one is a
    /// person, even a single surname ("he said" may point to it).
    static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "rep", "sen", "gov", "prof"]
    /// Headline labels that are not speakers ("Read more: ...", "... : Report").
    static let headlineLabels: WordSet = [
        "read more", "read also", "see also", "watch", "live", "update", "updates", "last update", "breaking",
        "exclusive",
        "opinion", "analysis", "video", "photos", "photo", "editorial", "explainer", "interview", "timeline", "report",
        "reports", "comment", "review", "factbox", "fact check", "q&a", "listen", "podcast", "related", "source",
        "sources",
        "tags", "topics", "category", "posted", "published", "updated", "by", "breaking news", "latest", "live updates",
        "just in", "in pictures", "world", "international", "politics", "business", "news", "world news", "europe",
        "asia",
        "middle east", "africa", "americas", "region", "local", "national", "security", "defence", "defense", "war",
        // product and shop labels ("Price Drop: ...", "New Release: ...")
        "price drop", "price cut", "new release", "new", "deal", "deals", "deal alert", "sale", "sponsored", "ad",
        "offer",
        "coupon", "preview", "first look", "hands-on", "rumor", "rumour", "leak", "watch live", "live blog",
        "as it happened",
    ]
    /// Last words of a headline label that is a shop's or a desk's, not a speaker ("New Price Drop:", "Black Friday Deal:").
    static let labelEnds: WordSet = [
        "drop", "deal", "deals", "sale", "release", "alert", "coupon", "update", "updates", "review", "preview",
        "roundup", "latest", "live", "explained",
    ]
    /// Marks that make a headline's label a quotation, a slogan or a data line, never a speaker
    /// ("'We're On It.': ...", "{ "Name": ...").
    static let labelMarks: WordSet = [
        "\"", "'", "“", "”", "‘", "’", "«", "»", "{", "}", "[", "]", "!", "?",
    ]
    /// Topics that label a headline's story ("Coronavirus: ...", "Brexit: ..."), in a "X:" label.
    static let topicWords: WordSet = [
        "coronavirus", "covid", "covid-19", "virus", "brexit", "ebola", "cholera", "measles", "mpox", "flu",
        "climate", "inflation", "tariffs", "budget", "migration", "immigration", "lockdown", "vaccine", "vaccines",
        "famine", "refugees", "economy", "recession",
    ]
    /// Words naming an event rather than a speaker, in a headline's "X:" label.
    static let eventWords: WordSet = [
        "storm", "hurricane", "typhoon", "cyclone", "tornado", "flood", "floods", "flooding", "wildfire", "wildfires",
        "fire",
        "fires", "earthquake", "quake", "tsunami", "landslide", "avalanche", "heatwave", "drought", "blast",
        "explosion",
        "crash", "collapse", "shooting", "attack", "attacks", "bombing", "war", "conflict", "election", "elections",
        "crisis",
        "outbreak", "pandemic", "operation", "protests", "unrest", "shipwreck", "derailment", "siege", "offensive",
    ]
    /// Verbs that are too often nouns to be cues on their own.
    static let nounishVerbs: WordSet = [
        "state", "states", "report", "reports", "claim", "claims", "notes", "add", "put", "puts",
        "estimate", "estimates", "registered", "recorded", "counted", "posted", "cited", "quoted",
    ]
    /// Words that open an adverbial phrase, never a subject ("In addition to ...", "After the blast ...").
    static let clauseOpeners: WordSet = [
        "in", "on", "at", "after", "before", "during", "since", "until", "for", "from", "with", "without", "by",
        "under",
        "over", "despite", "following", "amid", "among", "as", "if", "when", "while", "although", "though", "because",
        "according", "meanwhile", "however", "earlier", "later", "last", "this", "next", "yesterday", "today",
    ]
    /// Lower-case words inside an institution's name ("the defence ministry said").
    static let subjectModifiers: WordSet = [
        "defence", "defense", "foreign", "interior", "health", "emergency", "state", "security", "finance", "border",
        "regional", "provincial", "federal", "local", "city", "national", "municipal", "district",
    ]
    /// Words after a clause's leading noun phrase that show it is not a subject before its verb.
    static let notVerbs: WordSet = [
        "of", "in", "on", "at", "and", "or", "the", "a", "an", "to", "for", "with", "by", "from", "as", "but", "that",
        "which", "who",
    ]

    /// Marks right before a comma-set cue that may cover the whole sentence ("..., the ministry said.").
    static let cueOpeners: WordSet = [",", "\""]
    /// Conjunctions after a comma that may open a new actor's clause (", while the Red Cross appealed").
    static let clauseConjunctions: WordSet = ["and", "but", "while", "whereas"]
    /// Conjunctions that may open a titled person's own clause after a cue, with or without a comma
    /// ("X said ... as the minister Paula Coelho pledged ...").
    static let actorSubordinators: WordSet = ["as", "while", "whereas"]
    /// Conjunctions after a comma that start the clause a cue belongs to.
    static let clauseBreakers: WordSet = ["and", "but", "while", "whereas", "although", "though"]
    /// Words after "according to" that open a source's document ("according to figures from ...").
    static let sourceOpeners: WordSet = ["figures", "data", "estimates", "officials"]
    /// Prepositions between a document and its source ("a statement from the ministry").
    static let sourcePrepositions: WordSet = ["from", "by", "of"]
    /// Prepositions inside a body's name ("the Commission on pollution and health").
    static let bodyNamePrepositions: WordSet = ["of", "on", "for"]
    /// "The commission found that ...": verbs of a finding, reporting only before "that".
    static let findingVerbs: WordSet = ["found", "finds", "showed", "shows"]
    /// Relative pronouns that open a clause whose own speaker follows ("the sum that the agency says").
    static let objectRelatives: WordSet = ["that", "which"]
    /// "a report in the Courier": the preposition between a document and the paper it appeared in.
    static let publicationPrepositions: WordSet = ["in"]
    /// Documents of a source before such a preposition ("figures released by the UN").
    static let sourceDocuments: WordSet = ["figures", "data", "estimates", "tally", "count"]
    /// "according to U.N. figures": a last word that names the source's document, not the source.
    static let sourceWords: WordSet = [
        "figures", "data", "estimates", "statistics", "tally", "count", "calculations", "reports", "report",
        "statement", "records",
    ]
    /// "the country had admitted 1.4 million refugees": verbs that report only before "that", ":" or a quote.
    static let reportingOnlyBeforeContent: WordSet = [
        "admitted", "admits", "acknowledged", "acknowledges", "informed", "cited", "quoted", "posted", "pointed",
        "recalled", "suggested", "suggests", "concluded", "concludes",
    ]
    /// "The flood claimed 40 lives": a casualty object after an amount makes "claimed" no report.
    static let claimedCasualtyObjects: WordSet = ["lives", "life", "victims"]
    /// What may follow such a verb when it reports.
    static let contentOpeners: WordSet = ["that", ":", "\"", "out", ","]
    /// "the UK adds £300m": verbs that do not report when their object is an amount.
    static let amountTakingVerbs: WordSet = ["add", "adds", "added", "posted", "cited", "quoted"]
    /// "claimed the lives of", "claimed responsibility": objects that make "claimed" no report.
    static let claimedObjects: WordSet = ["the", "lives", "life", "responsibility", "victory", "credit"]
    /// "it was reported", "it is estimated": auxiliaries of a passive cue.
    static let passiveAuxiliaries: WordSet = ["was", "is", "were", "been", "be", "are", "m", "am"]
    /// Plural speakers that need no capital after an inverted verb ("..., said officials").
    static let collectiveSpeakers: WordSet = [
        "officials", "police", "witnesses", "residents", "medics", "doctors", "sources", "activists",
    ]
    /// Words before a weekday or month that make it a time ("Alden on Tuesday announced").
    static let timePrepositions: WordSet = ["on", "in", "last", "this", "late", "early"]
    /// Relative pronouns after a comma ("The company, which employs 2,400 people, said").
    static let relativeOpeners: WordSet = ["which", "who", "whose"]
    /// "The ministry did not comment, but said ...".
    static let clauseContinuers: WordSet = ["but", "and"]
    /// Marks that end a clause between a subject and a second verb.
    static let clauseMarks: WordSet = [",", ";", ":", "\""]
    /// Words that end a speaker noun phrase to the left of its verb (also a time before the
    /// subject: "half a year later the White House announced").
    static let speakerStops: WordSet = [
        "that", "and", "but", "while", "as", "after", "when", "because", "which", "who", "where", "whereas", "so",
        "since",
        "though", "although", "if", "later", "earlier", "ago", "afterwards",
    ]
    /// Documents that speak for their author ("a study by X", "the UN's annual report", "An AFP tally").
    static let authoredDocuments: WordSet = [
        "report", "reports", "study", "survey", "analysis", "assessment", "document", "documents", "tally", "count",
        "estimate", "estimates", "figures", "data", "statement", "review", "audit", "filing", "complaint", "memo",
        "investigation", "census", "poll", "update", "bulletin", "release", "statistics", "records",
    ]
    /// Figures a named author gives with no verb ("the United Nations estimate of 670").
    static let authoredFigures: WordSet = ["estimate", "estimates", "tally", "count", "figure", "figures"]
    /// "a document seen by Reuters", "analysts surveyed by Refinitiv": the one after "by" only saw
    /// or asked; the phrase before the participle speaks.
    static let witnessParticiples: WordSet = [
        "seen", "obtained", "reviewed", "viewed", "surveyed", "polled", "interviewed", "contacted", "consulted",
        "quoted", "cited", "reached",
    ]
    /// Time words after a closing cue ("..., the paper reported last week.").
    static let cueTimeWords: WordSet = ["week", "month", "year", "night", "morning", "evening", "weekend"]
    /// Marks that end a sentence after a closing cue.
    static let sentenceEndMarks: WordSet = [".", "!", "?", "\"", "”", "’", "'", ")"]
    /// "it put up 43 million euros": "put" with these is a payment, not a count's source.
    static let putParticles: WordSet = ["up", "in", "down", "aside", "forward", "together", "off", "away"]
    /// Phrase stops that may sit inside a speaker ("officials from the interior ministry").
    static let speakerPhraseWords: WordSet = [
        "the", "a", "an", "of", "its", "their", "his", "her", "it", "they", "he", "she", "we", "for", "in", "on",
        "from", "at",
    ]
    /// Prepositions trimmed from the start of a speaker ("on Monday").
    static let speakerOpeners: WordSet = ["of", "for", "in", "on", "from"]
    /// Nouns that make an indefinite speaker ("a UN monitoring mission", "a witness").
    static let indefiniteSpeakerNouns: WordSet = [
        "mission", "monitor", "monitors", "source", "witness", "resident", "doctor", "diplomat", "tally", "count",
        // "a DEA complaint said", "a document seen by Reuters showed": a document speaks for its author
        "complaint", "document", "filing", "lawsuit", "indictment", "study", "survey", "assessment",
    ]
    /// Words that end a speaker after "according to" or an inverted verb.
    static let speakerSpanStops: WordSet = [
        "that", "which", "who", "on", "in", "at", "said", "says", "told", "when", "while", "as", "and", "to", "there",
        "was",
        "is", "has", "had", "the",
    ]
    /// Words trimmed from the end of such a speaker.
    static let speakerSpanTrailers: WordSet = ["of", "the", "and", "in", "on"]

    // MARK: Speaker names (RecentNames, SpeakerAliases)

    /// Words that make a person-titled speaker an office ("the president's office").
    static let officeWords: WordSet = ["office", "administration", "ministry", "service", "services"]
    /// Words that keep such a speaker a person ("the ministry spokesman").
    static let spokespersonWords: WordSet = ["spokesman", "spokeswoman", "spokesperson"]
    /// Words of an organisation's name: capitalised words holding one are no person's name.
    static let organisationWords: WordSet = [
        "ministry", "service", "services", "office", "agency", "government", "army", "police", "forces", "committee",
        "council",
        "news", "website", "union", "nations", "organization", "organisation", "command", "department", "authorities",
        "center",
        "centre", "group", "bank", "fund",
    ]
    /// Words that, next to a country alone, still mean its government.
    static let governmentWords: WordSet = [
        "authorities", "government", "officials", "official", "side", "leadership", "administration", "state",
        "capital", "regime",
        "republic", "republic of", "cabinet", "officials have", "the", "sources", "government sources",
    ]
}
