/// Armed strength: "A 300-strong militia guards the oil fields" (the unit a strength word measures
/// ends the phrase), "he commanded 600 men", "2,000 men under his command".
extension ClaimRules {
    /// After "N-strong" or "N-man": an armed unit counts troops ("a 5,000-strong force").
    func readStrengthUnit(_ a: inout MentionAnalysis) {
        endAtStrengthUnit(&a)
        if let head = a.head, Lexicon.militaryUnitNouns.contains(head),
            a.headCategory == .unknown || a.headCategory == .none
        {
            a.headCategory = .counts(.troops)
        }
    }

    /// After "N-strong" or "N-man", the first armed-unit noun of the phrase is its head: what follows
    /// it ("guards", "patrols") is the verb of the sentence, not the counted noun.
    private func endAtStrengthUnit(_ a: inout MentionAnalysis) {
        guard a.subjectStart >= 0, a.subjectEnd > a.subjectStart, let head = a.head,
            !Lexicon.militaryUnitNouns.contains(head)
        else { return }
        for j in a.subjectStart..<a.subjectEnd
        where tokens[j].isWord && Lexicon.militaryUnitNouns.contains(token: tokens[j]) {
            a.subjectEnd = j; a.nounEnd = j; a.head = tokens[j].lower; a.headCategory = .unknown
            return
        }
    }

    /// "commanded 600 men", "deployed 400 men", "2,000 men under his command": men counted as troops.
    func readArmedMen(_ a: inout MentionAnalysis) {
        guard a.headCategory == .person, let head = a.head, Lexicon.armedMenHeads.contains(head) else { return }
        let m = a.mention
        let verb = m.first > 0 ? tokens[m.first - 1].lower : ""
        // (A sending verb is itself a military word: another one must be in the sentence.)
        let commanded =
            Lexicon.commandVerbs.contains(verb)
            || Lexicon.deployVerbs.contains(verb)
                && tokens.indices.contains { $0 != m.first - 1 && Lexicon.militaryContext.contains(token: tokens[$0]) }
        let e = a.nounEnd
        let underCommand =
            e + 3 < n && tokens[e + 1].is("under") && Lexicon.commandPossessives.contains(token: tokens[e + 2])
            && tokens[e + 3].is("command")
        if commanded || underCommand { a.headCategory = .counts(.troops) }
    }
}
