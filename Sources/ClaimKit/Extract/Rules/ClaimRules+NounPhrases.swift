/// Noun phrases: the counted noun after an amount, its head word and what kind of thing the head counts.
extension ClaimRules {
    /// The counted noun phrase starting at `p`: first and last token and the head word.
    func nounPhrase(from start: Int, toHead: Bool = true) -> (Int, Int, String)? {
        var p = start
        // Leading "more", "other", "additional": "two more soldiers".
        while p < n, Lexicon.leadingModifiers.contains(token: tokens[p]), p - start < 2, !opensPlaceName(p) { p += 1 }
        let words = nounPhraseWords(from: p)
        guard let h = nounPhraseHead(words, toHead: toHead) else { return nil }
        return (p, h, tokens[h].lower)
    }

    /// The indices of the phrase's words from `p` (at most eight words): up to a function word,
    /// a reporting verb, or a participle after a plural or a head noun.
    private func nounPhraseWords(from p: Int) -> [Int] {
        var words: [Int] = []
        var j = p
        while j < n, words.count < 8 {
            let t = tokens[j]
            if t.isWord {
                // "all-terrain vehicles": a stop word glued into a compound is a modifier.
                let glued =
                    j + 2 < n && tokens[j + 1].lower == "-" && !tokens[j + 1].spaceBefore && !tokens[j + 2].spaceBefore
                    && tokens[j + 2].isWord
                // "1,600 strike and air defence missiles": modifiers joined by "and" before one weapon head.
                if t.is("and") || t.is("or"), let last = words.last, tokens[last].isWord,
                    !isHeadWord(tokens[last].lower),
                    !tokens[last].lower.hasSuffix("s"), sharedWeaponHead(after: j)
                {
                    words.append(j); j += 1; continue
                }
                if Lexicon.phraseStops.contains(token: t)
                    && !(words.isEmpty && j == p && Lexicon.personHeads.contains(token: t)) && !glued
                {
                    break
                }
                // "645 confirmed deaths": a participle before a counted noun modifies it.
                if Lexicon.reportingVerbs.contains(token: t) || Lexicon.reportingParticiples.contains(token: t),
                    !(words.isEmpty && j + 1 < n && tokens[j + 1].isWord && isHeadWord(tokens[j + 1].lower)),
                    !continuesName(j, after: words.last)
                {
                    break
                }
                if !words.isEmpty, let last = words.last, t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing"),
                    !Lexicon.participleAdjectives.contains(token: t)
                {
                    let prev = tokens[last].lower
                    if (prev.hasSuffix("s") && !prev.hasSuffix("'s")) || isHeadWord(prev) { break }
                }
                words.append(j); j += 1; continue
            }
            if isModelNumber(j, after: words.last) { words.append(j); j += 1; continue }  // "Leopard 2 tanks"
            // Hyphenated compounds: "anti-personnel", "PMN-E", "air-defence".
            if t.lower == "-", !t.spaceBefore, !words.isEmpty, j + 1 < n, !tokens[j + 1].spaceBefore,
                tokens[j + 1].isWord || tokens[j + 1].isNumber
            {
                words.append(j); words.append(j + 1); j += 2; continue
            }
            break
        }
        return words
    }

    /// The head among `words`: the last counted noun we know, else the last plural, else the last
    /// word (the last word when not `toHead`); nil when it is no word.
    private func nounPhraseHead(_ words: [Int], toHead: Bool) -> Int? {
        guard let lastWord = words.last else { return nil }
        var headIndex: Int?
        for w in words.reversed() where tokens[w].isWord && isHeadWord(tokens[w].lower) { headIndex = w; break }
        if headIndex == nil {
            for w in words.reversed() where tokens[w].isWord {
                let l = tokens[w].lower
                if l.count > 3, l.hasSuffix("s"), !l.hasSuffix("ss") { headIndex = w; break }
            }
        }
        var h = headIndex ?? lastWord
        if !toHead, tokens[lastWord].isWord { h = lastWord }
        return tokens[h].isWord ? h : nil
    }

    /// A weapon head within four words after `j` with only words and hyphens between ("and air defence missiles").
    private func sharedWeaponHead(after j: Int) -> Bool {
        var k = j + 1
        while k < n, k - j <= 5 {
            let t = tokens[k]
            if t.isWord {
                if Lexicon.equipment.nouns.contains(token: t)
                    || Lexicon.equipment.nounsNeedingModifier.contains(token: t)
                {
                    return true
                }
                if Lexicon.phraseStops.contains(token: t) { return false }
            } else if !(t.lower == "-" && !t.spaceBefore) {
                return false
            }
            k += 1
        }
        return false
    }

    /// The noun phrase that ends at token `end - 1` (for "formations (about 10,000-15,000)").
    func nounPhraseBefore(_ bracket: Int) -> (Int, Int, String)? {
        var j = bracket - 1
        guard j >= 0, tokens[j].isWord, isHeadWord(tokens[j].lower) || tokens[j].lower.hasSuffix("s") else {
            return nil
        }
        let head = j
        var s = j
        while j >= 0, head - j < 6 {
            let t = tokens[j]
            if t.isWord, !Lexicon.phraseStops.contains(token: t) { s = j; j -= 1; continue }
            if t.lower == "-", !t.spaceBefore, j > 0 { j -= 1; continue }
            break
        }
        return (s, head, tokens[head].lower)
    }

    /// "of the Ministry of Internal Affairs" after a relational head: the last token, if any.
    func ofComplement(after e: Int) -> Int? {
        var j = e + 1
        guard j + 1 < n, tokens[j].is("of") else { return nil }
        j += 1
        if tokens[j].is("the") { j += 1 }
        guard j < n, tokens[j].isWord, tokens[j].capitalized || !Lexicon.phraseStops.contains(token: tokens[j]) else {
            return nil
        }
        var last = -1
        var count = 0
        while j < n, count < 8 {
            let t = tokens[j]
            if t.isWord, !Lexicon.phraseStops.contains(token: t) { last = j; j += 1; count += 1; continue }
            // Inner "of"/"and"/"the" only between capitalised words: "Ministry of Internal Affairs".
            if t.isWord, Lexicon.nameJoiners.contains(token: t), j + 1 < n,
                tokens[j + 1].capitalized || tokens[j + 1].is("the")
            {
                j += 1; count += 1; continue
            }
            break
        }
        return last >= 0 ? last : nil
    }

    func isHeadWord(_ w: String) -> Bool { Lexicon.headWords.contains(w) }

    /// What the head `head` of the phrase `s...e` counts (modifiers and the sentence decide "devices", "missiles").
    func headKind(head: String, from s: Int, to e: Int, mention: NumberMention, military: inout Bool?)
        -> MentionAnalysis.HeadKind
    {
        if mention.unit != nil { return .counts(.money) }
        // The phrase's words before its head. (An array asked against each table: a `Set` would
        // hash every word of the table it is compared with.)
        var modifiers = (s...e).filter { tokens[$0].isWord }.map { tokens[$0].lower }
        _ = modifiers.popLast()
        if Self.names(Lexicon.mines, head: head, modifiers: modifiers) { return .counts(.mines) }
        if isArmsPair(head: head, from: s, to: e)
            || isPluralDesignator(from: s, to: e) && militaryContext(cached: &military)
        {
            return .counts(.equipment)
        }
        // Equipment: "missiles" only in a sentence of arms or with a designator ("12 F-16 jets").
        let equipment = Lexicon.equipment
        if Lexicon.contextualEquipmentHeads.contains(head), !Self.shares(modifiers, equipment.modifiers) {
            if militaryContext(cached: &military) || hasMilitaryDesignator(from: s, to: e) {
                return .counts(.equipment)
            }
        } else if equipment.nouns.contains(head) && !equipment.nounsNeedingModifier.contains(head) {
            return .counts(.equipment)
        }
        if equipment.nounsNeedingModifier.contains(head), Self.shares(modifiers, equipment.modifiers) {
            return .counts(.equipment)
        }
        if Self.names(Lexicon.troops, head: head, modifiers: modifiers) { return .counts(.troops) }
        // "two governing bodies", "the response bodies": organisations, not the dead.
        if head == "bodies", Self.shares(modifiers, Lexicon.organisationBodyModifiers) { return .unknown }
        for spec in Lexicon.stateCategories where spec.nouns.contains(head) { return .counts(spec.category) }
        if Lexicon.personHeads.contains(head) { return .person }
        if Lexicon.money.nouns.contains(head) && mention.vague { return .counts(.money) }
        // "Palestinians", "Ukrainians"
        if head.count > 3, head.hasSuffix("s"), tokens[e].capitalized { return .person }
        return .unknown
    }

    /// Whether `head` is one of `spec`'s nouns, with one of its modifiers when it needs one ("explosive devices").
    private static func names(_ spec: CategorySpec, head: String, modifiers: [String]) -> Bool {
        spec.nouns.contains(head) && (!spec.nounsNeedingModifier.contains(head) || shares(modifiers, spec.modifiers))
    }

    /// Whether one of `words` is in `table`.
    private static func shares(_ words: [String], _ table: WordSet) -> Bool { words.contains { table.contains($0) } }

    /// "F-16", "Su-25", "T-72": one to three letters, a hyphen, digits (not "A350-900" or "737-800").
    func hasMilitaryDesignator(from s: Int, to e: Int) -> Bool {
        var j = s
        while j + 2 <= e {
            let t = tokens[j]
            if t.isWord, (1...3).contains(t.lower.count), t.capitalized, !t.lower.contains(where: \.isNumber),
                tokens[j + 1].lower == "-", !tokens[j + 1].spaceBefore, tokens[j + 2].isNumber,
                !tokens[j + 2].spaceBefore
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// Whether a counted noun of people, troops, mines or equipment follows within three words.
    func countedNounFollows(_ i: Int) -> Bool {
        var j = i
        var k = 0
        while j < n, k < 3, tokens[j].isWord {
            let w = tokens[j].lower
            if Lexicon.personHeads.contains(w) || Lexicon.troops.nouns.contains(w) || Lexicon.mines.nouns.contains(w)
                || Lexicon.equipment.nouns.contains(w)
            {
                return true
            }
            if Lexicon.phraseStops.contains(w) { return false }
            j += 1; k += 1
        }
        return false
    }

    /// Whether a mention without a noun may take the category of the claim before.
    func elisionAllowed(_ m: NumberMention) -> Bool {
        // Only a number coordinated with the one before: "..., as well as 1,609 in ...", "and 300 in ...".
        guard m.first > 0,
            Lexicon.elisionJoiners.contains(token: tokens[m.first - 1])
                || (m.first > 1 && tokens[m.first - 1].is("as") && tokens[m.first - 2].is("well"))
        else { return false }
        let after = m.last + 1
        if after >= n { return true }
        let next = tokens[after]
        return next.isPunct || Lexicon.afterElidedAmount.contains(token: next)
    }
}
