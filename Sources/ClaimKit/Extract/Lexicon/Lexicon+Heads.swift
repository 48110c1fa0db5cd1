extension Lexicon {
    // MARK: Counted nouns (heads)

    /// Measure nouns whose "of" complement is what is counted: "86 pieces of unexploded ordnance".
    static let pieceNouns: WordSet = ["pieces", "items", "units", "rounds"]
    /// What "pieces of ..." counts as equipment: "400 pieces of (military) equipment".
    static let equipmentMassNouns: WordSet = ["equipment", "hardware", "weaponry"]
    /// Verbs of clearing explosives: the ordnance they take ("destroyed 100,000 other munitions",
    /// "disposed of 164,000 shells") counts as mines.
    static let clearanceVerbs: WordSet = [
        "destroyed", "destroying", "cleared", "clearing", "defused", "defusing", "disposed", "disposing", "neutralised",
        "neutralized", "neutralising", "neutralizing", "detonated", "demolished", "removed", "removing",
    ]
    /// Words that may stand between a clearing verb and the items of its list ("destroyed more than 95,000").
    static let clearanceListWords: WordSet = [
        "and", "the", "more", "than", "over", "some", "about", "nearly", "almost", "least", "at", "other", "another",
        "as", "well",
    ]
    /// Equipment heads that are civilian as often as military: equipment only with a weapon
    /// modifier or a military word in the sentence ("fired 12 missiles", not "a fleet of 270 aircraft").
    static let contextualEquipmentHeads: WordSet = [
        "aircraft", "helicopters", "jets", "rockets", "missiles", "drones", "uavs", "ships", "boats", "warships",
        "submarines",
        "vehicles", "guns", "rifles", "firearms", "grenades", "munitions", "shotguns", "pistols", "handguns",
        "revolvers", "carbines",
    ]
    static let militaryContext: WordSet = [
        "military", "army", "armed", "forces", "troops", "soldiers", "war", "attack", "attacks", "attacked", "strike",
        "strikes",
        "fired", "launched", "shot", "downed", "destroyed", "combat", "weapons", "defence", "defense", "navy", "naval",
        "shelling", "bombing", "offensive", "enemy", "fighter", "warplanes", "artillery", "invasion", "militants",
        "rebels",
        "intercepted", "airstrike", "airstrikes", "arsenal", "arms", "deployed", "seized", "captured", "militia",
        "insurgents",
        "frontline", "front", "battle", "battlefield", "police", "gunmen", "shootout", "ammunition", "smuggling",
    ]
    /// People nouns: the counted head of a casualty ("people", "civilians", "officers", "staff").
    /// Every head noun a counted phrase can end on (`ClaimRules.isHeadWord`): people, and each
    /// category's nouns. One table, so a word is hashed once, not once per category.
    static let headWords = WordSet(
        personHeads.words.union(troops.nouns).union(mines.nouns).union(equipment.nouns)
            .union(equipment.nounsNeedingModifier).union(killed.nouns).union(injured.nouns)
            .union(casualties.nouns).union(displaced.nouns).union(money.nouns))
    static let personHeads: WordSet = [
        "faithful",
        "people", "persons", "person", "civilians", "civilian", "citizens", "men", "women", "children", "kids", "boys",
        "girls",
        "officers", "policemen", "policewomen", "police", "officials", "employees", "staff", "staffers", "workers",
        "journalists", "reporters", "nationals", "residents", "passengers", "villagers", "members", "students",
        "patients",
        "pilgrims", "tourists", "miners", "firefighters", "medics", "doctors", "nurses", "protesters", "protestors",
        "demonstrators", "guards", "crew", "relatives", "farmers", "fishermen", "deminers", "sappers", "teachers",
        "worshippers", "infants", "babies", "adults", "inmates", "prisoners", "detainees", "hostages", "suspects",
        "individuals", "survivors", "shepherds", "drivers", "volunteers", "rescuers", "aid-workers", "humanitarians",
        "attackers", "assailants", "raiders",
        "guards", "border-guards", "gunmen", "militants",
        "settlers", "bystanders", "spectators", "fans", "teenagers", "youths", "elderly", "family", "families",
        "agents",
        "servicemen", "troops", "soldiers", "fighters", "militants", "gunmen", "peacekeepers", "policeman", "soldier",
        "man", "woman", "child", "boy", "girl", "baby", "officer", "journalist", "citizen", "worker", "employee",
        "member",
        "others", "more", "locals", "palestinians", "israelis", "ukrainians", "russians", "armenians", "azerbaijanis",
        "syrians", "afghans", "iraqis", "lebanese", "sudanese", "americans", "foreigners", "expats", "immigrants",
        "crewmembers", "crewmen", "sailors", "airmen", "marines", "rebels", "insurgents", "personnel", "pedestrians",
        "cyclists", "motorists", "climbers", "hikers", "swimmers", "divers", "tourists", "visitors", "guests",
        "customers",
        "shoppers", "parishioners", "congregants", "athletes", "players", "colleagues", "friends", "neighbours",
        "neighbors",
        "lives", "victims", "casualties", "fatalities", "attackers", "assailants", "raiders", "intruders",
        "infiltrators",
        "terrorists", "kidnappers", "hijackers", "looters", "smugglers", "poachers", "pirates",
        "deputies", "troopers", "constables", "gendarmes", "paramedics", "responders", "commuters", "pupils",
        "schoolchildren", "toddlers", "pensioners", "retirees", "worshipers", "labourers", "laborers", "contractors",
        "engineers", "herders", "partygoers", "revellers", "revelers", "concertgoers", "monks", "priests", "nuns",
        "diplomats", "ambassadors", "envoys", "lawmakers", "legislators", "politicians", "observers", "inspectors",
        "bodyguards", "commanders", "leaders",
    ]
    /// Words of a unit's strength glued to its number: "a 5,000-strong force", "a 20,000-man army".
    static let strengthWords: WordSet = ["strong", "man", "men"]
    /// Armed units whose strength counts troops ("a 20,000-man private army", "a 300-strong militia").
    static let militaryUnitNouns: WordSet = [
        "army", "armies", "militia", "militias", "battalion", "battalions", "brigade", "brigades", "regiment",
        "regiments", "garrison", "contingent", "division", "corps", "detachment", "unit", "force", "forces",
    ]
    /// Units that count people as troops: "a column of 300 men", "a brigade of 2,000 volunteers".
    static let formationNouns: WordSet = [
        "column", "columns", "battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "contingent",
        "detachment", "garrison", "militia", "army", "force",
    ]
    /// Modifiers that make "bodies" organisations, not the dead ("two governing bodies", "response bodies").
    static let organisationBodyModifiers: WordSet = [
        "governing", "regulatory", "professional", "public", "statutory", "advisory", "response", "sporting", "sports",
        "international", "member", "government", "official", "representative", "elected", "legislative", "oversight",
        "standards", "accrediting", "accreditation", "trade", "industry", "local", "national", "religious", "student",
        "celestial", "heavenly", "water",
    ]
    /// Heads whose "of ..." complement belongs to the subject ("employees of the Ministry of Internal Affairs").
    static let relationalHeads: WordSet = [
        "employees", "members", "staff", "staffers", "workers", "officers", "personnel", "servicemen", "soldiers",
        "residents",
        "citizens", "nationals", "units", "fighters", "troops", "forces", "officials", "students", "crew", "relatives",
        "families", "supporters", "agents", "representatives", "tanks", "vehicles", "people", "children", "inhabitants",
        "remnants",
    ]

}
