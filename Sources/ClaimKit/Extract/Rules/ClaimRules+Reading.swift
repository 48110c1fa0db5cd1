/// Pass 1 of `ClaimRules.claims`: each mention that may be a claim, read into a `MentionAnalysis`
/// (its counted noun phrase and head kind, partitive, the triggers before and after it).
extension ClaimRules {
    /// The analyses of the mentions that are not dates, not-claims or conversions, in order.
    func read(_ mentions: [NumberMention]) -> [MentionAnalysis] {
        var analyses: [MentionAnalysis] = []
        var skip = Set<Int>()
        var dateChain = false
        var previousLast = -10
        var military: Bool?
        for (index, m) in mentions.enumerated() {
            if skip.contains(index) { continue }
            let gap = m.first - previousLast
            let joinedToPrevious =
                gap >= 1 && gap <= 3
                && (previousLast + 1..<m.first).allSatisfy {
                    Lexicon.dateJoiners.contains(token: tokens[$0])
                }
            // "November 22 and 23": a number joined to a date is a date too.
            let isDate = isDateNumber(m) || (dateChain && joinedToPrevious && m.digits && m.unit == nil)
            dateChain = isDate
            previousLast = m.last
            if isDate || NotClaimRules.rejects(m, in: self, rules: notClaimRules) { continue }
            // "500 million manats ($294m)": a conversion of the sum before, not a second sum.
            if m.unit != nil, m.first >= 2, tokens[m.first - 1].lower == "(", let previous = analyses.last,
                previous.mention.unit != nil, previous.mention.last == m.first - 2
            {
                continue
            }
            analyses.append(analyse(m, in: mentions, skip: &skip, military: &military))
        }
        return analyses
    }

    /// One mention's analysis; an inner mention of a partitive ("35 of the 45") goes into `skip`.
    private func analyse(_ m: NumberMention, in mentions: [NumberMention], skip: inout Set<Int>, military: inout Bool?)
        -> MentionAnalysis
    {
        var a = MentionAnalysis(mention: m, nounEnd: m.last)
        var (p, partitiveCollective) = readPartitive(&a, in: mentions, skip: &skip)
        if m.unit != nil {
            // "a £500 million ($617 million) military aid package": a conversion between the sum and its noun.
            if p < n, tokens[p].lower == "(" {
                var q = p + 1
                while q < n, q - p < 10, tokens[q].lower != ")" { q += 1 }
                if q + 1 < n, tokens[q].lower == ")", tokens[q + 1].isWord { p = q + 1 }
            }
            // "$7.9 million dollars of royalties": a currency word repeated after the sum is not its noun.
            if p < n, tokens[p].isWord, Lexicon.currencyWords[tokens[p].lower] != nil { p = n }
        }
        // "40x Storm Shadow missiles": a multiplier sign glued to the count.
        if p + 1 < n, tokens[p].is("x"), !tokens[p].spaceBefore, tokens[p + 1].spaceBefore { p += 1 }
        // "a 5,000-strong force", "a 20,000-man private army": the strength of the unit named next.
        let strength = p + 1 < n && tokens[p].lower == "-" && Lexicon.strengthWords.contains(token: tokens[p + 1])
        if strength { p += 2 }
        if !(a.pronounPartitive || partitiveCollective) { readCountedNoun(&a, at: p, military: &military) }
        if strength { readStrengthUnit(&a) }
        // "a column of 300 men", "a battalion of 600 volunteers": people counted as an armed unit.
        if a.headCategory == .person, m.first >= 2, tokens[m.first - 1].is("of"),
            Lexicon.formationNouns.contains(token: tokens[m.first - 2])
        {
            a.headCategory = .counts(.troops)
        }
        readArmedMen(&a)
        if m.unit != nil { readSumNoun(&a) }
        if a.headCategory == .none && a.head != nil && m.vague && m.unit == nil
            && a.head.map(Lexicon.money.nouns.contains) == true
        {
            a.headCategory = .counts(.money)
        }
        a.preTrigger = preTrigger(a.mention)
        a.postTrigger = postTrigger(after: a.nounEnd)
        if a.partitiveCategory != nil, let pred = predicateNominal(after: a.nounEnd) { a.predicateSubject = pred }
        a.including = m.first > 0 && Lexicon.includingWords.contains(token: tokens[m.first - 1])
        // "among them six children", "of whom 3 were children"
        if m.first > 1, Lexicon.partitivePronouns.contains(token: tokens[m.first - 1]),
            Lexicon.includingPrepositions.contains(token: tokens[m.first - 2])
        {
            a.including = true
            // "of whom 12 are women": with no noun of its own the predicate noun is the subject.
            if a.elided, let pred = predicateNominal(after: a.nounEnd) { a.predicateSubject = pred }
        }
        // "..., of them, 3 are children": the same with a comma; the predicate noun is the subject.
        if m.first > 2, tokens[m.first - 1].lower == ",", ["them", "whom"].contains(tokens[m.first - 2].lower),
            Lexicon.breakdownOpeners.contains(token: tokens[m.first - 3])
        {
            a.including = true
            if let pred = predicateNominal(after: a.nounEnd) { a.predicateSubject = pred }
        }
        return a
    }

    /// Partitive: "35 of the 45 casualties", "six of its citizens", "more than 300 of its nationals",
    /// "9 of them". The token after the amount and partitive, and whether an adjective ("of the dead") was the noun.
    private func readPartitive(_ a: inout MentionAnalysis, in mentions: [NumberMention], skip: inout Set<Int>) -> (
        Int, Bool
    ) {
        let m = a.mention
        if let (whole, index, keep) = bareWhole(after: m, in: mentions) {
            if !keep { skip.insert(index) }
            return (whole.last + 1, false)
        }
        var p = m.last + 1
        if p + 1 < n, tokens[p].is("of"), Lexicon.partitivePronouns.contains(token: tokens[p + 1]),
            !(p + 2 < n && tokens[p + 2].isWord && Lexicon.personHeads.contains(token: tokens[p + 2]))
        {
            // "41 people had been injured, 9 of them seriously": more of the claim before.
            a.pronounPartitive = true
            a.nounEnd = p + 1
        } else if p + 1 < n, tokens[p].is("of"), Lexicon.partitiveDeterminers.contains(token: tokens[p + 1]) {
            p += 2
            if let innerIndex = mentions.firstIndex(where: { $0.first == p || $0.numberStart == p }) {
                let inner = mentions[innerIndex]
                skip.insert(innerIndex)
                if let v = inner.value, let c = earlier[v] { a.partitiveCategory = c }
                p = inner.last + 1
                a.nounEnd = inner.last  // "six of the 20 were hurt": the predicate follows the whole
            } else if p < n, let collective = Lexicon.collectiveCasualty[tokens[p].lower],
                !(p + 1 < n && tokens[p + 1].isWord
                    && (Lexicon.personHeads.contains(token: tokens[p + 1])
                        || Lexicon.troops.nouns.contains(token: tokens[p + 1])))
            {
                // "three of the dead were teenagers", "a dozen of the injured": the adjective used as a
                // noun names the category; the subject is the predicate noun when there is one.
                a.partitiveCategory = collective
                a.subjectStart = p; a.subjectEnd = p; a.head = tokens[p].lower; a.nounEnd = p
                a.headCategory = .person
                return (p, true)
            }
        } else if p < n, tokens[p].is("of"), m.vague || (!m.digits && m.value.map { $0 >= 100 } == true) {
            p += 1  // "hundreds of people", "thousands of troops"
        }
        return (p, false)
    }

    /// The counted noun phrase after the amount (or before it in brackets), its head and head kind.
    private func readCountedNoun(_ a: inout MentionAnalysis, at p: Int, military: inout Bool?) {
        let m = a.mention
        if p + 1 < n, Lexicon.stateParticiples.contains(token: tokens[p]), tokens[p + 1].isWord,
            Lexicon.personHeads.contains(token: tokens[p + 1]) || Lexicon.troops.nouns.contains(token: tokens[p + 1]),
            let (_, e, head) = nounPhrase(from: p + 1)
        {
            // "41 injured people": the participle is both modifier and category.
            a.subjectStart = p; a.subjectEnd = e; a.head = head; a.nounEnd = e
            a.headCategory = .counts(
                tokens[p].is("dead") ? .killed : (tokens[p].is("displaced") ? .displaced : .injured))
        } else if let (s, e, head) = nounPhrase(from: p) {
            a.subjectStart = s; a.subjectEnd = e; a.head = head
            a.headCategory = headKind(head: head, from: s, to: e, mention: m, military: &military)
            a.nounEnd = e
            // "employees of the Ministry of Internal Affairs"
            if Lexicon.relationalHeads.contains(head), let ext = ofComplement(after: e) {
                a.subjectEnd = ext; a.nounEnd = ext
            }
            // "86 pieces of unexploded ordnance": the complement is what is counted (mines only).
            if Lexicon.pieceNouns.contains(head), a.headCategory != .counts(.mines), let ext = ofComplement(after: e),
                headKind(head: tokens[ext].lower, from: e + 2, to: ext, mention: m, military: &military)
                    == .counts(.mines)
            {
                a.subjectEnd = ext; a.nounEnd = ext; a.head = tokens[ext].lower; a.headCategory = .counts(.mines)
            }
            // "400 pieces of equipment", "50 units of military hardware", "200 units of armoured vehicles".
            if Lexicon.pieceNouns.contains(head), a.headCategory != .counts(.mines), let ext = ofComplement(after: e),
                Lexicon.equipmentMassNouns.contains(token: tokens[ext])
                    || headKind(head: tokens[ext].lower, from: e + 2, to: ext, mention: m, military: &military)
                        == .counts(.equipment)
            {
                a.subjectEnd = ext; a.nounEnd = ext; a.headCategory = .counts(.equipment)
            }
            // Ordnance taken by a clearing verb: "disposed of 164,000 shells", "destroyed 100,000 other munitions".
            if Lexicon.mines.nounsNeedingModifier.contains(head), a.headCategory != .counts(.mines), clearedBy(m) {
                a.headCategory = .counts(.mines)
            }
        } else if m.first > 1, tokens[m.first - 1].lower == "(", let (s, e, head) = nounPhraseBefore(m.first - 1) {
            // "armed formations (about 10,000-15,000)": the noun precedes the number in brackets.
            a.subjectStart = s; a.subjectEnd = e; a.head = head
            a.headCategory = headKind(head: head, from: s, to: e, mention: m, military: &military)
            if m.last + 1 < n, tokens[m.last + 1].lower == ")" { a.nounEnd = m.last + 1 }
        } else if m.unit != nil {
            a.headCategory = .counts(.money)
        } else if p < n, Lexicon.moreWords.contains(token: tokens[p]) {
            a.nounEnd = p  // "40 more were wounded"
        }
    }

    /// A sum is money; "a $50 price break", "the £38million move": the noun after a sum names it only after a determiner.
    private func readSumNoun(_ a: inout MentionAnalysis) {
        let m = a.mention
        a.headCategory = .counts(.money)
        let before = m.first > 0 ? tokens[m.first - 1].lower : ""
        // "a new $1.2bn package", "an additional €5m grant": one modifier between the determiner and the sum.
        let modified =
            m.first > 1 && tokens[m.first - 1].isWord && !Lexicon.phraseStops.contains(before)
            && Lexicon.articles.contains(token: tokens[m.first - 2])
        // "£47m landmine clearance scheme": a noun phrase that ends in a scheme, fund or package names the sum.
        let schemeNamed = a.subjectStart >= 0 && moneySchemeEnd(from: a.subjectStart) != nil
        if !(Lexicon.sumDeterminers.contains(before) || before.hasSuffix("'s") || before == "'" || modified
            || schemeNamed)
        {
            a.subjectStart = -1; a.subjectEnd = -1; a.head = nil
        }
    }

    /// A clearing verb governs the amount: "destroyed more than 95,000", "disposed of 164,000",
    /// "cleared 1,200 mines and 300 other munitions" (the verb before the first item of a list).
    private func clearedBy(_ m: NumberMention) -> Bool {
        var j = m.first - 1
        var items = 0
        while j >= 0, m.first - j < 14 {
            let t = tokens[j]
            if t.isWord, Lexicon.clearanceVerbs.contains(token: t) { return true }
            if t.is("of"), j > 0, Lexicon.clearanceVerbs.contains(token: tokens[j - 1]) { return true }
            // Back over "and", "," and earlier items of the list only.
            if t.isNumber { items += 1; if items > 3 { return false } }
            if t.lower == "." || t.lower == ";" || t.is("that") || t.is("which") { return false }
            if t.isWord,
                !(Lexicon.clearanceListWords.contains(token: t) || isHeadWord(t.lower)
                    || items > 0 && !Lexicon.phraseStops.contains(token: t))
            {
                return false
            }
            j -= 1
        }
        return false
    }

    /// "were civilians" after a partitive: the predicate noun phrase's tokens.
    func predicateNominal(after e: Int) -> (Int, Int)? {
        var j = e + 1
        guard j < n, Lexicon.copulas.contains(token: tokens[j]) else { return nil }
        j += 1
        if j < n, tokens[j].is("all") { j += 1 }
        guard let (s, end, _) = nounPhrase(from: j) else { return nil }
        return (s, end)
    }

    /// "November 22", "22 November", "Nov. 10": a day of a month.
    func isDateNumber(_ m: NumberMention) -> Bool {
        guard m.digits, m.unit == nil else { return false }
        var b = m.numberStart - 1
        if b >= 0, tokens[b].lower == "." { b -= 1 }
        if b >= 0, isMonth(b) { return true }
        if m.last + 1 < n, isMonth(m.last + 1) { return true }
        if m.last + 2 < n, tokens[m.last + 1].is("of"), isMonth(m.last + 2) { return true }
        return false
    }

    private func isMonth(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord, Lexicon.months.contains(token: t) else { return false }
        if Lexicon.ambiguousMonths.contains(token: t) { return t.capitalized }
        return true
    }
}
