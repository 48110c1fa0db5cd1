extension Lexicon {
    // MARK: Counts of people and things on real text (issue 10)

    /// Heads that count weapons only after one of `weaponPairModifiers` ("500 small arms").
    static let weaponPairHeads: WordSet = ["arms"]
    static let weaponPairModifiers: WordSet = ["small", "light"]
    /// Nouns the pair modifies: then they, not the weapons, are counted ("small arms ammunition").
    static let weaponPairComplements: WordSet = [
        "ammunition", "ammo", "rounds", "munitions", "cartridges", "bullets", "fire", "trade", "dealers", "factory",
        "factories", "production", "exports", "imports", "sales", "shipments",
    ]
}

extension Lexicon {
    /// "had amputations", "underwent an amputation": an injury named by its treatment (issue 10).
    static let amputationNouns: WordSet = ["amputations", "amputation"]
    /// "had limbs amputated", "had their legs amputated".
    static let limbNouns: WordSet = ["limb", "limbs", "leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet"]
    static let amputationVerbs: WordSet = ["amputated", "amputate"]
    /// Verbs that take an amputation as object ("underwent amputations").
    static let undergoVerbs: WordSet = [
        "underwent", "undergone", "undergo", "had", "have", "has", "needed", "required",
    ]
}

extension Lexicon {
    /// Reporting verbs spelled like the last word of a name ("United States", "Member States"):
    /// after a capitalised word they are the name, not a verb (nor the end of a counted phrase).
    static let nameEndingVerbs: WordSet = ["states"]
}

extension Lexicon {
    /// People nouns that count troops when a commander's verb or "under his command" goes with them
    /// ("commanded 600 men", "2,000 men under his command").
    static let armedMenHeads: WordSet = ["men"]
    static let commandVerbs: WordSet = ["commanded", "commands", "commanding"]
    /// Verbs that send men as troops only in a sentence of arms ("the army deployed 600 men", not
    /// "the firm deployed 40 men to fix the pipe").
    static let deployVerbs: WordSet = [
        "deployed", "deploys", "deploying", "mobilised", "mobilized", "mobilising", "mobilizing",
    ]
    /// Possessives before "command" in "under his command".
    static let commandPossessives: WordSet = ["his", "her", "their", "its", "my", "our", "your"]
}
