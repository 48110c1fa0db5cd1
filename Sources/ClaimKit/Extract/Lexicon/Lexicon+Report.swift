extension Lexicon {
    // MARK: Stories (report)

    /// Words that say nothing about what a story is about: function words, reporting verbs, dates,
    /// and the words of news in general.
    static let storyStopWords: Set<String> = Set(
        """
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

    // MARK: Grouping (report)

    /// Phrases that make a count a running total rather than one incident.
    static let cumulativeCues: [[String]] =
        [
            ["in", "total"], ["a", "total", "of"], ["total", "number"], ["death", "toll"], ["the", "number", "of"],
            ["overall"],
            ["cumulative"], ["in", "all"], ["altogether"],
            ["over", "the", "past"], ["over", "the", "last"], ["in", "the", "past"], ["in", "recent", "year"],
        ] + momentCues

    /// Phrases that date a running total to the moment it was told or say it changed ("so far",
    /// "has risen to", "revised"): such a count is one point of a timeline, where "the number of
    /// wounded" or "the death toll" only names the measure.
    static let momentCues: [[String]] = [
        ["since"], ["so", "far"], ["to", "date"], ["thus", "far"], ["up", "to", "now"], ["until", "now"],
        ["raised", "the", "number"], ["raised", "the", "toll"], ["raising", "the", "number"],
        ["raising", "the", "toll"],
        ["bringing", "the", "total"], ["bringing", "the", "number"], ["brought", "the", "total"],
        ["brought", "the", "number"],
        ["bringing", "the", "toll"], ["brought", "the", "toll"], ["rose"], ["risen"], ["rises"], ["climbed"],
        ["climbs"],
        ["revised"], ["revises"], ["previous"], ["updated"], ["jumped"],
        ["raised", "its"], ["raising", "its"], ["lowered"], ["lowers"], ["downgraded"], ["downgrades"],
    ]

    /// Words that never tell two claims' sentences apart (`ClaimContext.context`).
    static let contextStopWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "that", "this", "it",
        "its", "was", "were", "is", "are", "be", "been", "has", "have", "had", "said", "say", "says", "as", "after",
        "who", "which", "their", "they", "he", "she", "his", "her", "also", "other", "another", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "one", "more", "than", "about", "over", "some", "not", "but",
        "killed", "died", "dead", "wounded", "injured", "people", "while", "when", "there", "would", "will", "into",
        "up", "out", "were", "being", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "earlier", "later", "day", "today", "yesterday",
    ]
}

extension Lexicon {
    // MARK: Dates named in a claim's sentence (report)

    /// Month names as written in a sentence ("In June", "on June 16"), capitalised, with their numbers.
    static let monthNames: [String: Int] = [
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
        "September": 9, "October": 10, "November": 11, "December": 12,
    ]

    /// The month names in lower case, as `SubjectKindTable.words` gives them.
    static let monthWords = Set(monthNames.keys.map { $0.lowercased() })

    /// Words before a date that make it the start or end of a span, not the time of the fact ("since June").
    static let spanDateWords: Set<String> = [
        "since", "from", "until", "till", "by", "between", "before", "after", "through", "to",
    ]
}

extension Lexicon {
    // MARK: What a sum is told as (report), singular lower-case words as `SubjectKindTable.words` gives them

    /// A cost, price, need, spending or damage.
    static let moneyCostWords: Set<String> = [
        "cost", "costing", "take", "took", "taken", "need", "needed", "require", "required", "price", "priced", "spend",
        "spent", "spending", "damage", "loss", "bill",
    ]
    /// A pledge, investment, grant, aid or donation.
    static let moneyPledgeWords: Set<String> = [
        "pledge", "pledged", "pledging", "invest", "invested", "investing", "investment", "donate", "donated",
        "donation",
        "give", "gave", "given", "grant", "granted", "fund", "funded", "funding", "provide", "provided", "allocate",
        "allocated", "allocation", "aid", "package", "commit", "committed", "commitment", "contribute", "contributed",
        "contribution", "assistance",
    ]
}

extension Lexicon {
    // MARK: Kinds of counted subject (report), in priority order

    /// The nouns and phrases that name each kind of counted subject (`SubjectKindTable.standard`), by
    /// kind id, in priority order: institution phrases ("interior ministry") come before the bare
    /// nouns they contain, specific kinds before the generic "people".
    static let subjectKindPhrases: KeyValuePairs<String, [String]> = [
        "police": [
            "police", "policeman", "policewoman", "police officer", "interior ministry", "internal affairs",
            "interior ministry staff", "ministry of interior", "ministry of the interior", "gendarme", "gendarmerie",
            "security personnel", "security officer", "security service", "law enforcement", "border guard",
            "border guards", "officer", "cop", "militiaman",
        ],
        "journalist": [
            "journalist", "reporter", "media worker", "cameraman", "photographer",
        ],
        "aid-worker": [
            "aid worker", "humanitarian worker", "medic", "paramedic", "doctor", "nurse", "deminer", "sapper",
        ],
        "military": [
            "soldier", "serviceman", "servicemen", "service member", "servicemember", "troop", "military personnel",
            "military", "army", "armed force", "force", "armed formation", "formation", "armed group", "detachment",
            "fighter", "militant", "combatant", "conscript", "reservist", "personnel", "military servicemen",
            "marine", "paratrooper", "guard",
        ],
        "civilian": [
            "civilian", "resident", "villager", "man", "woman", "child", "boy", "girl", "farmer", "shepherd",
            "passer-by", "pedestrian", "driver", "passenger", "student", "tourist",
        ],
        "people": [
            "people", "person", "citizen", "national", "individual", "victim", "life", "casualty", "death", "dead",
            "inhabitant", "compatriot", "human", "toll", "worker", "employee", "staff", "staffer", "member", "crew",
            "crew member",
        ],
        "minefield": [
            "minefield", "mined area",
        ],
        "mine": [
            "mine", "landmine", "land mine", "explosive device", "explosive", "ied", "ordnance",
            "unexploded ordnance", "booby trap", "munition", "anti-personnel", "anti-tank",
        ],
        "armor": [
            "tank", "armored vehicle", "armoured vehicle", "armored", "armoured", "apc", "infantry fighting vehicle",
        ],
        "mortar": [
            "mortar"
        ],
        "rocket": [
            "rocket system", "rocket launcher", "mlrs", "launcher", "rocket", "missile",
        ],
        "artillery": [
            "artillery", "howitzer", "cannon",
        ],
        "drone": [
            "drone", "uav", "unmanned aerial vehicle",
        ],
        "aircraft": [
            "aircraft", "plane", "helicopter", "jet",
        ],
        "ship": [
            "ship", "warship", "vessel", "naval vessel", "frigate", "destroyer", "submarine",
        ],
        "equipment": [
            "piece of equipment", "equipment", "hardware", "item of equipment",
        ],
    ]
}
