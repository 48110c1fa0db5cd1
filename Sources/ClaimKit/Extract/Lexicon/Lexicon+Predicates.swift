extension Lexicon {

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
}
