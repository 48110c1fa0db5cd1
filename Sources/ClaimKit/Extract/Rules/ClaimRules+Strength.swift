/// "A 300-strong militia guards the oil fields": the unit a strength word measures ends the phrase.
extension ClaimRules {
    /// After "N-strong" or "N-man", the first armed-unit noun of the phrase is its head: what follows
    /// it ("guards", "patrols") is the verb of the sentence, not the counted noun.
    func endAtStrengthUnit(_ a: inout MentionAnalysis) {
        guard a.subjectStart >= 0, a.subjectEnd > a.subjectStart, let head = a.head,
            !Lexicon.militaryUnitNouns.contains(head)
        else { return }
        for j in a.subjectStart..<a.subjectEnd
        where tokens[j].isWord && Lexicon.militaryUnitNouns.contains(tokens[j].lower) {
            a.subjectEnd = j; a.nounEnd = j; a.head = tokens[j].lower; a.headCategory = .unknown
            return
        }
    }
}
