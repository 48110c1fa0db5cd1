/// Triggers after the noun phrase: the predicate ("were killed", "died", "have been wounded or
/// killed", "lost their lives", "were taken to hospital", "remain in critical condition").
extension ClaimRules {
    /// The predicate after the noun phrase ending at token `e`, if it names a category.
    func postTrigger(after e: Int) -> Trigger? {
        let j = predicateStart(after: e)
        guard j < n else { return nil }
        return predicate(at: j)
    }

    /// The token where the predicate of the noun phrase ending at `e` starts: past an
    /// interruption, a prepositional phrase and auxiliaries ("were later", "have all been").
    private func predicateStart(after e: Int) -> Int {
        var j = skipInterruption(from: e + 1)
        // A prepositional phrase may sit between: "two civilians in the village were killed", "106
        // protesters in 21 cities have been killed" (a count inside the phrase is of places, not people).
        if j < n, Lexicon.predicatePrepositions.contains(token: tokens[j]) {
            var k = j + 1
            while k < n, k - j < 9 {
                let t = tokens[k]
                if t.isPunct { break }
                if t.isNumber, !(k == j + 1 && k + 1 < n && tokens[k + 1].isWord) { break }
                if isPredicateStart(t.lower) { j = k; break }
                k += 1
            }
        }
        var skipped = 0
        while j < n, skipped < 6,
            Lexicon.auxiliaries.contains(token: tokens[j]) || tokens[j].lower == "(" || tokens[j].lower == ")"
                || Lexicon.quoteMarks.contains(token: tokens[j])
        {
            if Lexicon.clauseAuxiliaries.contains(token: tokens[j]) && skipped > 2 { break }
            j += 1; skipped += 1
        }
        return j
    }

    /// An auxiliary or a killed/injured predicate: where a predicate may start.
    private func isPredicateStart(_ w: String) -> Bool {
        Lexicon.auxiliaries.contains(w) || Lexicon.killed.predicates.contains(w)
            || Lexicon.injured.predicates.contains(w)
    }

    /// Past what may come between a noun phrase and its predicate: a parenthetical, an apposition,
    /// a coordinated noun without a number.
    private func skipInterruption(from start: Int) -> Int {
        var j = start
        // A parenthetical: "Five people, including two children, were killed".
        if j + 1 < n, tokens[j].lower == ",", Lexicon.parentheticalOpeners.contains(token: tokens[j + 1]) {
            var k = j + 2
            while k < n, k - j < 16, tokens[k].lower != "," { k += 1 }
            if k < n, tokens[k].lower == "," { j = k + 1 }
        }
        // An apposition: "more than 300 of its citizens, civilians and soldiers, have been killed".
        if j + 2 < n, tokens[j].lower == ",", tokens[j + 1].isWord {
            var k = j + 1
            while k < n, k - j < 8, tokens[k].isWord, !Lexicon.auxiliaries.contains(token: tokens[k]) { k += 1 }
            if k + 1 < n, tokens[k].lower == ",", isPredicateStart(tokens[k + 1].lower) { j = k + 1 }
        }
        // A coordinated noun without a number: "Six soldiers and a civilian were killed".
        if j + 1 < n, tokens[j].is("and") || tokens[j].is("or"),
            Lexicon.coordinatedNounDeterminers.contains(token: tokens[j + 1])
        {
            var k = j + 2
            while k < n, k - j < 7, tokens[k].isWord, !isPredicateStart(tokens[k].lower) { k += 1 }
            if k < n, k > j + 2, isPredicateStart(tokens[k].lower) { j = k }
        }
        return j
    }

    /// The category the predicate at token `j` names.
    private func predicate(at j: Int) -> Trigger? {
        let w = tokens[j].lower
        // "were taken to hospital", "rushed to a nearby hospital": injured, before "taken" reads as captured.
        if Lexicon.toHospitalVerbs.contains(w), leadsToHospital(from: j + 1) { return (.injured, w + " to hospital") }
        // "suffered minor injuries", "sustained burns", "needed hospital treatment".
        if Lexicon.sufferVerbs.contains(w) {
            var k = j + 1
            while k < n, k - j <= 3, tokens[k].isWord {
                if Lexicon.injuryObjects.contains(token: tokens[k]) { return (.injured, w + " " + tokens[k].lower) }
                k += 1
            }
        }
        // "were found dead", "were discovered dead".
        if Lexicon.discoveryVerbs.contains(w), j + 1 < n, tokens[j + 1].is("dead") { return (.killed, w + " dead") }
        // "have been affected by mine blasts", "fell victim to explosive remnants": casualties of mines.
        if Lexicon.mineHarmVerbs.contains(w), mineWord(within: j + 1...min(n - 1, j + 5)) {
            return (.casualties, w)
        }
        if let harm = harmPredicate(at: j) { return harm }
        var found: Trigger?
        if let spec = Lexicon.stateCategories.first(where: { $0.predicates.contains(w) }) {
            found = (spec.category, w)
        } else if Lexicon.otherPredicates.contains(w) {
            return (.other, w)
        } else if w == "passed", j + 1 < n, tokens[j + 1].is("away") {
            return (.killed, "passed away")
        } else if Lexicon.loseVerbs.contains(w), j + 2 < n, tokens[j + 2].is("lives") || tokens[j + 2].is("life") {
            return (.killed, "lost their lives")
        } else if Lexicon.becomeVerbs.contains(w), j + 1 < n {
            let next = tokens[j + 1].lower
            if Lexicon.casualties.nouns.contains(next) { return (.casualties, next) }
        } else if w == "among", j + 2 < n, tokens[j + 1].is("the") {
            let next = tokens[j + 2].lower
            if next == "dead" { return (.killed, "dead") }
            if next == "injured" || next == "wounded" { return (.injured, next) }
        }
        guard var result = found else { return treatment(at: j) }
        // "wounded or killed", "killed or injured", "killed and wounded": casualties undivided.
        if j + 2 < n, tokens[j + 1].is("or") || tokens[j + 1].is("and") {
            let other = tokens[j + 2].lower
            let otherCategory: ClaimCategory? =
                Lexicon.killed.predicates.contains(other)
                ? .killed : (Lexicon.injured.predicates.contains(other) ? .injured : nil)
            if let oc = otherCategory, oc != result.0 {
                result = (.casualties, w + " " + tokens[j + 1].lower + " " + other)
            }
        }
        if result.1 == "shot", !(j + 1 < n && tokens[j + 1].is("dead")) { return nil }
        return result
    }

    /// "were being treated for injuries", "are in hospital", "receiving treatment", "in critical condition".
    private func treatment(at j: Int) -> Trigger? {
        let w = tokens[j].lower
        if Lexicon.treatmentVerbs.contains(w), j + 1 < n {
            if w.hasPrefix("hospital") || tokens[j + 1].is("treatment") || tokens[j + 1].is("for")
                || tokens[j + 1].is("in")
                || w == "treated" && tokens[j + 1].is("at")
            {
                return (.injured, w)
            }
        }
        if w == "in", j + 1 < n,
            tokens[j + 1].is("hospital") || (j + 2 < n && tokens[j + 1].is("the") && tokens[j + 2].is("hospital"))
        {
            return (.injured, "in hospital")
        }
        // "were in critical condition", "remain in a serious condition", "in intensive care".
        let at = Lexicon.remainVerbs.contains(w) ? j + 1 : j
        if at + 2 < n, tokens[at].is("in") {
            var k = at + 1
            if tokens[k].is("a"), k + 2 < n { k += 1 }
            if Lexicon.conditionWords.contains(token: tokens[k]), tokens[k + 1].is("condition") {
                return (.injured, "in condition")
            }
            if tokens[k].is("intensive"), tokens[k + 1].is("care") { return (.injured, "in intensive care") }
        }
        return nil
    }

    /// A mine or an explosion among the tokens of `range` ("by mine blasts", "by explosive remnants").
    private func mineWord(within range: ClosedRange<Int>) -> Bool {
        var k = range.lowerBound
        // "fell victim to mines"
        if k < range.upperBound, tokens[k].is("victim") || tokens[k].is("victims") { k += 1 }
        guard k <= range.upperBound, tokens[k].is("by") || tokens[k].is("to") else { return false }
        return (k...range.upperBound).contains { Lexicon.mineHarmWords.contains(token: tokens[$0]) }
    }

    /// "to hospital", "to a nearby hospital", "to the Royal London Hospital": within five words.
    private func leadsToHospital(from k: Int) -> Bool {
        guard k < n, tokens[k].is("to") || tokens[k].is("into") else { return false }
        var j = k + 1
        while j < n, j - k <= 5, tokens[j].isWord {
            if Lexicon.hospitalNouns.contains(token: tokens[j]) { return true }
            j += 1
        }
        return false
    }
}
