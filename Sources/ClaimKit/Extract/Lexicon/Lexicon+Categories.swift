/// Each category's words, declared once: its counted nouns, the verbs before an amount and the
/// predicates after a noun phrase that name it. To add a category: a `ClaimCategory` case, one
/// entry here (and in `stateCategories` or the head rules of `ClaimRules.headKind`), and its tests.
extension Lexicon {
    static let killed = CategorySpec(
        category: .killed,
        nouns: [
            "fatalities", "deaths", "dead", "bodies", "corpses", "death", "killings", "lives", "fatality", "martyrs",
            "mortalities",
        ],
        verbs: [
            "killed", "killing", "kill", "kills", "murdered", "murdering", "slew", "slaying", "executed", "executing",
            "massacred", "massacring", "shot", "claimed",
            // "the landslide buried more than 2,000 people": only people count (buried cables stay out)
            "buried",
        ],
        weakVerbs: ["claimed", "shot"],
        predicates: [
            "killed", "died", "dead", "perished", "murdered", "executed", "slain", "slaughtered", "massacred",
            "drowned",
            "drown", "drowns", "perish", "perishes", "shot", "beheaded", "die", "dies", "dying", "burned", "martyred",
            "assassinated", "lynched", "electrocuted",
            // "N were reported deceased"; "N people are buried under the rubble" (a disaster's toll is given as people buried)
            "deceased", "buried",
        ],
        ofNouns: [
            "death", "deaths", "killing", "killings", "murder", "murders", "lives", "execution", "executions",
            "massacre", "bodies", "remains", "funerals", "funeral",
        ],
        listNouns: ["dead", "killed", "fatalities"])
    static let injured = CategorySpec(
        category: .injured,
        // (amputations and amputees count as injuries: issue 10)
        nouns: ["injuries", "wounded", "injured", "wounds", "amputations", "amputees"],
        verbs: [
            "injured", "injuring", "injure", "injures", "wounded", "wounding", "wound", "wounds", "hurt", "hurting",
            "maimed", "maiming",
        ],
        predicates: ["injured", "wounded", "hurt", "maimed", "hospitalised", "hospitalized", "injuring", "wounding"],
        ofNouns: ["injury", "injuries", "wounding"],
        listNouns: ["injured", "wounded"])
    /// Killed or injured, undivided; its verbs are a side's losses ("Ukraine had lost up to 140 soldiers").
    static let casualties = CategorySpec(
        category: .casualties,
        nouns: ["casualties", "victims", "casualty"],
        verbs: ["lost", "losing", "lose", "loses"],
        ofNouns: ["casualties", "victims"],
        listNouns: ["victims", "casualties"])
    static let displaced = CategorySpec(
        category: .displaced,
        nouns: ["refugees", "evacuees", "displaced", "idps", "asylum-seekers", "migrants"],
        verbs: ["displaced", "displacing", "displace", "evacuated", "evacuating", "uprooted", "forcing"],
        weakVerbs: ["forcing"],
        // ("rescued" is in `otherPredicates`: people rescued are in another state.)
        predicates: ["displaced", "evacuated", "fled", "uprooted", "relocated", "resettled"])
    /// Mines: "explosive devices", "unexploded ordnance", "cluster munitions" need their modifier.
    static let mines = CategorySpec(
        category: .mines,
        nouns: [
            "mine", "mines", "landmine", "landmines", "land-mines", "minefields", "ieds", "ied", "devices", "device",
            "ordnance",
            "uxo", "uxos", "booby-traps", "traps", "explosives", "munitions", "bomblets", "submunitions", "shells",
            "bombs",
            "items", "objects", "remnants", "erw",
        ],
        nounsNeedingModifier: [
            "devices", "device", "ordnance", "explosives", "munitions", "traps", "bomblets", "submunitions", "shells",
            "bombs", "items", "objects", "remnants",
        ],
        modifiers: [
            "explosive", "unexploded", "improvised", "booby", "cluster", "anti-personnel", "anti-tank", "landmine",
            "mine",
        ])
    /// Troops: "armed formations", "military personnel" need their modifier.
    static let troops = CategorySpec(
        category: .troops,
        nouns: [
            "troops", "soldiers", "servicemen", "servicemembers", "servicewomen", "forces", "fighters", "formations",
            "militants",
            "personnel", "peacekeepers", "reservists", "conscripts", "mercenaries", "insurgents", "rebels",
            "guerrillas",
            "militiamen", "militias", "combatants", "paratroopers", "marines", "sailors", "commandos", "contractors",
            "jihadists",
            // (attackers and gunmen are people, not troops: GUIDE)
            "detachments", "units", "recruits", "volunteers", "snipers", "special-forces", "guardsmen", "airmen",
            "warriors",
            "force", "contingent",
        ],
        nounsNeedingModifier: ["formations", "personnel", "units", "detachments", "contractors", "volunteers"],
        modifiers: [
            "armed", "military", "army", "combat", "paramilitary", "russian", "armenian", "foreign", "enemy",
            "government", "rebel",
            "security", "special", "defence", "defense", "naval", "air", "ground", "regular", "reserve", "troop",
            "militia",
            "illegal", "separatist", "volunteer", "private", "wagner",
        ])
    /// Equipment: "mortar systems", "armored vehicles", "artillery pieces" need their modifier
    /// (see also `contextualEquipmentHeads`).
    static let equipment = CategorySpec(
        category: .equipment,
        nouns: [
            "tanks", "tank", "apcs", "ifvs", "howitzers", "artillery", "weapons", "mortars", "drones", "uavs",
            "missiles",
            "rockets", "launchers", "aircraft", "helicopters", "jets", "warplanes", "fighter-jets", "guns", "rifles",
            "mlrs",
            "warships", "ships", "boats", "submarines", "armoured", "armored", "bombers", "interceptors", "himars",
            "javelins",
            "stingers", "grenades", "cannons", "firearms", "machine-guns", "shotguns", "pistols", "handguns",
            "revolvers", "carbines", "frigates", "corvettes", "destroyers", "minesweepers",
        ],
        nounsNeedingModifier: [
            "systems", "vehicles", "pieces", "units", "guns", "installations", "ships", "boats", "vessels", "carriers",
        ],
        modifiers: [
            "tank", "tanks", "armored", "armoured", "artillery", "mortar", "howitzer", "rocket", "missile", "drone",
            "launcher",
            "weapon", "weapons", "military", "combat", "air-defence", "air-defense", "defence", "defense",
            "anti-aircraft",
            "anti-tank", "self-propelled", "multiple", "volley", "fighting", "armed", "attack", "war", "naval",
            "patrol", "radar",
            "artillery", "heavy", "infantry", "assault", "ballistic", "cruise", "s-300", "s-400", "grad", "smerch",
        ])
    /// Money: a sum is money by its unit; these nouns make a vague amount money ("millions in aid").
    static let money = CategorySpec(
        category: .money,
        nouns: [
            "money", "funds", "funding", "dollars", "euros", "cash", "aid", "budget", "damage", "damages", "losses",
            "compensation", "assistance", "revenue", "debt", "investment", "investments", "loans", "loan", "grant",
            "grants", "reparations",
            "loss", "profit", "profits", "sales", "income", "earnings",
        ])

    /// A noun that counts the dead, the injured or casualties ("deaths", "wounded", "victims").
    static func isCasualtyNoun(_ w: String) -> Bool {
        killed.nouns.contains(w) || injured.nouns.contains(w) || casualties.nouns.contains(w)
    }

    /// Categories of people in a state, in the order the rules try them (head nouns, verbs before
    /// the amount, predicates after the noun, "the deaths of", "the dead included").
    static let stateCategories: [CategorySpec] = [killed, injured, casualties, displaced]
    /// Categories a counted noun names whatever the verb ("destroyed 3 tanks", "$5m in aid").
    static let thingCategories: [ClaimCategory] = [.money, .mines, .equipment]
    /// Categories a partitive takes from the whole ("35 of the 45 casualties").
    static let partitiveCategories: [ClaimCategory] = [.killed, .injured, .casualties]
    /// Categories an amount without a noun may take from the claim before ("..., and 300 in ...").
    static let elidableCategories: [ClaimCategory] = [.mines, .equipment, .troops]
}
