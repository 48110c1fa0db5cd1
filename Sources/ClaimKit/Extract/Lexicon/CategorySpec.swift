/// One category's words, declared once in `Lexicon` (see `Lexicon+Categories.swift`).
struct CategorySpec: Sendable {
    /// The category these words name.
    let category: ClaimCategory
    /// Counted nouns that name it ("deaths", "refugees", "tanks").
    var nouns: WordSet = []
    /// Nouns that name it only with one of `modifiers` ("explosive devices", "armed formations").
    var nounsNeedingModifier: WordSet = []
    var modifiers: WordSet = []
    /// Verbs before the amount whose object the amount counts ("killed 12", "wounding 30").
    var verbs: WordSet = []
    /// Verbs of `verbs` that do not name it right before an amount ("claimed 12", "shot 3").
    var weakVerbs: WordSet = []
    /// Predicates after the noun phrase ("were killed", "died").
    var predicates: WordSet = []
    /// Nouns before "of" and the amount ("the deaths of 12").
    var ofNouns: WordSet = []
    /// Nouns before "were"/"included" and the amount ("among the dead were 4").
    var listNouns: WordSet = []
}
