extension Lexicon {

    /// Predicates that count people in another state (captured, missing, arrested): not a scored claim.
    static let otherPredicates: WordSet = [
        "taken", "captured", "detained", "arrested", "abducted", "kidnapped", "released", "freed", "missing", "held",
        "imprisoned", "jailed", "exchanged", "repatriated", "returned", "rescued", "saved", "evacuated", "sentenced",
        "charged",
    ]
    /// Words that may sit between the noun phrase and its predicate ("were later killed", "have all been killed").
    static let auxiliaries: WordSet = [
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "got", "get", "reportedly", "also",
        "later", "subsequently", "all", "allegedly", "both", "each", "then", "since", "now", "already", "still",
        "confirmed",
        "believed", "feared", "thought", "presumed", "reported", "said", "to", "either", "critically", "seriously",
        "severely", "badly", "slightly", "lightly", "fatally", "mortally", "gravely", "instantly", "immediately", "who",
        "that", "which", "will", "would", "may", "might", "could", "probably", "likely", "just", "tragically", "been",
        "apparently", "officially", "eventually", "ultimately", "not", "never",
        // "N were reported as injured", "N have been declared dead", "are currently buried"
        "as", "declared", "pronounced", "listed", "currently",
        // "N are estimated to have perished", "are known to have died"
        "estimated", "known", "understood",
    ]
    static let moneyVerbs: WordSet = [
        "total", "totals", "cost", "costs", "costing", "worth", "valued", "priced", "totalling", "totaling", "totalled",
        "totaled", "amounting", "amounted", "amounts", "budgeted", "allocated", "pledged", "raised", "spent", "spend",
        "paid", "pay", "owes", "owed", "fined", "lost", "earned", "estimated", "put", "approved", "provided", "donated",
        "granted", "received", "raise", "raises", "raising",
    ]

    // MARK: Before the amount

    /// Words skipped between a trigger and the amount ("killed the 12", "a total of", "at least").
    static let preTriggerSkips: WordSet = [
        "the", "another", "a", "an", "all", "some", "total", "further", "additional", "least", "its", "their", "his",
        "her",
        // "the toll is now 120", "stood officially at 45"
        "now", "currently", "officially",
    ]
    /// Verbs of a list after a state noun ("among the dead were four", "the victims included 3").
    static let listVerbs: WordSet = ["were", "are", "was", "is", "included", "include", "includes"]
    /// Words right before the amount after which a toll earlier in the clause is looked for ("rose to 61").
    static let tollLinks: WordSet = ["to", "at", "reached", "hit", "stood", "of"]
    /// Nouns of a count and the word that links them to what they count: "the number of dead",
    /// "the daily rise in deaths was 777" (read as "number of": the same toll rules follow).
    static let countNouns: [String: String] = ["number": "of", "rise": "in", "increase": "in"]
    /// The trigger words of a toll's claim ("the death toll rose to", "the number of dead").
    static let tollTriggers: WordSet = ["toll", "number of"]
    /// Words that give a toll its value: "the toll is N", "is estimated to be N", "announced as N".
    static let tollCopulas: WordSet = ["is", "was", "be", "stands", "stood", "remains", "remained", "as"]
    /// Words that open another clause: a toll before them is not the value's ("the toll held at 135, yet ... rose to 300,000").
    static let tollClauseBreaks: WordSet = ["yet", "but", "whereas", "while", "although"]
    /// "bringing the overall tally to 600" after deaths: nouns of a running count.
    static let tallyNouns: WordSet = ["tally", "count"]
    /// A sentence without any of these has no toll trigger ("the death toll rose to 61", "the
    /// number of dead", "a rise of 12"): `ClaimRules.namesToll`.
    static let tollSentenceWords: WordSet = ["toll", "number", "tally", "count", "rise", "increase"]
    /// A sentence without one has no "among them are ..." list: `ClaimRules.hasAmong`.
    static let listOpeners: WordSet = ["among"]
    /// Marks of a quotation around an amount ('rose to "more than 1,000"').
    static let quoteMarks: WordSet = ["\"", "'"]
    /// Verbs of a toll passing a number, and the hedge they imply: "the death toll passed 1,000".
    static let tollPassingVerbs = WordMap<Qualifier>(
        [
            "passed", "topped", "exceeded", "surpassed", "crossed", "neared", "approached",
        ]
        .reduce(into: [:]) { $0[$1] = ["neared", "approached"].contains($1) ? .nearly : .moreThan })
    /// Words before "toll" that make it a toll of the injured.
    static let injuryTollWords: WordSet = ["injury", "injured", "wounded"]
    /// Words that open a verb's object before a coordinated amount ("killed a commander and 4 fighters").
    static let objectDeterminers: WordSet = ["a", "an", "the", "one", "his", "her", "their", "its"]

    /// "25 bodies a week", "100 soldiers per day": a rate.
    static let rateWords: WordSet = ["a", "an", "per", "each", "every"]
    static let ratePeriods: WordSet = ["day", "week", "month", "year", "night", "hour", "fortnight", "weekend"]
    /// "a day after", "a week earlier": a period that places a time, not a rate.
    static let periodPlacingWords: WordSet = [
        "after", "before", "earlier", "later", "ago", "of", "since", "when", "into",
    ]
    /// "a prisoner swap for three insurgents", "in exchange for 50 soldiers", "traded for 4 captives".
    static let exchangeWords: WordSet = ["swap", "swapped", "exchange", "exchanged", "trade", "traded", "ransom"]
    /// "save millions of lives", "saved 40 lives".
    static let saveVerbs: WordSet = ["save", "saved", "saves", "saving", "spare", "spared", "sparing"]

    // MARK: After the noun phrase

    /// Words that open a parenthetical between a noun and its predicate ("Five people, including two children, were").
    static let parentheticalOpeners: WordSet = [
        "including", "among", "mostly", "mainly", "most", "many", "all", "both", "some", "half",
    ]
    /// Words that open a coordinated noun without a number ("Six soldiers and a civilian were killed").
    static let coordinatedNounDeterminers: WordSet = ["a", "an", "one", "another", "the", "their", "his", "her"]
    /// Prepositions of a phrase between a noun and its predicate ("two civilians in the village were killed").
    static let predicatePrepositions: WordSet = ["in", "from", "at", "on", "near", "inside", "aboard", "across"]
    /// Auxiliaries that open a clause of their own after a few others: the predicate search stops there.
    static let clauseAuxiliaries: WordSet = ["who", "that", "which", "to"]
    /// Verbs of moving the injured: "taken to hospital", "airlifted to a hospital".
    static let toHospitalVerbs: WordSet = [
        "taken", "rushed", "admitted", "airlifted", "flown", "brought", "transported", "transferred", "sent",
        "evacuated", "carried",
    ]
    static let hospitalNouns: WordSet = ["hospital", "hospitals", "clinic", "clinics", "infirmary"]
    /// Verbs whose object may be an injury: "suffered minor injuries", "needed treatment".
    static let sufferVerbs: WordSet = [
        "suffered", "sustained", "suffering", "sustaining", "needed", "required", "requiring", "needing",
    ]
    static let injuryObjects: WordSet = [
        "injuries", "injury", "wounds", "wound", "burns", "fractures", "inhalation", "treatment", "concussions",
        "gunshot",
    ]
    /// "were found dead": verbs of finding before "dead".
    static let discoveryVerbs: WordSet = ["found", "discovered", "reported", "confirmed", "left", "lying"]
    /// "affected by mine blasts", "fell victim to mines": harm by a mine, counted as casualties.
    static let mineHarmVerbs: WordSet = ["affected", "harmed", "struck", "hit", "fell", "fallen"]
    static let mineHarmWords: WordSet = [
        "mine", "mines", "landmine", "landmines", "explosive", "explosives", "ordnance", "uxo", "erw", "remnants",
    ]
    /// "lost their lives", "lose their life".
    static let loseVerbs: WordSet = ["lost", "lose"]
    /// "became casualties".
    static let becomeVerbs: WordSet = ["become", "became", "becoming"]
    /// "being treated for injuries", "receiving treatment", "hospitalised".
    static let treatmentVerbs: WordSet = ["treated", "receiving", "hospitalised", "hospitalized"]
    /// "remain in critical condition".
    static let remainVerbs: WordSet = ["remain", "remains", "remained", "stay", "stays", "stayed"]
    static let conditionWords: WordSet = ["critical", "serious", "stable", "grave"]
}
