/// Breakdowns of a toll into parts: "That figure included 323 Egyptians and 60 Jordanians",
/// "among them are 43 Syrians, six Bangladeshis ...", "of 658 Egyptians who died, 630 were ...".
extension ClaimRules {
    /// The category a subject gives to "included" at `verb`: "the deaths ... included", "that figure
    /// included" (the previous sentence's claim), within eight words before the verb.
    func includedBy(_ verb: Int) -> ClaimCategory? {
        guard verb >= 1, tokens[verb].is("included") || tokens[verb].is("include") || tokens[verb].is("includes") else {
            return nil
        }
        var j = verb - 1
        while j >= 0, verb - j <= 8 {
            let l = tokens[j].lower
            if l == "." || l == ";" || l == "," { return nil }
            if Lexicon.killed.nouns.contains(l) || l == "toll" { return .killed }
            if Lexicon.injured.nouns.contains(l) { return .injured }
            if Lexicon.casualties.nouns.contains(l) { return .casualties }
            if Lexicon.figureNouns.contains(l) { return previousCategory }
            j -= 1
        }
        return nil
    }

    /// The category of "among them are" / "among the victims were" that opens the list `first` is
    /// in: back over words, numbers, commas and "and" (no stop), at most 30 tokens. "them" is the
    /// previous sentence's claim.
    func listLead(before first: Int) -> ClaimCategory? {
        guard hasAmong else { return nil }
        var j = first - 1
        while j >= 2, first - j <= 30 {
            let t = tokens[j]
            if t.lower == "." || t.lower == ";" || t.lower == ":" { return nil }
            if Lexicon.copulas.contains(token: t) {
                guard tokens[j - 2].is("among") || j >= 3 && tokens[j - 3].is("among") && tokens[j - 2].is("the") else {
                    return nil
                }
                let x = tokens[j - 1].lower
                if Lexicon.listPronouns.contains(x) { return previousCategory }
                if Lexicon.killed.nouns.contains(x) { return .killed }
                if Lexicon.injured.nouns.contains(x) { return .injured }
                if Lexicon.casualties.nouns.contains(x) { return .casualties }
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// "of 658 Egyptians who passed away, 630 were ...", "Among the 45 dead, 12 were children": the
    /// category of the claim `lead`, introduced by "of"/"among" (and "the"), that ends at the comma
    /// right before `first`.
    func partitiveLead(before first: Int, lead: FoundClaim?) -> ClaimCategory? {
        guard first >= 2, tokens[first - 1].lower == ",", let lead, lead.mention.first >= 1,
            first - lead.mention.last <= 8
        else { return nil }
        var opener = lead.mention.first - 1
        if opener >= 1, Lexicon.partitiveDeterminers.contains(token: tokens[opener]) { opener -= 1 }
        guard Lexicon.breakdownOpeners.contains(token: tokens[opener]) else { return nil }
        return (lead.mention.last + 1..<first - 1).contains(where: { tokens[$0].isNumber || tokens[$0].lower == "," })
            ? nil : lead.category
    }
}
