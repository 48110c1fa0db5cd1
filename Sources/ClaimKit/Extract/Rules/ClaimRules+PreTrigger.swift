/// Triggers before the amount: the verb whose object it counts ("killed 12"), a death noun
/// ("the deaths of 12"), a list ("the dead included 4") or a toll ("the death toll rose to 61").
extension ClaimRules {
    /// A verb or death noun before the amount whose object the amount counts.
    func preTrigger(_ m: NumberMention) -> (ClaimCategory, String)? {
        var j = m.first - 1
        // Skip determiners and "a total of".
        var steps = 0
        while j >= 0, steps < 4 {
            let l = tokens[j].lower
            if Lexicon.preTriggerSkips.contains(l) {
                j -= 1; steps += 1; continue
            }
            if l == "of", j >= 1, tokens[j - 1].is("total") { j -= 2; steps += 1; continue }
            // 'rose to "more than 1,000"': a quotation mark around the amount.
            if Lexicon.quoteMarks.contains(l) { j -= 1; steps += 1; continue }
            break
        }
        guard j >= 0 else { return nil }
        let w = tokens[j].lower
        // "killed or wounded 60 people", "wounded and killed 12": both verbs, undivided.
        if j >= 2, tokens[j - 1].is("or") || tokens[j - 1].is("and"),
            Lexicon.killed.verbs.contains(w) && Lexicon.injured.verbs.contains(token: tokens[j - 2])
                || Lexicon.injured.verbs.contains(w) && Lexicon.killed.verbs.contains(token: tokens[j - 2])
        {
            return (.casualties, tokens[j - 2].lower + " " + tokens[j - 1].lower + " " + w)
        }
        // "killed 12", "wounding 30", "lost 40", "displacing 2,000" ("claimed 12" is no toll).
        for spec in Lexicon.stateCategories where spec.verbs.contains(w) {
            return spec.weakVerbs.contains(w) ? nil : (spec.category, w)
        }
        // "Among the dead were four officers", "the victims included 3 children".
        if Lexicon.listVerbs.contains(w), j >= 1 {
            let noun = tokens[j - 1].lower
            for spec in Lexicon.stateCategories where spec.listNouns.contains(noun) { return (spec.category, noun) }
        }
        // "the deaths of 12", "the injury of 3".
        if w == "of", j >= 1 {
            let noun = tokens[j - 1].lower
            for spec in Lexicon.stateCategories where spec.ofNouns.contains(noun) { return (spec.category, noun) }
        }
        // "raised the number of people who lost their lives ... to 61", "the death toll rose to 61".
        if Lexicon.tollLinks.contains(w) || Lexicon.tollPassingVerbs[w] != nil || Lexicon.tollCopulas.contains(w) {
            if let t = tollTrigger(before: j) { return t }
            // "revised from 95 to 84 the death toll": the toll named after the amount.
            if w == "to", let t = tollAfter(m.last + 1) { return t }
        }
        return nil
    }

    /// "killed a commander and 4 fighters": a killing/wounding verb, then "a/an/the/one" and up to four
    /// words without a number or mark, then "and" right before the mention.
    func verbBeforeCoordinatedObject(_ m: NumberMention) -> (ClaimCategory, String)? {
        var j = m.first - 1
        guard j >= 3, tokens[j].is("and") else { return nil }
        j -= 1
        let stop = max(0, j - 5)
        while j > stop, tokens[j].isWord, !tokens[j].is("and") {
            let w = tokens[j - 1].lower
            if Lexicon.objectDeterminers.contains(token: tokens[j]) || tokens[j].capitalized {
                if Lexicon.killed.verbs.contains(w), !Lexicon.killed.weakVerbs.contains(w) { return (.killed, w) }
                if Lexicon.injured.verbs.contains(w) { return (.injured, w) }
            }
            j -= 1
        }
        return nil
    }

    /// "the death toll" or "the toll" right after an amount ("revised from 95 to 84 the death toll").
    private func tollAfter(_ start: Int) -> (ClaimCategory, String)? {
        guard namesToll else { return nil }
        var j = start
        if j < n, tokens[j].is("the") { j += 1 }
        if j < n, tokens[j].is("death") { j += 1 }
        guard j < n, tokens[j].is("toll"), j > start else { return nil }
        return (.killed, "toll")
    }

    private func tollTrigger(before end: Int) -> (ClaimCategory, String)? {
        guard namesToll else { return nil }
        var j = end - 1
        let stop = max(0, end - 30)
        while j >= stop {
            let l = tokens[j].lower
            if l == "." || l == ";" { return nil }
            // "the toll held at 135, yet the number of homeless rose to 300,000": another clause.
            if Lexicon.tollClauseBreaks.contains(l) { return nil }
            // "..., bringing the overall tally to 600" after deaths: a tally of the deaths named before it.
            if Lexicon.tallyNouns.contains(l), j > 0,
                tokens[j - 1].is("death")
                    || (0..<j).contains(where: {
                        Lexicon.killed.predicates.contains(token: tokens[$0])
                            || Lexicon.killed.nouns.contains(token: tokens[$0])
                    })
            {
                return (.killed, "toll")
            }
            if l == "toll" {
                if j > 0, Lexicon.injuryTollWords.contains(token: tokens[j - 1]) { return (.injured, "toll") }
                if j > 0, tokens[j - 1].is("casualty") { return (.casualties, "toll") }
                return (.killed, "toll")
            }
            // "the number of dead", "the daily rise in coronavirus deaths ... was 777".
            if let link = Lexicon.countNouns[l], j + 1 < end, tokens[j + 1].is(link) {
                // What the number counts: the predicate or noun within the next words.
                var k = j + 2
                while k < end, k < j + 14 {
                    let w = tokens[k].lower
                    if Lexicon.killed.predicates.contains(w) || Lexicon.killed.nouns.contains(w) || w == "lost" {
                        return (.killed, "number of")
                    }
                    if Lexicon.injured.predicates.contains(w) || Lexicon.injured.nouns.contains(w) {
                        return (.injured, "number of")
                    }
                    if Lexicon.casualties.nouns.contains(w) { return (.casualties, "number of") }
                    k += 1
                }
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// The subject words of a toll ("the number of people who lost their lives ... to 61" → "people").
    func tollSubject(before end: Int) -> String? {
        var j = end - 1
        let stop = max(0, end - 30)
        while j >= stop {
            if let link = Lexicon.countNouns[tokens[j].lower], j + 2 < end, tokens[j + 1].is(link) {
                var k = j + 2
                if tokens[k].is("the"), k + 1 < end { k += 1 }
                if let (s, e, _) = nounPhrase(from: k) { return text(s, e) }
                // "the number of (the) wounded": the adjective stands for the people.
                if Lexicon.collectiveCasualty[tokens[k].lower] != nil { return text(k, k) }
            }
            if tokens[j].is("toll") { return j > 0 && tokens[j - 1].isWord ? text(j - 1, j) : "toll" }
            j -= 1
        }
        return nil
    }
}
