/// Weapons named by their designation or by a fixed pair of words: "twenty T-90s", "six Su-25s",
/// "500 small arms".
extension ClaimRules {
    /// Whether the phrase `s...e` is a military designator in the plural, the "s" glued to its
    /// digits ("T-90s", "F-16s"): a count of that weapon in a sentence of arms ("N-95s" are masks;
    /// "T-90 tanks" holds no count of its own).
    func isPluralDesignator(from s: Int, to e: Int) -> Bool {
        guard e >= s + 3, tokens[e].is("s"), !tokens[e].spaceBefore, tokens[e - 1].isNumber,
            !tokens[e - 1].hasSeparator, !tokens[e - 1].hasDecimal
        else { return false }
        return hasMilitaryDesignator(from: e - 3, to: e - 1)
    }

    /// Whether `head` with the modifier right before it names weapons ("small arms", "light arms"):
    /// "arms" alone is as often a body part, and a noun after the pair is what it counts ("4 million
    /// small arms ammunition" are rounds, not weapons).
    func isArmsPair(head: String, from s: Int, to e: Int) -> Bool {
        guard Lexicon.weaponPairHeads.contains(head), e > s, tokens[e - 1].isWord,
            !(e + 1 < n && Lexicon.weaponPairComplements.contains(token: tokens[e + 1]))
        else { return false }
        return Lexicon.weaponPairModifiers.contains(token: tokens[e - 1])
    }
}
