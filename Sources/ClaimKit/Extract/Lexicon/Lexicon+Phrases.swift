extension Lexicon {
    // MARK: Noun-phrase boundaries

    /// Words that end a counted noun phrase (function words and common verbs).
    static let phraseStops: WordSet = [
        // hedges of a predicate ("ten feared dead", "two presumed drowned")
        "feared", "presumed", "believed",
        "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "by", "with", "without",
        "for",
        "into", "onto", "over", "under", "after", "before", "during", "since", "until", "till", "as", "than", "that",
        "which",
        "who", "whom", "whose", "when", "where", "while", "whereas", "because", "if", "though", "although", "near",
        "across",
        "along", "around", "about", "between", "among", "amid", "amongst", "through", "throughout", "against", "toward",
        "towards", "via", "per", "within", "outside", "inside", "beyond", "behind", "above", "below", "off", "up",
        "down",
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also", "later", "then", "there",
        "here",
        "this", "these", "those", "it", "its", "they", "their", "them", "he", "she", "his", "her", "we", "our", "you",
        "your", "i", "my", "said", "says", "say", "told", "according", "including", "included", "includes", "like",
        "such",
        "killed", "died", "dead", "wounded", "injured", "hurt", "missing", "perished", "remain", "remained", "remains",
        "lost", "left", "became", "become", "becomes", "got", "get", "reportedly", "allegedly", "each", "both", "all",
        "more", "most", "out", "only", "still", "already", "now", "so", "too", "very", "just", "yet", "ago", "away",
        "back", "again", "some", "any", "other", "another", "other", "whether", "every", "either", "neither",
        "amounting", "belonging", "detected", "neutralized", "neutralised", "found", "discovered", "defused", "cleared",
        "planted", "laid", "removed", "destroyed", "seized", "captured", "deployed", "stationed", "sent", "arrived",
        "took", "take", "taking", "made", "make", "making", "used", "using", "fired", "launched", "struck", "hit",
        "loyal", "alive", "safe", "aboard", "onboard", "overnight", "today", "yesterday", "tomorrow", "tonight",
        "underwent", "undergone", "undergo",
    ]
    /// Pre-modifiers in "-ed" that stay inside a noun phrase ("armed forces", "armored vehicles").
    static let participleAdjectives: WordSet = [
        "armed", "armored", "armoured", "unexploded", "improvised", "trained", "retired", "registered", "displaced",
        "detained", "wounded", "injured", "self-propelled", "so-called", "unidentified", "unarmed", "masked", "hooded",
        "suspected", "alleged", "accredited", "skilled", "dedicated", "enlisted", "uniformed", "specialised",
        "specialized",
        "guided", "advanced", "used", "mixed", "united", "unnamed", "named", "elected", "affected", "infected",
        "missing",
    ]

    // MARK: Attribution

    // MARK: Around the amount

    /// Words between two coordinated amounts ("four officers and two civilians", "as well as").
    static let chainJoiners: WordSet = [",", "and", "or", "as", "well", "plus", "the"]
    /// Pronouns of a partitive or inclusion ("9 of them", "among whom 3").
    static let partitivePronouns: WordSet = ["them", "whom", "which", "those"]
    /// Determiners of a partitive ("35 of the 45", "six of its citizens").
    static let partitiveDeterminers: WordSet = ["the", "its", "their", "his", "her", "our", "these", "those"]
    /// Words before an amount that make it part of the claim before ("including six children").
    static let includingWords: WordSet = ["including", "among", "includes", "include", "included"]
    /// "That figure included ...": nouns before "included" that stand for the article's last claim.
    static let figureNouns: WordSet = ["figure", "tally", "count", "number"]
    /// "of 658 Egyptians who died, 630 were ...", "among them are ...": the words that open a breakdown.
    static let breakdownOpeners: WordSet = ["of", "among"]
    /// "among them are 43 Syrians": the pronouns of such a list that stand for the claim before.
    static let listPronouns: WordSet = ["them", "those"]
    /// Prepositions before "them"/"whom" that make an inclusion ("among them six", "of whom 3").
    static let includingPrepositions: WordSet = ["among", "of", "including"]
    /// Participles between an amount and a people noun that name the state ("41 injured people").
    static let stateParticiples: WordSet = ["injured", "wounded", "dead", "displaced"]
    /// Adjectives that stand for the people they describe after "of the": "of the dead", "of the wounded".
    static let collectiveCasualty: WordMap<ClaimCategory> = [
        "dead": .killed, "injured": .injured, "wounded": .injured,
    ]
    /// "40 more were wounded", "12 others were hurt": more of what was counted before.
    static let moreWords: WordSet = ["more", "others", "other"]
    /// Leading words of a counted noun phrase skipped to find its start ("two more soldiers").
    static let leadingModifiers: WordSet = ["more", "other", "additional", "further", "extra", "new", "fellow"]
    /// Inner words of a capitalised name ("Ministry of Internal Affairs").
    static let nameJoiners: WordSet = ["of", "and", "the", "for"]
    static let articles: WordSet = ["a", "an", "the"]
    /// Function words that mark a sentence as English, and as another European language (words that
    /// are not also English words): English rules do not read the other languages.
    static let englishFunctionWords: WordSet = [
        "the", "of", "and", "to", "in", "was", "were", "is", "are", "have", "has", "had", "that", "with", "for", "by",
        "from", "at", "on", "it", "they", "their", "this", "been", "which", "who", "after",
    ]
    static let foreignFunctionWords: WordSet = [
        "der", "den", "dem", "des", "das", "und", "ist", "nicht", "mit", "von", "für", "auf", "ein", "eine", "einen",
        "sich",
        "auch", "wird", "werden", "zu", "bei", "nach", "aus", "oder", "hat", "wurde", "sind", "im", "vom", "zum", "zur",
        "dafür", "zufolge", "rund", "sowie", "wie", "als", "noch", "nur", "schon", "über", "bis", "sollen", "sollten",
        "le", "la", "les", "et", "est", "une", "dans", "pour", "avec", "sur", "du", "au", "aux", "qui", "pas",
        "el", "los", "las", "y", "que", "por", "una", "con", "del", "para", "fue", "según", "sus",
        // Polish, Scandinavian, Dutch, Italian and Portuguese ("blisko 150 Euro Sklep", "siden oppstarten har")
        "się", "nie", "jest", "że", "oraz", "przez", "ponad", "blisko", "dla", "są", "już", "też", "także", "jako",
        "który", "która", "które", "około", "og", "til", "av", "som", "med", "har", "på", "ikke", "fra", "ble", "blir",
        "etter", "siden", "hele", "och", "att", "för", "inte", "ett", "het", "een", "niet", "zijn", "voor", "ook",
        "naar",
        "wordt", "werd", "della", "delle", "degli", "gli", "nel", "nella", "sono", "anche", "não", "uma", "pelo",
        "pela",
        "são", "também",
    ]
    /// Determiners before a sum after which the noun after it names the sum ("a $50 price break").
    static let sumDeterminers: WordSet = [
        "a", "an", "the", "its", "his", "her", "their", "our", "your", "my", "this", "that", "each",
    ]
    /// Copulas before a predicate noun ("three of the dead were teenagers").
    static let copulas: WordSet = ["were", "was", "are", "is"]
    /// Words before an amount without a noun that coordinate it with the claim before ("and 300 in ...").
    static let elisionJoiners: WordSet = ["and", "plus", "while", "whereas"]
    /// Words after such an amount that show it has no noun of its own ("and 300 in ...", "and 30 were").
    static let afterElidedAmount: WordSet = [
        "in", "on", "at", "from", "across", "near", "along", "inside", "within", "and", "were", "was", "had", "have",
        "of",
    ]
}
