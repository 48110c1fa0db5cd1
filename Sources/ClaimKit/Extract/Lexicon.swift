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
    }

    /// Flags per lower-case word (absent: 0).
    static let wordFlags: [String: UInt32] = {
        var flags: [String: UInt32] = [:]
        for w in Array(units.keys) + Array(tens.keys) + Array(vagueAmounts.keys) + ["a", "an"] + Array(prefixCurrencyCodes) {
            flags[w, default: 0] |= Flag.amount
        }
        for w in reportingVerbs.union(["according"]) { flags[w, default: 0] |= Flag.reporting }
        for w in reportingParticiples { flags[w, default: 0] |= Flag.participle }
        return flags
    }()

    /// The hashes of `wordFlags`' words: the tokenizer looks a word up only when its hash is here.
    static let flaggedWordHashes: HashBits = {
        var bits = HashBits()
        for w in wordFlags.keys { bits.insert(HashBits.hash(w.utf8)) }
        return bits
    }()

    // MARK: Numbers

    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Multipliers after a number ("1.5 million", "25bn", "$400m").
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "mln": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
        "tn": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000,
        // South Asian scales ("Rs 500 crore", "2 lakh people")
        "crore": 10_000_000, "crores": 10_000_000, "lakh": 100_000, "lakhs": 100_000,
    ]
    /// Scales that only count when glued to the digits or after a currency ("25bn", "$400m").
    static let gluedScales: WordSet = ["k", "m", "b"]
    /// Vague plural amounts, coded as ACLED does (nil: too vague to code).
    static let vagueAmounts: [String: Double?] = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": nil, "billions": nil, "tens": nil,
    ]

    // MARK: Hedges (longest first is handled by the matcher)

    static let hedges: [([String], Qualifier)] = [
        (["in", "excess", "of"], .moreThan), (["upwards", "of"], .moreThan), (["more", "than"], .moreThan),
        (["well", "over"], .moreThan), (["just", "over"], .moreThan), (["over"], .moreThan), (["above"], .moreThan),
        (["greater", "than"], .moreThan), (["exceeding"], .moreThan),
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["at", "least"], .atLeast), (["a", "minimum", "of"], .atLeast),
        (["fewer", "than"], .fewerThan), (["less", "than"], .fewerThan), (["just", "under"], .fewerThan), (["under"], .fewerThan),
        (["below"], .fewerThan),
        (["up", "to"], .atMost), (["at", "most"], .atMost), (["as", "much", "as"], .atMost), (["as", "high", "as"], .atMost), (["no", "more", "than"], .atMost), (["not", "more", "than"], .atMost), (["not", "over"], .atMost),
        (["as", "many", "as"], .atMost), (["not", "less", "than"], .atLeast), (["not", "fewer", "than"], .atLeast),
        (["more", "or", "less"], .about), (["an", "approximately"], .about), (["a", "total", "of", "about"], .about),
        (["just", "below"], .fewerThan), (["well", "under"], .fewerThan), (["well", "below"], .fewerThan), (["well", "above"], .moreThan),
        (["a", "maximum", "of"], .atMost),
        (["nearly"], .nearly), (["almost"], .nearly), (["close", "to"], .nearly), (["just", "shy", "of"], .nearly),
        (["an", "estimated"], .about), (["estimated"], .about), (["about"], .about), (["around"], .about), (["some"], .about),
        (["roughly"], .about), (["approximately"], .about), (["approx"], .about), (["circa"], .about), (["nearly", "about"], .about),
        (["an", "approximate"], .about), (["perhaps"], .about), (["reportedly"], .exact),
    ]

    // MARK: Not claims

    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Months that are also ordinary words: a date only with a number right after.
    static let ambiguousMonths: WordSet = ["may", "march", "mar", "jan", "dec"]
    static let durationUnits: WordSet = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "night", "nights",
        "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
        "weekend", "weekends", "fortnight", "fortnights", "season", "seasons", "term", "terms", "round", "rounds",
    ]
    static let timeWords: WordSet = ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hrs", "o'clock", "cet", "est", "edt", "bst"]
    /// Words before a number that make it a name or a label ("Paragraph 4", "Flight 17").
    static let labelWords: WordSet = [
        "paragraph", "paragraphs", "article", "articles", "section", "sections", "chapter", "chapters", "resolution",
        "no", "no.", "nos", "number", "page", "pages", "route", "flight", "highway", "road", "level", "phase", "grade", "category",
        "class", "room", "platform", "gate", "block", "building", "unit", "brigade", "division", "battalion", "regiment",
        "corps", "district", "zone", "sector", "point", "checkpoint", "post", "kilometre", "kilometer", "km", "mile",
        "volume", "vol", "figure", "fig", "table", "episode", "season", "part", "item", "clause", "act", "law", "decree",
        "order", "protocol", "line", "lines", "channel", "tv", "radio", "covid", "model", "version", "type", "series",
        "group", "pillar", "stage", "step", "point", "height", "hill", "quota", "box", "apartment", "floor", "suite", "house",
        "street", "avenue", "camp", "base", "g", "top", "top-", "league", "cup", "world", "sub", "under", "aged", "age", "ages",
        "tier", "exit", "terminal", "bus", "train", "mark", "plan", "day", "week", "month", "year", "half", "quarter",
    ]
    /// Words after a number that make it a measure or a share, never a count of the categories.
    static let measureWords: WordSet = [
        "percent", "per", "pct", "%", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
        "meters", "metre", "meter", "m2", "sq", "square", "hectares", "hectare", "acres", "acre", "kg", "kilograms", "kilogrammes",
        "tonnes", "tons", "tonne", "ton", "litres", "liters", "gallons", "barrels", "degrees", "degree", "mm", "cm", "ft", "feet",
        "foot", "inches", "inch", "magnitude", "points", "votes", "seats", "mph", "kph", "kmh", "knots", "times", "fold",
        "year-old", "years-old", "year-olds", "storey", "storeys", "km2", "miles2", "grams", "mw", "gw", "kw", "bpd",
    ]
    /// Ordinal suffixes glued to digits ("1st", "22nd").
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th", "s", "'s"]

    // MARK: Counted nouns (heads)

    static let mineHeads: WordSet = [
        "mine", "mines", "landmine", "landmines", "land-mines", "minefields", "ieds", "ied", "devices", "device", "ordnance",
        "uxo", "uxos", "booby-traps", "traps", "explosives", "munitions", "bomblets", "submunitions", "shells", "bombs",
        "items", "objects", "remnants",
    ]
    /// Heads that are mines only with an explosive modifier ("explosive devices", "unexploded ordnance", "cluster munitions").
    static let mineHeadsNeedingModifier: WordSet = ["devices", "device", "ordnance", "explosives", "munitions", "traps", "bomblets", "submunitions", "shells", "bombs", "items", "objects", "remnants"]
    /// Measure nouns whose "of" complement is what is counted: "86 pieces of unexploded ordnance".
    static let pieceNouns: WordSet = ["pieces", "items", "units", "rounds"]
    static let mineModifiers: WordSet = ["explosive", "unexploded", "improvised", "booby", "cluster", "anti-personnel", "anti-tank", "landmine", "mine"]
    static let troopHeads: WordSet = [
        "troops", "soldiers", "servicemen", "servicemembers", "servicewomen", "forces", "fighters", "formations", "militants",
        "personnel", "peacekeepers", "reservists", "conscripts", "mercenaries", "insurgents", "rebels", "guerrillas",
        "militiamen", "militias", "combatants", "paratroopers", "marines", "sailors", "commandos", "contractors", "jihadists",
        "detachments", "units", "recruits", "volunteers", "gunmen", "snipers", "special-forces", "guardsmen", "airmen", "warriors",
        "force", "contingent",
    ]
    /// Troop heads that need a military modifier ("armed formations", "military personnel").
    static let troopHeadsNeedingModifier: WordSet = ["formations", "personnel", "units", "detachments", "contractors", "volunteers"]
    static let troopModifiers: WordSet = [
        "armed", "military", "army", "combat", "paramilitary", "russian", "armenian", "foreign", "enemy", "government", "rebel",
        "security", "special", "defence", "defense", "naval", "air", "ground", "regular", "reserve", "troop", "militia",
        "illegal", "separatist", "volunteer", "private", "wagner",
    ]
    static let equipmentHeads: WordSet = [
        "tanks", "tank", "apcs", "ifvs", "howitzers", "artillery", "weapons", "mortars", "drones", "uavs", "missiles",
        "rockets", "launchers", "aircraft", "helicopters", "jets", "warplanes", "fighter-jets", "guns", "rifles", "mlrs",
        "warships", "ships", "boats", "submarines", "armoured", "armored", "bombers", "interceptors", "himars", "javelins",
        "stingers", "grenades", "cannons", "firearms", "machine-guns",
    ]
    /// Heads that are equipment only with a weapon modifier ("mortar systems", "armored vehicles", "artillery pieces").
    static let equipmentHeadsNeedingModifier: WordSet = [
        "systems", "vehicles", "pieces", "units", "guns", "installations", "ships", "boats",
    ]
    static let equipmentModifiers: WordSet = [
        "tank", "tanks", "armored", "armoured", "artillery", "mortar", "howitzer", "rocket", "missile", "drone", "launcher",
        "weapon", "weapons", "military", "combat", "air-defence", "air-defense", "defence", "defense", "anti-aircraft",
        "anti-tank", "self-propelled", "multiple", "volley", "fighting", "armed", "attack", "war", "naval", "patrol", "radar",
        "artillery", "heavy", "infantry", "assault", "ballistic", "cruise", "s-300", "s-400", "grad", "smerch",
    ]
    /// Equipment heads that are civilian as often as military: equipment only with a weapon
    /// modifier or a military word in the sentence ("fired 12 missiles", not "a fleet of 270 aircraft").
    static let contextualEquipmentHeads: WordSet = [
        "aircraft", "helicopters", "jets", "rockets", "missiles", "drones", "uavs", "ships", "boats", "warships", "submarines",
        "vehicles", "guns", "rifles", "firearms", "grenades",
    ]
    static let militaryContext: WordSet = [
        "military", "army", "armed", "forces", "troops", "soldiers", "war", "attack", "attacks", "attacked", "strike", "strikes",
        "fired", "launched", "shot", "downed", "destroyed", "combat", "weapons", "defence", "defense", "navy", "naval",
        "shelling", "bombing", "offensive", "enemy", "fighter", "warplanes", "artillery", "invasion", "militants", "rebels",
        "intercepted", "airstrike", "airstrikes", "arsenal", "arms", "deployed", "seized", "captured", "militia", "insurgents",
        "frontline", "front", "battle", "battlefield", "police", "gunmen", "shootout", "ammunition", "smuggling",
    ]
    static let killedNouns: WordSet = ["fatalities", "deaths", "dead", "bodies", "corpses", "death", "killings", "lives", "fatality"]
    static let injuredNouns: WordSet = ["injuries", "wounded", "injured", "wounds"]
    static let casualtyNouns: WordSet = ["casualties", "victims", "casualty"]
    static let displacedNouns: WordSet = ["refugees", "evacuees", "displaced", "idps", "asylum-seekers", "migrants"]
    /// People nouns: the counted head of a casualty ("people", "civilians", "officers", "staff").
    static let personHeads: WordSet = [
        "people", "persons", "person", "civilians", "civilian", "citizens", "men", "women", "children", "kids", "boys", "girls",
        "officers", "policemen", "policewomen", "police", "officials", "employees", "staff", "staffers", "workers",
        "journalists", "reporters", "nationals", "residents", "passengers", "villagers", "members", "students", "patients",
        "pilgrims", "tourists", "miners", "firefighters", "medics", "doctors", "nurses", "protesters", "protestors",
        "demonstrators", "guards", "crew", "relatives", "farmers", "fishermen", "deminers", "sappers", "teachers",
        "worshippers", "infants", "babies", "adults", "inmates", "prisoners", "detainees", "hostages", "suspects",
        "individuals", "survivors", "shepherds", "drivers", "volunteers", "rescuers", "aid-workers", "humanitarians", "attackers", "assailants", "raiders",
        "guards", "border-guards", "gunmen", "militants",
        "settlers", "bystanders", "spectators", "fans", "teenagers", "youths", "elderly", "family", "families", "agents",
        "servicemen", "troops", "soldiers", "fighters", "militants", "gunmen", "peacekeepers", "policeman", "soldier",
        "man", "woman", "child", "boy", "girl", "baby", "officer", "journalist", "citizen", "worker", "employee", "member",
        "others", "more", "locals", "palestinians", "israelis", "ukrainians", "russians", "armenians", "azerbaijanis",
        "syrians", "afghans", "iraqis", "lebanese", "sudanese", "americans", "foreigners", "expats", "immigrants",
        "crewmembers", "crewmen", "sailors", "airmen", "marines", "rebels", "insurgents", "personnel", "pedestrians",
        "cyclists", "motorists", "climbers", "hikers", "swimmers", "divers", "tourists", "visitors", "guests", "customers",
        "shoppers", "parishioners", "congregants", "athletes", "players", "colleagues", "friends", "neighbours", "neighbors",
        "lives", "victims", "casualties", "fatalities", "attackers", "assailants", "raiders", "intruders", "infiltrators",
        "terrorists", "kidnappers", "hijackers", "looters", "smugglers", "poachers", "pirates",
        "deputies", "troopers", "constables", "gendarmes", "paramedics", "responders", "commuters", "pupils",
        "schoolchildren", "toddlers", "pensioners", "retirees", "worshipers", "labourers", "laborers", "contractors",
        "engineers", "herders", "partygoers", "revellers", "revelers", "concertgoers", "monks", "priests", "nuns",
        "diplomats", "ambassadors", "envoys", "lawmakers", "legislators", "politicians", "observers", "inspectors",
        "bodyguards", "commanders", "leaders",
    ]
    /// Heads whose "of ..." complement belongs to the subject ("employees of the Ministry of Internal Affairs").
    static let relationalHeads: WordSet = [
        "employees", "members", "staff", "staffers", "workers", "officers", "personnel", "servicemen", "soldiers", "residents",
        "citizens", "nationals", "units", "fighters", "troops", "forces", "officials", "students", "crew", "relatives",
        "families", "supporters", "agents", "representatives", "tanks", "vehicles", "people", "children", "inhabitants", "remnants",
    ]

    // MARK: Verbs and predicates

    /// Participles or verbs after the counted noun phrase ("were killed", "died", "lost their lives").
    static let killedPredicates: WordSet = [
        "killed", "died", "dead", "perished", "murdered", "executed", "slain", "slaughtered", "massacred", "drowned",
        "drown", "drowns", "perish", "perishes", "shot", "beheaded", "die", "dies", "dying", "burned", "martyred", "assassinated", "lynched", "electrocuted",
    ]
    static let injuredPredicates: WordSet = ["injured", "wounded", "hurt", "maimed", "hospitalised", "hospitalized", "injuring", "wounding"]
    static let displacedPredicates: WordSet = ["displaced", "evacuated", "fled", "uprooted", "relocated", "resettled", "rescued"]
    /// Predicates that count people in another state (captured, missing, arrested): not a scored claim.
    static let otherPredicates: WordSet = [
        "taken", "captured", "detained", "arrested", "abducted", "kidnapped", "released", "freed", "missing", "held",
        "imprisoned", "jailed", "exchanged", "repatriated", "returned", "rescued", "saved", "evacuated", "sentenced", "charged",
    ]
    /// Words that may sit between the noun phrase and its predicate ("were later killed", "have all been killed").
    static let auxiliaries: WordSet = [
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "got", "get", "reportedly", "also",
        "later", "subsequently", "all", "allegedly", "both", "each", "then", "since", "now", "already", "still", "confirmed",
        "believed", "feared", "thought", "presumed", "reported", "said", "to", "either", "critically", "seriously",
        "severely", "badly", "slightly", "lightly", "fatally", "mortally", "gravely", "instantly", "immediately", "who",
        "that", "which", "will", "would", "may", "might", "could", "probably", "likely", "just", "tragically", "been",
        "apparently", "officially", "eventually", "ultimately", "not", "never",
    ]
    /// Verbs before the number whose object the number counts ("killed two civilians", "killing at least 12").
    static let killedVerbs: WordSet = [
        "killed", "killing", "kill", "kills", "murdered", "murdering", "slew", "slaying", "executed", "executing",
        "massacred", "massacring", "shot", "claimed",
    ]
    /// Verbs of a side's losses: killed or wounded, undivided ("Ukraine had lost up to 140 soldiers").
    static let lossVerbs: WordSet = ["lost", "losing", "lose", "loses"]
    static let injuredVerbs: WordSet = ["injured", "injuring", "injure", "injures", "wounded", "wounding", "wound", "wounds", "hurt", "hurting", "maimed", "maiming"]
    static let displacedVerbs: WordSet = ["displaced", "displacing", "displace", "evacuated", "evacuating", "uprooted", "forcing"]
    /// Nouns of death before "of N" ("the death of the four officers", "the killing of 12").
    static let deathOfNouns: WordSet = ["death", "deaths", "killing", "killings", "murder", "murders", "lives", "execution", "executions", "massacre", "bodies", "remains", "funerals", "funeral"]
    static let injuryOfNouns: WordSet = ["injury", "injuries", "wounding"]
    static let moneyVerbs: WordSet = ["cost", "costs", "costing", "worth", "valued", "priced", "totalling", "totaling", "totalled", "totaled", "amounting", "amounted", "amounts", "budgeted", "allocated", "pledged", "raised", "spent", "spend", "paid", "pay", "owes", "owed", "fined", "lost", "earned", "estimated", "put", "approved", "provided", "donated", "granted", "received"]

    // MARK: Money

    static let currencySymbols: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₼": "AZN", "₺": "TRY", "₪": "ILS", "₹": "INR", "₴": "UAH",
    ]
    /// Currency words and ISO codes after or before an amount.
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "us$": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
        "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "manat": "AZN", "manats": "AZN", "azn": "AZN", "drams": "AMD",
        "dram": "AMD", "amd": "AMD", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rub": "RUB",
        "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "uah": "UAH", "lira": "TRY", "liras": "TRY", "try": "TRY",
        "shekels": "ILS", "shekel": "ILS", "ils": "ILS", "nis": "ILS", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY",
        "rupees": "INR", "rs": "INR", "inr": "INR", "yen": "JPY", "jpy": "JPY", "lari": "GEL", "gel": "GEL", "tenge": "KZT", "kzt": "KZT",
        "rials": "IRR", "rial": "IRR", "riyals": "SAR", "riyal": "SAR", "peso": "MXN", "rupee": "INR", "dinars": "IQD", "dinar": "IQD", "franc": "CHF", "shillings": "KES", "shilling": "KES", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "NOK", "dirhams": "AED", "aed": "AED", "francs": "CHF", "chf": "CHF", "cad": "CAD",
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
    static let ambiguousCurrencies: [String: [(code: String, countryWords: [String])]] = [
        "dollar": [("USD", ["united states", "u.s.", "america", "american", "washington"]), ("CAD", ["canada", "canadian", "ottawa"]),
                   ("AUD", ["australia", "australian", "canberra"]), ("NZD", ["new zealand"]), ("HKD", ["hong kong"]),
                   ("SGD", ["singapore"]), ("TWD", ["taiwan"]), ("ZWL", ["zimbabwe"]), ("LRD", ["liberia"])],
        "peso": [("MXN", ["mexico", "mexican"]), ("PHP", ["philippines", "philippine", "filipino", "manila"]),
                 ("ARS", ["argentina", "argentine", "buenos aires"]), ("CLP", ["chile", "chilean"]), ("COP", ["colombia", "colombian"]),
                 ("CUP", ["cuba", "cuban"]), ("DOP", ["dominican republic"]), ("UYU", ["uruguay"])],
        "rupee": [("INR", ["india", "indian", "new delhi"]), ("PKR", ["pakistan", "pakistani", "islamabad"]),
                  ("LKR", ["sri lanka", "sri lankan", "colombo"]), ("NPR", ["nepal", "nepalese", "kathmandu"])],
        "pound": [("GBP", ["britain", "british", "united kingdom", "u.k.", "london", "england"]), ("EGP", ["egypt", "egyptian", "cairo"]),
                  ("LBP", ["lebanon", "lebanese", "beirut"]), ("SYP", ["syria", "syrian", "damascus"]), ("SDG", ["sudan", "sudanese", "khartoum"])],
        "dinar": [("IQD", ["iraq", "iraqi", "baghdad"]), ("JOD", ["jordan", "jordanian", "amman"]), ("KWD", ["kuwait"]),
                  ("LYD", ["libya", "libyan", "tripoli"]), ("DZD", ["algeria", "algerian"]), ("RSD", ["serbia", "serbian", "belgrade"]),
                  ("TND", ["tunisia", "tunisian"])],
        "franc": [("CHF", ["switzerland", "swiss"]), ("XOF", ["senegal", "mali", "niger", "burkina faso", "ivory coast", "benin", "togo"]),
                  ("XAF", ["cameroon", "chad", "gabon", "congo"]), ("RWF", ["rwanda"]), ("BIF", ["burundi"])],
        "shilling": [("KES", ["kenya", "kenyan", "nairobi"]), ("UGX", ["uganda", "ugandan", "kampala"]), ("TZS", ["tanzania", "tanzanian"]),
                     ("SOS", ["somalia", "somali", "mogadishu"])],
        "rial": [("IRR", ["iran", "iranian", "tehran"]), ("OMR", ["oman", "omani"]), ("YER", ["yemen", "yemeni"])],
        "krone": [("SEK", ["sweden", "swedish"]), ("NOK", ["norway", "norwegian"]), ("DKK", ["denmark", "danish"])],
    ]
    /// Country adjectives before a currency word ("U.S. dollars", "Philippine pesos"), per currency stem.
    static let currencyByCountryAdjective: [String: [String: String]] = [
        "u.s.": ["dollar": "USD"], "us": ["dollar": "USD"], "american": ["dollar": "USD"], "canadian": ["dollar": "CAD"],
        "australian": ["dollar": "AUD"], "singapore": ["dollar": "SGD"], "taiwan": ["dollar": "TWD"], "zimbabwean": ["dollar": "ZWL"],
        "mexican": ["peso": "MXN"], "philippine": ["peso": "PHP"], "argentine": ["peso": "ARS"], "chilean": ["peso": "CLP"],
        "colombian": ["peso": "COP"], "cuban": ["peso": "CUP"],
        "indian": ["rupee": "INR"], "pakistani": ["rupee": "PKR"], "nepalese": ["rupee": "NPR"],
        "egyptian": ["pound": "EGP"], "lebanese": ["pound": "LBP"], "syrian": ["pound": "SYP"], "sudanese": ["pound": "SDG"], "british": ["pound": "GBP"],
        "iraqi": ["dinar": "IQD"], "jordanian": ["dinar": "JOD"], "libyan": ["dinar": "LYD"], "serbian": ["dinar": "RSD"],
        "swiss": ["franc": "CHF"], "kenyan": ["shilling": "KES"], "ugandan": ["shilling": "UGX"], "iranian": ["rial": "IRR"],
        "swedish": ["krone": "SEK"], "norwegian": ["krone": "NOK"], "danish": ["krone": "DKK"],
        "saudi": ["riyal": "SAR"], "qatari": ["riyal": "QAR"],
    ]
    /// Codes that may stand before the amount ("AZN 1.2 million", "USD 5 billion").
    static let prefixCurrencyCodes: WordSet = ["usd", "eur", "gbp", "azn", "amd", "rub", "uah", "try", "ils", "cny", "inr", "jpy", "gel", "kzt", "aed", "chf", "cad", "aud", "pln", "us$", "nis", "rs"]
    static let moneyNouns: WordSet = ["money", "funds", "funding", "dollars", "euros", "cash", "aid", "budget", "damage", "damages", "losses", "compensation", "assistance", "revenue", "debt", "investment", "investments", "loans", "loan", "grant", "grants", "reparations"]

    // MARK: Noun-phrase boundaries

    /// Words that end a counted noun phrase (function words and common verbs).
    static let phraseStops: WordSet = [
        // hedges of a predicate ("ten feared dead", "two presumed drowned")
        "feared", "presumed", "believed",
        "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "by", "with", "without", "for",
        "into", "onto", "over", "under", "after", "before", "during", "since", "until", "till", "as", "than", "that", "which",
        "who", "whom", "whose", "when", "where", "while", "whereas", "because", "if", "though", "although", "near", "across",
        "along", "around", "about", "between", "among", "amid", "amongst", "through", "throughout", "against", "toward",
        "towards", "via", "per", "within", "outside", "inside", "beyond", "behind", "above", "below", "off", "up", "down",
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also", "later", "then", "there", "here",
        "this", "these", "those", "it", "its", "they", "their", "them", "he", "she", "his", "her", "we", "our", "you",
        "your", "i", "my", "said", "says", "say", "told", "according", "including", "included", "includes", "like", "such",
        "killed", "died", "dead", "wounded", "injured", "hurt", "missing", "perished", "remain", "remained", "remains",
        "lost", "left", "became", "become", "becomes", "got", "get", "reportedly", "allegedly", "each", "both", "all",
        "more", "most", "out", "only", "still", "already", "now", "so", "too", "very", "just", "yet", "ago", "away",
        "back", "again", "some", "any", "other", "another", "other", "whether", "every", "either", "neither",
        "amounting", "belonging", "detected", "neutralized", "neutralised", "found", "discovered", "defused", "cleared",
        "planted", "laid", "removed", "destroyed", "seized", "captured", "deployed", "stationed", "sent", "arrived",
        "took", "take", "taking", "made", "make", "making", "used", "using", "fired", "launched", "struck", "hit",
        "loyal", "alive", "safe", "aboard", "onboard", "overnight", "today", "yesterday", "tomorrow", "tonight",
    ]
    /// Pre-modifiers in "-ed" that stay inside a noun phrase ("armed forces", "armored vehicles").
    static let participleAdjectives: WordSet = [
        "armed", "armored", "armoured", "unexploded", "improvised", "trained", "retired", "registered", "displaced",
        "detained", "wounded", "injured", "self-propelled", "so-called", "unidentified", "unarmed", "masked", "hooded",
        "suspected", "alleged", "accredited", "skilled", "dedicated", "enlisted", "uniformed", "specialised", "specialized",
        "guided", "advanced", "used", "mixed", "united", "unnamed", "named", "elected", "affected", "infected", "missing",
    ]

    // MARK: Attribution

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
