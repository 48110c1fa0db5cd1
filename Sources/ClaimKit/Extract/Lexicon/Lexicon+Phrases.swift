extension Lexicon {
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
}
