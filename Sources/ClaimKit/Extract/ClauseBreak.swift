/// Where one coordinate clause of a sentence ends and the next begins: ", and", ", but",
/// ", while", "whereas", ";", or " as " before a capitalised subject.
///
/// Speakers are attributed per clause (`Attribution.pick`): the reported words of "X said ..."
/// run on over ", and 40 were injured", but not over ", and Germany pledged ...".
struct ClauseBreak: Sendable, Equatable {
    /// Token index of the conjunction (or the semicolon).
    var index: Int
    /// The next clause opens with a capitalised word: a new actor, not a continuation.
    var newActor: Bool

    /// The clause breaks of a tokenized sentence, in order.
    static func find(in tokens: [Token]) -> [ClauseBreak] {
        var breaks: [ClauseBreak] = []
        let n = tokens.count
        var i = 1
        while i < n - 1 {
            let t = tokens[i]
            var conjunction = -1
            if t.lower == ";" {
                conjunction = i
            } else if t.lower == ",", ["and", "but", "while", "whereas", "yet"].contains(tokens[i + 1].lower) {
                conjunction = i + 1
            } else if t.isWord, t.is("while") || t.is("whereas") {
                conjunction = i
            } else if t.isWord, t.is("as"), tokens[i + 1].isWord, tokens[i + 1].capitalized, !tokens[i + 1].is("i") {
                conjunction = i  // "EU pledges €1.2bn for the grid as UK adds £300m"
            }
            if conjunction >= 0, conjunction + 1 < n {
                let next = tokens[conjunction + 1]
                let newActor = next.isWord && next.capitalized && !next.is("i")
                breaks.append(ClauseBreak(index: conjunction, newActor: newActor))
                i = conjunction + 1
                continue
            }
            i += 1
        }
        return breaks
    }
}
