/// Predicates of harm that name no state verb: "were victims of explosive remnants" (casualties of
/// mines), "had amputations", "had limbs amputated" (injuries).
extension ClaimRules {
    /// The casualty or injury the predicate at `j` names in one of these forms, if any.
    func harmPredicate(at j: Int) -> Trigger? {
        let w = tokens[j].lower
        // "were victims of explosive remnants of war": a casualty noun after a copula, of a mine word.
        if j > 0, Lexicon.copulas.contains(token: tokens[j - 1]), Lexicon.casualties.nouns.contains(w), j + 2 < n,
            tokens[j + 1].is("of"),
            (j + 2...min(n - 1, j + 5)).contains(where: { Lexicon.mineHarmWords.contains(token: tokens[$0]) })
        {
            return (.casualties, w)
        }
        // "underwent amputations", "had an amputation" (after the auxiliaries are passed, "had" may be gone).
        var k = j
        if Lexicon.undergoVerbs.contains(w) { k += 1 }
        if k < n, tokens[k].is("an") || tokens[k].is("their") { k += 1 }
        if k < n, Lexicon.amputationNouns.contains(token: tokens[k]), k > j || isAfterUndergoVerb(j) {
            return (.injured, tokens[k].lower)
        }
        // "had limbs amputated", "had their legs amputated".
        if k + 1 < n, Lexicon.limbNouns.contains(token: tokens[k]),
            Lexicon.amputationVerbs.contains(token: tokens[k + 1])
        {
            return (.injured, tokens[k + 1].lower)
        }
        return nil
    }

    /// Whether the word before `j` takes an amputation as object ("had", "underwent").
    private func isAfterUndergoVerb(_ j: Int) -> Bool {
        j > 0 && Lexicon.undergoVerbs.contains(token: tokens[j - 1])
    }

    /// Whether a trigger of `predicate` names a journey to care, not a state ("taken to hospital",
    /// "rushed to hospital"): who is taken there may die ("in critical condition" are alive).
    static func isCareTrigger(_ word: String) -> Bool {
        word.hasSuffix(" to hospital")
    }
}
