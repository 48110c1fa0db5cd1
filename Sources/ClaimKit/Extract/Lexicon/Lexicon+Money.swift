extension Lexicon {
    // MARK: Money

    static let currencySymbols: WordMap<String> = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₼": "AZN", "₺": "TRY", "₪": "ILS", "₹": "INR",
        "₴": "UAH",
    ]
    /// Currency words and ISO codes after or before an amount.
    static let currencyWords: WordMap<String> = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "us$": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
        "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "manat": "AZN", "manats": "AZN", "azn": "AZN", "drams": "AMD",
        "dram": "AMD", "amd": "AMD", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rub": "RUB",
        "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "uah": "UAH", "lira": "TRY", "liras": "TRY",
        "try": "TRY",
        "shekels": "ILS", "shekel": "ILS", "ils": "ILS", "nis": "ILS", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY",
        "rupees": "INR", "rs": "INR", "inr": "INR", "yen": "JPY", "jpy": "JPY", "lari": "GEL", "gel": "GEL",
        "tenge": "KZT", "kzt": "KZT",
        "rials": "IRR", "rial": "IRR", "riyals": "SAR", "riyal": "SAR", "peso": "MXN", "rupee": "INR", "dinars": "IQD",
        "dinar": "IQD", "franc": "CHF", "shillings": "KES", "shilling": "KES", "kronor": "SEK", "krona": "SEK",
        "kroner": "NOK", "krone": "NOK", "dirhams": "AED", "aed": "AED", "francs": "CHF", "chf": "CHF", "cad": "CAD",
        "aud": "AUD", "zloty": "PLN", "pln": "PLN", "naira": "NGN", "rand": "ZAR", "pesos": "MXN", "reais": "BRL",
    ]
    /// The singular stem of a currency word ("pesos" → "peso", "rupees" → "rupee").
    static func currencyStem(_ word: String) -> String {
        switch word {
        case "dollars", "dollar": return "dollar"
        case "pesos", "peso": return "peso"
        case "rupees", "rupee", "rs": return "rupee"
        case "pounds", "pound": return "pound"
        case "dinars", "dinar": return "dinar"
        case "francs", "franc": return "franc"
        case "shillings", "shilling": return "shilling"
        case "rials", "rial": return "rial"
        case "riyals", "riyal": return "riyal"
        case "kronor", "krona", "kroner", "krone": return "krone"
        default: return word
        }
    }
    /// Currency words several countries use: per stem, the country words of the article that pick
    /// a code (first match by mention count wins; none → the default in `currencyWords`).
    static let ambiguousCurrencies: WordMap<[(code: String, countryWords: [String])]> = [
        "dollar": [
            ("USD", ["united states", "u.s.", "america", "american", "washington"]),
            ("CAD", ["canada", "canadian", "ottawa"]),
            ("AUD", ["australia", "australian", "canberra"]), ("NZD", ["new zealand"]), ("HKD", ["hong kong"]),
            ("SGD", ["singapore"]), ("TWD", ["taiwan"]), ("ZWL", ["zimbabwe"]), ("LRD", ["liberia"]),
        ],
        "peso": [
            ("MXN", ["mexico", "mexican"]), ("PHP", ["philippines", "philippine", "filipino", "manila"]),
            ("ARS", ["argentina", "argentine", "buenos aires"]), ("CLP", ["chile", "chilean"]),
            ("COP", ["colombia", "colombian"]),
            ("CUP", ["cuba", "cuban"]), ("DOP", ["dominican republic"]), ("UYU", ["uruguay"]),
        ],
        "rupee": [
            ("INR", ["india", "indian", "new delhi"]), ("PKR", ["pakistan", "pakistani", "islamabad"]),
            ("LKR", ["sri lanka", "sri lankan", "colombo"]), ("NPR", ["nepal", "nepalese", "kathmandu"]),
        ],
        "pound": [
            ("GBP", ["britain", "british", "united kingdom", "u.k.", "london", "england"]),
            ("EGP", ["egypt", "egyptian", "cairo"]),
            ("LBP", ["lebanon", "lebanese", "beirut"]), ("SYP", ["syria", "syrian", "damascus"]),
            ("SDG", ["sudan", "sudanese", "khartoum"]),
        ],
        "dinar": [
            ("IQD", ["iraq", "iraqi", "baghdad"]), ("JOD", ["jordan", "jordanian", "amman"]), ("KWD", ["kuwait"]),
            ("LYD", ["libya", "libyan", "tripoli"]), ("DZD", ["algeria", "algerian"]),
            ("RSD", ["serbia", "serbian", "belgrade"]),
            ("TND", ["tunisia", "tunisian"]),
        ],
        "franc": [
            ("CHF", ["switzerland", "swiss"]),
            ("XOF", ["senegal", "mali", "niger", "burkina faso", "ivory coast", "benin", "togo"]),
            ("XAF", ["cameroon", "chad", "gabon", "congo"]), ("RWF", ["rwanda"]), ("BIF", ["burundi"]),
        ],
        "shilling": [
            ("KES", ["kenya", "kenyan", "nairobi"]), ("UGX", ["uganda", "ugandan", "kampala"]),
            ("TZS", ["tanzania", "tanzanian"]),
            ("SOS", ["somalia", "somali", "mogadishu"]),
        ],
        "rial": [("IRR", ["iran", "iranian", "tehran"]), ("OMR", ["oman", "omani"]), ("YER", ["yemen", "yemeni"])],
        "krone": [("SEK", ["sweden", "swedish"]), ("NOK", ["norway", "norwegian"]), ("DKK", ["denmark", "danish"])],
    ]
    /// Country adjectives before a currency word ("U.S. dollars", "Philippine pesos"), per currency stem.
    static let currencyByCountryAdjective: [String: [String: String]] = [
        "u.s.": ["dollar": "USD"], "us": ["dollar": "USD"], "american": ["dollar": "USD"],
        "canadian": ["dollar": "CAD"],
        "australian": ["dollar": "AUD"], "singapore": ["dollar": "SGD"], "taiwan": ["dollar": "TWD"],
        "zimbabwean": ["dollar": "ZWL"],
        "mexican": ["peso": "MXN"], "philippine": ["peso": "PHP"], "argentine": ["peso": "ARS"],
        "chilean": ["peso": "CLP"],
        "colombian": ["peso": "COP"], "cuban": ["peso": "CUP"],
        "indian": ["rupee": "INR"], "pakistani": ["rupee": "PKR"], "nepalese": ["rupee": "NPR"],
        "egyptian": ["pound": "EGP"], "lebanese": ["pound": "LBP"], "syrian": ["pound": "SYP"],
        "sudanese": ["pound": "SDG"], "british": ["pound": "GBP"],
        "iraqi": ["dinar": "IQD"], "jordanian": ["dinar": "JOD"], "libyan": ["dinar": "LYD"],
        "serbian": ["dinar": "RSD"],
        "swiss": ["franc": "CHF"], "kenyan": ["shilling": "KES"], "ugandan": ["shilling": "UGX"],
        "iranian": ["rial": "IRR"],
        "swedish": ["krone": "SEK"], "norwegian": ["krone": "NOK"], "danish": ["krone": "DKK"],
        "saudi": ["riyal": "SAR"], "qatari": ["riyal": "QAR"],
    ]
    /// Letters glued before a currency sign that name another dollar or real ("C$5", "HK$10", "R$3").
    static let currencySignPrefixes: WordMap<String> = [
        "c": "CAD", "a": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD", "r": "BRL",
    ]
    /// Codes that may stand before the amount ("AZN 1.2 million", "USD 5 billion").
    static let prefixCurrencyCodes: WordSet = [
        "usd", "eur", "gbp", "azn", "amd", "rub", "uah", "try", "ils", "cny", "inr", "jpy", "gel", "kzt", "aed", "chf",
        "cad", "aud", "pln", "us$", "nis", "rs",
    ]

    // MARK: What a sum pays for

    /// Nouns that only say "an amount" ("a total of", "to the tune of"): they do not name what a sum is for.
    static let amountNouns: WordSet = [
        "value", "amount", "sum", "total", "figure", "tune", "tally", "region", "excess", "upwards", "minimum",
        "maximum",
    ]
    /// Determiners skipped before a sum's purpose ("$400m for the reconstruction").
    static let purposeDeterminers: WordSet = ["the", "a", "an", "its", "their"]
    /// Nouns naming what a sum funds, which a sum names even without a determiner before it
    /// ("£47m landmine clearance scheme", "a $2bn aid package").
    static let moneySchemeNouns: WordSet = [
        "scheme", "initiative", "package", "fund", "programme", "program", "plan", "deal", "project", "contract",
        "grant", "loan", "budget", "pledge", "bailout", "facility", "allocation",
        // sums that are a payment, a charge or a deal ("$9 billion order", "$326,000 bond", "$10 Amazon credit")
        "order", "bond", "bail", "credit", "fee", "fine", "settlement", "investment", "donation", "payment", "bonus",
        "penalty", "discount", "rebate", "refund", "prize", "award", "subscription", "acquisition", "takeover",
        "ransom", "subsidy", "stimulus", "voucher", "coupon", "salary", "wage", "pension", "tariff", "tariffs",
        "contribution",
    ]
    /// Time nouns: "in the third quarter", "over the past five years" date a sum, they do not name it.
    static let timeNouns: WordSet = [
        "quarter", "quarters", "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
        "period", "half", "season", "fiscal", "financial", "term",
    ]
    /// Words before a time noun that make it a time ("next year", "every month").
    static let timeModifiers: WordSet = ["next", "last", "this", "every", "each", "per", "previous", "coming"]
    /// Nouns of an adverbial after "on"/"in" that name no purpose ("on average", "in total", "on paper").
    static let adverbialPurposeNouns: WordSet = [
        "average", "total", "paper", "balance", "record", "time", "all", "addition", "particular", "general", "turn",
        "part",
    ]
    /// Words before "N pounds" that make it a weight ("grows to 500 pounds", "weighs 12 pounds").
    static let weightWords: WordSet = [
        "weigh", "weighs", "weighed", "weighing", "grows", "grew", "grown", "grow", "gained", "lost", "lose", "heavy",
        "heavier", "weight", "lighter", "lifted", "lifts", "carried", "carry", "pulled", "caught", "tipped",
        "clocked", "scales",
    ]
    /// Charges a sum may be a step of ("fines ..., starting at £1,000", "penalties ... a maximum of £10,000").
    static let chargeNouns: WordSet = [
        "fine", "fines", "penalty", "penalties", "fee", "fees", "charge", "charges", "levy", "levies", "surcharge",
        "surcharges", "toll", "tolls",
    ]
    /// Words of a step on a scale before its preposition ("starting at", "rising to", "a maximum of").
    static let scaleStepWords: WordSet = [
        "starting", "starts", "start", "beginning", "begins", "rising", "rises", "rise", "rose", "increased",
        "increase", "raised", "climbing", "going", "up", "maximum", "minimum",
    ]
    /// Prepositions between a step word and its sum ("starting at", "rising to", "maximum of").
    static let scaleStepPrepositions: WordSet = ["at", "to", "of"]
    /// Verbs of giving: "to X" after their sum names who gets it, not what it is for ("grant $N to the fund").
    static let givingVerbs: WordSet = [
        "grant", "grants", "granted", "give", "gives", "gave", "given", "award", "awards", "awarded", "donate",
        "donates", "donated", "send", "sends", "sent", "lend", "lends", "lent", "loan", "loaned", "allocate",
        "allocates", "allocated", "provide", "provides", "provided",
    ]
    /// Participles of earning after a comma: their sum is the sentence subject's ("..., making $320,000").
    static let earningParticiples: WordSet = ["making", "earning", "grossing", "netting", "raking", "bringing"]
    /// Words of a part before "of" in a purpose ("for some of the shares", "for part of the site").
    static let partWords: WordSet = ["some", "part", "most", "all", "half", "much", "many", "each", "one", "none"]
    /// Nouns of the writing itself, which no price is for ("Our previous mention was at $750").
    static let writingNouns: WordSet = [
        "mention", "mentions", "post", "posts", "article", "story", "roundup", "review", "coverage", "listing",
        "writeup", "update",
    ]
    /// Words before "from" that compare a sum with an earlier value ("up from $38,373", "and from $34,410").
    static let comparisonWords: WordSet = ["up", "down", "and", "compared", "rising", "falling", "dropping"]
    /// Verbs of change whose object a percentage and a sum restate ("reduce GDP by 0.25 percent or $63.1 billion").
    static let changeObjectVerbs: WordSet = [
        "reduce", "reduces", "reduced", "cut", "cuts", "lower", "lowers", "lowered", "raise", "raises", "raised",
        "boost", "boosts", "boosted", "increase", "increases", "increased", "shrink", "shrinks", "shrank", "lift",
        "lifts", "lifted",
    ]
    /// Nouns of a rate or a season after a sum ("$16.50 per share", "$449,000 this fall"): they name nothing.
    static let rateNouns: WordSet = [
        "share", "unit", "person", "head", "night", "fall", "spring", "summer", "winter", "piece", "seat",
    ]
    /// Verbs of a market's price at a time ("shares closed in New York on Tuesday at $185.25").
    static let closingVerbs: WordSet = [
        "closed", "closes", "opened", "opens", "ended", "ends", "finished", "finishes", "settled", "settles",
    ]
    /// Prepositions of a sum's purpose ("$400m in aid", "€2bn for reconstruction").
    static let purposePrepositions: WordSet = ["in", "for", "of", "on"]
    /// "$1,000 toward travel": what a sum goes toward, when nothing before it named it.
    static let towardPrepositions: WordSet = ["toward", "towards"]
    /// "help in the form of €15 million": nouns of a manner phrase before "of", which name nothing.
    static let mannerNouns: WordSet = ["form", "shape", "way", "means", "terms"]
    /// Determiners of the noun a sum measures ("an emergency fund of €15 million").
    static let measuredNounDeterminers: WordSet = ["a", "an", "the", "its", "their", "his", "her", "this", "that"]
    /// Verbs of an estimate ("put the cost at $1.2bn").
    static let estimateVerbs: WordSet = [
        "put", "puts", "estimated", "estimates", "valued", "values", "priced", "pegged", "placed", "set",
    ]
    /// Relative pronouns that stand for the noun before the comma (", which has raised €10 billion").
    static let relativeSubjects: WordSet = ["which", "who"]
    static let relativePronouns: WordSet = ["which", "who", "that", "whom"]
    /// Words that end a clause subject before a money verb ("the repairs will cost").
    static let clauseVerbs: WordSet = [
        "will", "would", "could", "can", "may", "might", "is", "are", "was", "were", "has", "have", "had",
        "take", "takes", "took", "cost", "costs", "costing", "to", "should", "must", "did", "does",
    ]
}

extension Lexicon {
    // MARK: Prices (what a price is the price of)

    /// Prepositions between a product and its price ("the Sensor for $30", "starts at $329", "ranges from $150").
    static let pricePrepositions: WordSet = ["for", "at", "from", "between"]
    /// Verbs of a price range or a listed price: their clause subject is what the price is for ("prices range from").
    static let priceVerbs: WordSet = [
        "range", "ranges", "ranging", "ranged", "start", "starts", "starting", "started", "priced", "retail", "retails",
        "retailing", "retailed", "vary", "varies", "listed", "goes", "going", "went", "costs", "cost", "available",
        "trading", "traded", "trades",
    ]
    /// Verbs of selling and buying: "Amazon offers X for $30" (X is what the price is for), "the painting sold for $5m".
    static let saleVerbs: WordSet = [
        "offer", "offers", "offering", "offered", "sell", "sells", "selling", "sold", "buy", "buys", "buying", "bought",
        "grab", "snag", "pick", "picks", "find", "finds", "purchase", "purchased", "acquire", "acquires", "acquired",
        "rented", "leased", "discounts", "discounted", "drops", "dropped", "knocks",
        "knocking", "marks", "marked", "save", "saves", "saving", "pay", "pays", "paid", "spend", "spent", "charge",
        "charges", "charged",
    ]
    /// Adverbs between a noun and its price verb or between a price word and the amount ("is currently priced at", "now $299").
    static let auxiliaryAdverbs: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "currently", "now", "still",
        "also", "just", "only", "to", "seem", "seems", "seemed", "appear", "appears", "expected", "likely", "usually",
        "normally", "typically", "generally", "often", "again",
    ]
    /// Words between a price word and the amount that do not change what the price is for ("now $299", "originally $1,299").
    static let priceAdverbs: WordSet = [
        "now", "just", "only", "originally", "regularly", "normally", "usually", "currently", "still", "was", "regular",
        "orig", "reg", "msrp", "list",
    ]
    /// Pronouns that stand for a person, never for what a sum pays ("Afterwards you'll pay $6.99").
    static let personalPronouns: WordSet = [
        "i", "you", "we", "they", "he", "she", "you'll", "we'll", "they'll", "i'll", "you'd", "we'd", "you've", "we've",
        "i've", "you're", "we're", "they're", "he'll", "she'll", "i'm",
    ]
    /// Object pronouns: the hearer of a report ("told me the chips cost $4").
    static let objectPronouns: WordSet = ["me", "us", "him", "them"]
    /// Verbs of a price or sum that changed ("drops to $799", "revenue rose 3.5 percent to $27.2 billion",
    /// "its valuation slashed from $47 billion"): their subject is what the sum measures.
    static let changeVerbs: WordSet = [
        "drops", "dropped", "drop", "falls", "fell", "fall", "rose", "rises", "rise", "risen", "climbed", "climbs",
        "grew", "grows", "increased", "increases", "decreased", "decreases", "jumped", "jumps", "soared", "soars",
        "slashed", "reduced", "cut", "plunged", "plunges", "surged", "surges", "declined", "declines", "added",
        "gained",
        "up", "down", "sank", "sinking", "rising", "falling", "dropping", "doubled", "tripled", "quadrupled", "halved",
        "raised", "lowered", "hiked", "boosted", "grow", "increase", "decrease", "climb", "jump", "soar", "plunge",
        "surge", "decline",
    ]
    /// Prepositions whose phrase belongs to the noun before it ("obligations in this country total $1.5 trillion").
    static let ofPhrasePrepositions: WordSet = ["of", "in", "on", "at", "for", "to", "from"]
    /// Words before a verb that mark it as one ("set to raise up to $12.9bn", "you can contribute up to $19,000").
    static let verbMarkers: WordSet = [
        "to", "can", "could", "will", "would", "may", "might", "should", "must", "you", "we", "they", "i", "eventually",
    ]
    /// Words before a price that name no thing: pronoun contractions, adjectives of price, "sale"
    /// ("it's priced at", "not cheap at $140", "on sale for $300").
    static let priceWordsNamingNothing: WordSet = [
        "it's", "that's", "there's", "he's", "she's", "what's", "cheap", "cheaper", "expensive", "affordable", "pricey",
        "sale", "live", "low", "high", "less", "more", "anywhere",
    ]
    /// "3.5 percent", "0.86%": a change in percent between a verb of change and "to".
    static let percentWords: WordSet = ["percent", "%", "pct"]
    /// "for as low as $29", "as little as Rs 599": the adjective of a hedge "as X as" before a price.
    static let asHedgeWords: WordSet = ["low", "little", "much", "cheap", "high", "few"]
    /// Hedges before a price that leave its thing unchanged ("paying around $17.99", "for under $50").
    static let priceHedges: WordSet = [
        "around", "about", "approximately", "roughly", "under", "over", "nearly", "almost",
    ]
    /// Words of a listing before a shop's name ("up on stockX for $899", "available at Target for $20").
    static let listingWords: WordSet = [
        "up", "available", "listed", "exclusively", "exclusive", "only", "sale", "live",
    ]
    /// Participles of an offer set after the thing by a comma ("the cable, available in ... from $6").
    static let listingParticiples: WordSet = ["available", "priced", "offered", "listed", "sold", "retailing"]
    /// Prepositions before a shop's name in a listing ("on Amazon", "at Walmart", "via Best Buy").
    static let shopPrepositions: WordSet = ["on", "at", "via", "from"]
    /// Units of weight in a bracket after "N pounds" ("475 pounds (215.5 kilos)"): the pounds are a weight.
    static let weightUnits: WordSet = [
        "kilos", "kilo", "kilograms", "kilogram", "kg", "kgs", "tonnes", "tons", "grams", "g", "lbs", "lb", "ounces",
        "oz",
    ]
    /// Nouns of a price whose "of" phrase names the thing ("the average price of a new truck ... was $41,640").
    static let priceNouns: WordSet = [
        "price", "prices", "cost", "costs", "value", "rate", "fee", "fees", "rent", "valuation", "bill", "tab",
    ]
    /// Prepositions inside one product's name ("Controller in Crystal", "Laptop with 512GB SSD").
    static let nameInnerPrepositions: WordSet = ["in", "with"]
    /// The words of "..., to the tune of $28 billion": the sum measures a noun named before the comma.
    static let tuneOfPhrase = ["to", "the", "tune", "of"]
    /// Verbs of a list whose items a price after them belongs to ("deals include various models from $700").
    static let includingVerbs: WordSet = ["include", "includes", "included", "including"]
    /// Keys of a record that name no thing of their own ('"Income": { "Value": "$63,300"' is the income).
    static let genericValueLabels: WordSet = ["value", "amount", "total"]
    /// Pronouns that open a sentence but name no product ("It is the cheapest, packing ...").
    static let thingPronouns: WordSet = ["it", "this", "that", "these", "those", "they"]
}
