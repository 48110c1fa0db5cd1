extension Lexicon {
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

}
