/// The per-sentence rules: which numbers are claims, what they count and in which category.
///
/// The category comes from the word the number attaches to (its counted noun, the verb whose
/// object it is, the predicate after its noun phrase), never from mere proximity.
struct ClaimRules: Sendable {
    let tokens: [Token]
    let bytes: [UInt8]

    /// Values already claimed earlier in the article, with their categories (for "of the 45 casualties").
    var earlier: [Double: ClaimCategory] = [:]
    /// The subject of the article's latest claim (for "40 more were wounded" in a later sentence).
    var previousSubject: String?

    init(tokens: [Token], bytes: [UInt8]) {
        self.tokens = tokens
        self.bytes = bytes
    }

    private var n: Int { tokens.count }

    /// The sentence talks of arms or fighting (decides "missiles", "aircraft", "drones").
    private var militaryContext: Bool { tokens.contains { $0.isWord && Lexicon.militaryContext.contains($0.lower) } }

    /// `militaryContext`, scanned at most once per sentence (a sentence may hold hundreds of amounts).
    private func militaryContext(cached: inout Bool?) -> Bool {
        if let known = cached { return known }
        let found = militaryContext
        cached = found
        return found
    }

    func text(_ from: Int, _ through: Int) -> String {
        guard from <= through, from >= 0, through < n else { return "" }
        return String(decoding: bytes[tokens[from].start..<tokens[through].end], as: UTF8.self)
    }

    /// What one mention's analysis found.
    private struct Analysis {
        var mention: NumberMention
        var subjectStart = -1
        var subjectEnd = -1
        var head: String?
        var headCategory: HeadKind = .none
        var nounEnd: Int          // last token of the mention's noun phrase (or of the amount when elided)
        var preTrigger: (ClaimCategory, String)?
        var postTrigger: (ClaimCategory, String)?
        var elided: Bool { subjectStart < 0 }
        var reference = false
        var partitiveCategory: ClaimCategory?
        var predicateSubject: (Int, Int)?
        var including = false
        var pronounPartitive = false
    }

    enum HeadKind: Equatable { case none, person, money, mines, equipment, troops, killed, injured, casualties, displaced, other }

    func claims(_ mentions: [NumberMention]) -> [FoundClaim] {
        var analyses: [Analysis] = []
        var skip = Set<Int>()
        var dateChain = false
        var previousLast = -10
        var military: Bool?
        for (index, m) in mentions.enumerated() {
            if skip.contains(index) { continue }
            let gap = m.first - previousLast
            let joinedToPrevious = gap >= 1 && gap <= 3 && (previousLast + 1..<m.first).allSatisfy {
                let l = tokens[$0].lower; return l == "," || l == "and" || l == "or" || l == "-" || l == "to" || l == "&"
            }
            let isDate = isDateNumber(m) || (dateChain && joinedToPrevious && m.digits && m.unit == nil)
            dateChain = isDate
            previousLast = m.last
            if isDate || isNotClaim(m) { continue }
            // "500 million manats ($294m)": a conversion of the sum before, not a second sum.
            if m.unit != nil, m.first >= 2, tokens[m.first - 1].lower == "(", let previous = analyses.last,
               previous.mention.unit != nil, previous.mention.last == m.first - 2 { continue }
            var a = Analysis(mention: m, nounEnd: m.last)
            var p = m.last + 1
            var partitiveCollective = false
            // Partitive: "35 of the 45 casualties", "six of its citizens", "more than 300 of its nationals".
            if p + 1 < n, tokens[p].is("of"), ["them", "whom", "which", "those"].contains(tokens[p + 1].lower),
               !(p + 2 < n && tokens[p + 2].isWord && Lexicon.personHeads.contains(tokens[p + 2].lower)) {
                // "41 people had been injured, 9 of them seriously": more of the claim before.
                a.pronounPartitive = true
                a.nounEnd = p + 1
            } else if p + 1 < n, tokens[p].is("of"), ["the", "its", "their", "his", "her", "our", "these", "those"].contains(tokens[p + 1].lower) {
                p += 2
                if let innerIndex = mentions.firstIndex(where: { $0.first == p || $0.numberStart == p }) {
                    let inner = mentions[innerIndex]
                    skip.insert(innerIndex)
                    if let v = inner.value, let c = earlier[v] { a.partitiveCategory = c }
                    p = inner.last + 1
                } else if p < n, let collective = Self.collectiveCasualty[tokens[p].lower],
                          !(p + 1 < n && tokens[p + 1].isWord && (Lexicon.personHeads.contains(tokens[p + 1].lower)
                                                                   || Lexicon.troopHeads.contains(tokens[p + 1].lower))) {
                    // "three of the dead were teenagers", "a dozen of the injured": the adjective used as a
                    // noun names the category; the subject is the predicate noun when there is one.
                    a.partitiveCategory = collective
                    a.subjectStart = p; a.subjectEnd = p; a.head = tokens[p].lower; a.nounEnd = p
                    a.headCategory = .person
                    partitiveCollective = true
                }
            } else if p < n, tokens[p].is("of"), m.vague || (!m.digits && m.value.map { $0 >= 100 } == true) {
                p += 1
            }
            // "a 5,000-strong force"
            if p + 1 < n, tokens[p].lower == "-", tokens[p + 1].is("strong") { p += 2 }
            // The counted noun phrase after the amount.
            if a.pronounPartitive || partitiveCollective {
                // no noun of its own
            } else if p + 1 < n, ["injured", "wounded", "dead", "displaced"].contains(tokens[p].lower), tokens[p + 1].isWord,
               Lexicon.personHeads.contains(tokens[p + 1].lower) || Lexicon.troopHeads.contains(tokens[p + 1].lower),
               let (_, e, head) = nounPhrase(from: p + 1) {
                // "41 injured people": the participle is both modifier and category.
                a.subjectStart = p; a.subjectEnd = e; a.head = head; a.nounEnd = e
                a.headCategory = tokens[p].is("dead") ? .killed : (tokens[p].is("displaced") ? .displaced : .injured)
            } else if let (s, e, head) = nounPhrase(from: p) {
                a.subjectStart = s; a.subjectEnd = e; a.head = head
                a.headCategory = headKind(head: head, from: s, to: e, mention: m, military: &military)
                a.nounEnd = e
                // "employees of the Ministry of Internal Affairs"
                if Lexicon.relationalHeads.contains(head), let ext = ofComplement(after: e) { a.subjectEnd = ext; a.nounEnd = ext }
                // "86 pieces of unexploded ordnance": the complement is what is counted (mines only).
                if Lexicon.pieceNouns.contains(head), a.headCategory != .mines, let ext = ofComplement(after: e),
                   headKind(head: tokens[ext].lower, from: e + 2, to: ext, mention: m, military: &military) == .mines {
                    a.subjectEnd = ext; a.nounEnd = ext; a.head = tokens[ext].lower; a.headCategory = .mines
                }
            } else if m.first > 1, tokens[m.first - 1].lower == "(", let (s, e, head) = nounPhraseBefore(m.first - 1) {
                // "armed formations (about 10,000-15,000)": the noun precedes the number in brackets.
                a.subjectStart = s; a.subjectEnd = e; a.head = head
                a.headCategory = headKind(head: head, from: s, to: e, mention: m, military: &military)
                if m.last + 1 < n, tokens[m.last + 1].lower == ")" { a.nounEnd = m.last + 1 }
            } else if m.unit != nil {
                a.headCategory = .money
            } else if p < n, ["more", "others", "other"].contains(tokens[p].lower) {
                a.nounEnd = p  // "40 more were wounded"
            }
            if m.unit != nil {
                a.headCategory = .money
                // "a $50 price break", "the £38million move": the noun after a sum names it only after a determiner.
                let determiners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "each"]
                let before = m.first > 0 ? tokens[m.first - 1].lower : ""
                // "a new $1.2bn package", "an additional €5m grant": one modifier between the determiner and the sum.
                let modified = m.first > 1 && tokens[m.first - 1].isWord && !Lexicon.phraseStops.contains(before)
                    && ["a", "an", "the"].contains(tokens[m.first - 2].lower)
                if !(determiners.contains(before) || before.hasSuffix("'s") || before == "'" || modified) { a.subjectStart = -1; a.subjectEnd = -1; a.head = nil }
            }
            if a.headCategory == .none && a.head != nil && m.vague && m.unit == nil && a.head.map(Lexicon.moneyNouns.contains) == true {
                a.headCategory = .money
            }
            a.preTrigger = preTrigger(a.mention)
            a.postTrigger = postTrigger(after: a.nounEnd)
            if a.partitiveCategory != nil, let pred = predicateNominal(after: a.nounEnd) { a.predicateSubject = pred }
            a.including = m.first > 0 && ["including", "among", "includes", "include"].contains(tokens[m.first - 1].lower)
            // "among them six children", "of whom 3 were children"
            if m.first > 1, ["them", "those", "whom", "which"].contains(tokens[m.first - 1].lower), ["among", "of", "including"].contains(tokens[m.first - 2].lower) {
                a.including = true
            }
            analyses.append(a)
        }
        // Coordination: "four police officers and two civilians were killed", "the death of the four ... and two civilians".
        var chainStart = 0
        var chains: [Int] = Array(repeating: 0, count: analyses.count)
        for k in analyses.indices {
            if k > 0, joins(analyses[k - 1], analyses[k]) { chains[k] = chainStart } else { chainStart = k; chains[k] = k }
        }
        var chainEnd: [Int: Int] = [:]
        for k in analyses.indices { chainEnd[chains[k]] = k }
        var result: [FoundClaim] = []
        var includedClaim: [Bool] = []
        var lastCountedNoun: String?
        for k in analyses.indices {
            let a = analyses[k]
            defer { if !a.elided, !a.pronounPartitive, a.headCategory == .person || a.headCategory == .troops { lastCountedNoun = text(a.subjectStart, a.subjectEnd) } }
            let head = analyses[chains[k]]
            let tail = analyses[chainEnd[chains[k]] ?? k]
            var trigger = a.preTrigger ?? head.preTrigger ?? a.postTrigger ?? tail.postTrigger
            // "two bodies and 3 people were injured": a noun that names its own state keeps it against
            // a predicate borrowed from the end of the chain.
            if a.preTrigger == nil, head.preTrigger == nil, a.postTrigger == nil, let t = trigger,
               a.headCategory == .killed && t.0 != .killed || a.headCategory == .injured && t.0 != .injured { trigger = nil }
            // "The strike killed a commander and 4 fighters": the verb's object list goes on past a noun without a number.
            if trigger == nil, let t = verbBeforeCoordinatedObject(a.mention) { trigger = t }
            // "Casualties included 7 dead and 19 injured": the undivided word before, the divided noun here.
            if let t = trigger, t.0 == .casualties {
                if let post = a.postTrigger, post.0 == .killed || post.0 == .injured { trigger = post }
                else if a.headCategory == .killed || a.headCategory == .injured { trigger = nil }
            }
            // A side "lost N soldiers": killed or wounded; "we lost 23 of our people" (not troops): killed.
            if let t = trigger, Lexicon.lossVerbs.contains(t.1), a.headCategory != .troops { trigger = (.killed, t.1) }
            var category: ClaimCategory?
            var subject = a.elided ? "" : text(a.subjectStart, a.subjectEnd)
            switch a.headCategory {
            case .money: category = .money
            case .mines: category = .mines
            case .equipment: category = .equipment
            default: break
            }
            if category == nil, let pc = a.partitiveCategory, [.killed, .injured, .casualties].contains(pc), trigger == nil {
                category = pc
                if let (s, e) = a.predicateSubject { subject = text(s, e) }
            }
            // "1,500 servicemen were taken prisoner", "120 people remain missing": people in another state.
            if let t = trigger, t.0 == .other, ![.money, .mines, .equipment].contains(a.headCategory) { continue }
            if category == nil, let t = trigger, a.headCategory != .other || a.elided, !(a.elided && Lexicon.lossVerbs.contains(t.1)) {
                if a.headCategory == .none && !a.elided && a.head != nil && !looksLikePeople(a) { category = nil } else { category = t.0 }
            }
            if category == nil {
                switch a.headCategory {
                case .troops: category = .troops
                case .killed: category = .killed
                case .injured: category = .injured
                case .casualties: category = .casualties
                case .displaced: category = .displaced
                default: break
                }
            }
            if category == nil, a.including || a.pronounPartitive, let previous = result.last {
                category = previous.category
                if a.pronounPartitive || subject.isEmpty { subject = previous.subject }
            }
            // A bare "one" ("one was killed") is a pronoun as often as a count: it needs its noun.
            if a.elided, !a.mention.digits, a.mention.value == 1, a.mention.upper == nil,
               !(result.last != nil && a.mention.first > 0 && tokens[a.mention.first - 1].is("and") && a.postTrigger != nil) { continue }
            if a.elided, let previous = result.indices.last(where: { !includedClaim[$0] }).map({ result[$0] }) ?? result.last,
               previous.mention.last < a.mention.first {
                if category == nil, [.mines, .equipment, .troops].contains(previous.category), elisionAllowed(a.mention) {
                    category = previous.category
                }
                // "12 dead and 30 wounded": an adjective that names the other state is no noun to lend.
                if category != nil, subject.isEmpty, Self.collectiveCasualty[previous.subject.lowercased()] == nil { subject = previous.subject }
            }
            guard let category else { continue }
            // "more than 20 dead", "30 injured": the adjective is the counted noun.
            if subject.isEmpty, a.elided, a.mention.last + 1 < n, ["dead", "injured", "wounded"].contains(tokens[a.mention.last + 1].lower),
               result.last == nil, lastCountedNoun == nil {
                subject = text(a.mention.last + 1, a.mention.last + 1)
            }
            // "eight people were still missing and 44 had been injured": the nearest counted noun before.
            if subject.isEmpty, a.elided, let noun = lastCountedNoun, a.mention.first > 0, tokens[a.mention.first - 1].is("and") { subject = noun }
            // "40 more were wounded", "12 others were hurt": more of what was counted before.
            if subject.isEmpty, a.elided, a.nounEnd > a.mention.last, let previous = result.last?.subject ?? previousSubject { subject = previous }
            if subject.isEmpty, let t = trigger, t.1 == "number of" || t.1 == "toll" { subject = tollSubject(before: a.mention.first) ?? "" }
            if category == .money, a.elided || a.headCategory == .money && a.head == nil { subject = moneySubject(a.mention) }
            if category == .money, subject.isEmpty { subject = moneySubject(a.mention) }
            // "the government's $12 million aid package": a sum's noun phrase keeps all its words.
            if category == .money, !a.elided, let (s, e, _) = nounPhrase(from: a.subjectStart, toHead: false) { subject = text(s, e) }
            var mention = a.mention
            // "the death toll passed 1,000": the verb is the hedge.
            if mention.qualifier == .exact, trigger?.1 == "toll", mention.first > 0, let q = Self.tollPassingVerbs[tokens[mention.first - 1].lower] {
                mention.qualifier = q
            }
            result.append(FoundClaim(category: category, mention: mention, subject: subject, trigger: trigger?.1 ?? a.head))
            includedClaim.append(a.including)
        }
        return result
    }

    // MARK: Not claims

    /// "November 22", "22 November", "Nov. 10": a day of a month.
    private func isDateNumber(_ m: NumberMention) -> Bool {
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
        guard t.isWord, Lexicon.months.contains(t.lower) else { return false }
        if Lexicon.ambiguousMonths.contains(t.lower) { return t.capitalized }
        return true
    }

    /// Years, decades, times, durations, ages, labels, measures, names glued to letters.
    private func isNotClaim(_ m: NumberMention) -> Bool {
        let after = m.last + 1
        if let d = m.digitToken {
            let t = tokens[d]
            // "Il-76", "COVID-19", "G7": a number glued to letters is part of a name.
            if !t.spaceBefore, d > 0 {
                let prev = tokens[d - 1]
                if prev.isWord { return true }
                if prev.lower == "-", d > 1, tokens[d - 2].isWord, !prev.spaceBefore { return true }
                if prev.lower == "#" || prev.lower == "/" || prev.lower == "." { return true }
                // "787-9": a number glued by a hyphen to another number that did not make a range.
                if prev.lower == "-", d > 1, tokens[d - 2].isNumber, !prev.spaceBefore { return true }
            }
            // "400 737 Max jets": a number right after another number is a model or a name.
            if d > 0, tokens[d - 1].isNumber, m.first == m.numberStart { return true }
            // "1990s", "4th", "5km", "1e308", "40%".
            if d + 1 < n, !tokens[d + 1].spaceBefore, d + 1 > m.last || tokens[d + 1].isPunct {
                let next = tokens[d + 1]
                if next.isWord && Lexicon.scales[next.lower] == nil { return true }
                if next.lower == "%" || next.lower == "'" || next.lower == "/" { return true }
                if next.lower == "." , d + 2 < n, tokens[d + 2].isNumber, !tokens[d + 2].spaceBefore { return true }
            }
            if t.hasColon { return true }
            // Years: a bare four-digit number 1800...2100.
            if let v = m.value, m.unit == nil, t.digits == 4, !t.hasSeparator, !t.hasDecimal, v >= 1800, v <= 2100, m.last == d || m.upper != nil {
                if !(after < n && countedNounFollows(after)) { return true }
            }
            // A fraction with no scale or currency is a measure, not a count.
            if t.hasDecimal, m.unit == nil, m.last == d { return true }
            // Ages in apposition: "John Smith, 34, was killed".
            if m.first == m.numberStart, m.first >= 2, tokens[m.first - 1].lower == ",", tokens[m.first - 2].capitalized,
               after >= n || [",", ")", ".", ";"].contains(tokens[after].lower), let v = m.value, v < 120 {
                if after + 1 >= n || ["and", "or"].contains(tokens[after + 1].lower) == false { return true }
            }
            if m.first == m.numberStart, m.first >= 1, tokens[m.first - 1].lower == "(", m.first >= 2, tokens[m.first - 2].capitalized,
               after < n, tokens[after].lower == ")", let v = m.value, v < 120, m.upper == nil { return true }
        }
        // Labels before: "Paragraph 4", "No. 5", "aged 34", "Flight 17".
        if m.first == m.numberStart, m.unit == nil {
            var b = m.first - 1
            if b >= 0, tokens[b].lower == "." { b -= 1 }
            if b >= 0, tokens[b].isWord, Lexicon.labelWords.contains(tokens[b].lower) { return true }
            if b >= 0, tokens[b].lower == "#" { return true }
        }
        if after < n {
            let next = tokens[after]
            // Times: "4 am", "10 p.m.".
            if Lexicon.timeWords.contains(next.lower) { return true }
            // Durations and ages: "44 days", "nearly 30 years", "three years after".
            if Lexicon.durationUnits.contains(next.lower) { return true }
            if next.isWord, next.lower.hasPrefix("year-") || next.lower.hasPrefix("years-") { return true }
            if Lexicon.measureWords.contains(next.lower) && m.unit == nil { return true }
            // "44-day war", "34-year-old", "three-member": a hyphenated compound modifier.
            if next.lower == "-", !next.spaceBefore, after + 1 < n, tokens[after + 1].isWord, !tokens[after + 1].spaceBefore,
               tokens[after + 1].lower != "strong" {
                return true
            }
            // "the third", "one another", "one day"
            if next.is("another") { return true }
        }
        if m.value == nil && !m.vague { return true }
        // "no one", "not one", "any one": not a count.
        if !m.digits, m.first == m.numberStart, tokens[m.numberStart].is("one"), m.first > 0,
           ["no", "not", "any", "every", "each", "the", "this", "that", "which"].contains(tokens[m.first - 1].lower) { return true }
        return false
    }

    private func countedNounFollows(_ i: Int) -> Bool {
        var j = i
        var k = 0
        while j < n, k < 3, tokens[j].isWord {
            let w = tokens[j].lower
            if Lexicon.personHeads.contains(w) || Lexicon.troopHeads.contains(w) || Lexicon.mineHeads.contains(w)
                || Lexicon.equipmentHeads.contains(w) { return true }
            if Lexicon.phraseStops.contains(w) { return false }
            j += 1; k += 1
        }
        return false
    }

    private func elisionAllowed(_ m: NumberMention) -> Bool {
        // Only a number coordinated with the one before: "..., as well as 1,609 in ...", "and 300 in ...".
        guard m.first > 0, ["and", "plus", "while", "whereas"].contains(tokens[m.first - 1].lower)
                || (m.first > 1 && tokens[m.first - 1].is("as") && tokens[m.first - 2].is("well")) else { return false }
        let after = m.last + 1
        if after >= n { return true }
        let next = tokens[after]
        return next.isPunct || ["in", "on", "at", "from", "across", "near", "along", "inside", "within", "and", "were", "was", "had", "have", "of"].contains(next.lower)
    }

    // MARK: Noun phrases

    /// The counted noun phrase starting at `p`: first and last token and the head word.
    private func nounPhrase(from start: Int, toHead: Bool = true) -> (Int, Int, String)? {
        var p = start
        // Leading "more", "other", "additional": "two more soldiers".
        while p < n, ["more", "other", "additional", "further", "extra", "new", "fellow"].contains(tokens[p].lower), p - start < 2 { p += 1 }
        var words: [Int] = []
        var j = p
        while j < n, words.count < 8 {
            let t = tokens[j]
            if t.isWord {
                if Lexicon.phraseStops.contains(t.lower) && !(words.isEmpty && j == p && Lexicon.personHeads.contains(t.lower)) { break }
                if Lexicon.reportingVerbs.contains(t.lower) || Lexicon.reportingParticiples.contains(t.lower) { break }
                if !words.isEmpty, let last = words.last, t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing"),
                   !Lexicon.participleAdjectives.contains(t.lower) {
                    let prev = tokens[last].lower
                    if (prev.hasSuffix("s") && !prev.hasSuffix("'s")) || isHeadWord(prev) { break }
                }
                words.append(j); j += 1; continue
            }
            // Hyphenated compounds: "anti-personnel", "PMN-E", "air-defence".
            if t.lower == "-", !t.spaceBefore, !words.isEmpty, j + 1 < n, !tokens[j + 1].spaceBefore, tokens[j + 1].isWord || tokens[j + 1].isNumber {
                words.append(j); words.append(j + 1); j += 2; continue
            }
            break
        }
        guard !words.isEmpty else { return nil }
        // The head is the last counted noun we know, else the last plural, else the last word.
        var headIndex: Int?
        for w in words.reversed() where tokens[w].isWord && isHeadWord(tokens[w].lower) { headIndex = w; break }
        if headIndex == nil {
            for w in words.reversed() where tokens[w].isWord {
                let l = tokens[w].lower
                if l.count > 3, l.hasSuffix("s"), !l.hasSuffix("ss") { headIndex = w; break }
            }
        }
        var h = headIndex ?? words.last!
        if !toHead, let last = words.last, tokens[last].isWord { h = last }
        guard tokens[h].isWord else { return nil }
        return (p, h, tokens[h].lower)
    }

    /// The noun phrase that ends at token `end - 1` (for "formations (about 10,000-15,000)").
    private func nounPhraseBefore(_ bracket: Int) -> (Int, Int, String)? {
        var j = bracket - 1
        guard j >= 0, tokens[j].isWord, isHeadWord(tokens[j].lower) || tokens[j].lower.hasSuffix("s") else { return nil }
        let head = j
        var s = j
        while j >= 0, head - j < 6 {
            let t = tokens[j]
            if t.isWord, !Lexicon.phraseStops.contains(t.lower) { s = j; j -= 1; continue }
            if t.lower == "-", !t.spaceBefore, j > 0 { j -= 1; continue }
            break
        }
        return (s, head, tokens[head].lower)
    }

    /// "of the Ministry of Internal Affairs" after a relational head: the last token, if any.
    private func ofComplement(after e: Int) -> Int? {
        var j = e + 1
        guard j + 1 < n, tokens[j].is("of") else { return nil }
        j += 1
        if tokens[j].is("the") { j += 1 }
        guard j < n, tokens[j].isWord, tokens[j].capitalized || !Lexicon.phraseStops.contains(tokens[j].lower) else { return nil }
        var last = -1
        var count = 0
        while j < n, count < 8 {
            let t = tokens[j]
            if t.isWord, !Lexicon.phraseStops.contains(t.lower) { last = j; j += 1; count += 1; continue }
            // Inner "of"/"and"/"the" only between capitalised words: "Ministry of Internal Affairs".
            if t.isWord, ["of", "and", "the", "for"].contains(t.lower), j + 1 < n, tokens[j + 1].capitalized || tokens[j + 1].is("the") { j += 1; count += 1; continue }
            break
        }
        return last >= 0 ? last : nil
    }

    private func isHeadWord(_ w: String) -> Bool {
        Lexicon.personHeads.contains(w) || Lexicon.troopHeads.contains(w) || Lexicon.mineHeads.contains(w)
            || Lexicon.equipmentHeads.contains(w) || Lexicon.equipmentHeadsNeedingModifier.contains(w)
            || Lexicon.killedNouns.contains(w) || Lexicon.injuredNouns.contains(w) || Lexicon.casualtyNouns.contains(w)
            || Lexicon.displacedNouns.contains(w) || Lexicon.moneyNouns.contains(w)
    }

    private func headKind(head: String, from s: Int, to e: Int, mention: NumberMention, military: inout Bool?) -> HeadKind {
        if mention.unit != nil { return .money }
        let words = (s...e).filter { tokens[$0].isWord }.map { tokens[$0].lower }
        let modifiers = Set(words.dropLast())
        if Lexicon.mineHeads.contains(head) {
            if !Lexicon.mineHeadsNeedingModifier.contains(head) || !modifiers.isDisjoint(with: Lexicon.mineModifiers) { return .mines }
        }
        if Lexicon.contextualEquipmentHeads.contains(head), modifiers.isDisjoint(with: Lexicon.equipmentModifiers) {
            if militaryContext(cached: &military) || hasMilitaryDesignator(from: s, to: e) { return .equipment }
        } else if Lexicon.equipmentHeads.contains(head) && !Lexicon.equipmentHeadsNeedingModifier.contains(head) { return .equipment }
        if Lexicon.equipmentHeadsNeedingModifier.contains(head), !modifiers.isDisjoint(with: Lexicon.equipmentModifiers) { return .equipment }
        if Lexicon.troopHeads.contains(head) {
            if !Lexicon.troopHeadsNeedingModifier.contains(head) || !modifiers.isDisjoint(with: Lexicon.troopModifiers) { return .troops }
        }
        if Lexicon.killedNouns.contains(head) { return .killed }
        if Lexicon.injuredNouns.contains(head) { return .injured }
        if Lexicon.casualtyNouns.contains(head) { return .casualties }
        if Lexicon.displacedNouns.contains(head) { return .displaced }
        if Lexicon.personHeads.contains(head) { return .person }
        if Lexicon.moneyNouns.contains(head) && mention.vague { return .money }
        if head.count > 3, head.hasSuffix("s"), tokens[e].capitalized { return .person }  // "Palestinians", "Ukrainians"
        return .other
    }

    /// "F-16", "Su-25", "T-72": one to three letters, a hyphen, digits (not "A350-900" or "737-800").
    private func hasMilitaryDesignator(from s: Int, to e: Int) -> Bool {
        var j = s
        while j + 2 <= e {
            let t = tokens[j]
            if t.isWord, (1...3).contains(t.lower.count), t.capitalized, !t.lower.contains(where: \.isNumber),
               tokens[j + 1].lower == "-", !tokens[j + 1].spaceBefore, tokens[j + 2].isNumber, !tokens[j + 2].spaceBefore { return true }
            j += 1
        }
        return false
    }

    private func looksLikePeople(_ a: Analysis) -> Bool {
        a.headCategory == .person || a.headCategory == .troops
    }

    /// Whether `b` continues the coordination of `a`: only ",", "and", "or", "as well as" between them.
    private func joins(_ a: Analysis, _ b: Analysis) -> Bool {
        let from = a.nounEnd + 1
        let to = b.mention.first
        guard to > from, to - from <= 4 else { return false }
        for j in from..<to {
            let l = tokens[j].lower
            if !(l == "," || l == "and" || l == "or" || l == "as" || l == "well" || l == "plus" || l == "the") { return false }
        }
        return true
    }

    // MARK: Triggers

    /// A verb or death noun before the amount whose object the amount counts.
    private func preTrigger(_ m: NumberMention) -> (ClaimCategory, String)? {
        var j = m.first - 1
        // Skip determiners and "a total of".
        var steps = 0
        while j >= 0, steps < 4 {
            let l = tokens[j].lower
            if l == "the" || l == "another" || l == "a" || l == "an" || l == "all" || l == "some" || l == "total" || l == "further"
                || l == "additional" || l == "least" || l == "its" || l == "their" || l == "his" || l == "her" {
                j -= 1; steps += 1; continue
            }
            if l == "of", j >= 1, tokens[j - 1].is("total") { j -= 2; steps += 1; continue }
            break
        }
        guard j >= 0 else { return nil }
        let w = tokens[j].lower
        // "killed or wounded 60 people", "wounded and killed 12": both verbs, undivided.
        if j >= 2, tokens[j - 1].is("or") || tokens[j - 1].is("and"),
           Lexicon.killedVerbs.contains(w) && Lexicon.injuredVerbs.contains(tokens[j - 2].lower)
            || Lexicon.injuredVerbs.contains(w) && Lexicon.killedVerbs.contains(tokens[j - 2].lower) {
            return (.casualties, tokens[j - 2].lower + " " + tokens[j - 1].lower + " " + w)
        }
        if Lexicon.killedVerbs.contains(w) {
            if w == "claimed" || w == "shot" { return nil }
            return (.killed, w)
        }
        if Lexicon.injuredVerbs.contains(w) { return (.injured, w) }
        if Lexicon.lossVerbs.contains(w) { return (.casualties, w) }
        if Lexicon.displacedVerbs.contains(w) && w != "forcing" { return (.displaced, w) }
        // "Among the dead were four officers", "the victims included 3 children".
        if ["were", "are", "was", "is", "included", "include", "includes"].contains(w), j >= 1 {
            switch tokens[j - 1].lower {
            case "dead", "killed", "fatalities": return (.killed, tokens[j - 1].lower)
            case "injured", "wounded": return (.injured, tokens[j - 1].lower)
            case "victims", "casualties": return (.casualties, tokens[j - 1].lower)
            default: break
            }
        }
        if w == "of", j >= 1 {
            let noun = tokens[j - 1].lower
            if Lexicon.deathOfNouns.contains(noun) { return (.killed, noun) }
            if Lexicon.injuryOfNouns.contains(noun) { return (.injured, noun) }
            if noun == "casualties" || noun == "victims" { return (.casualties, noun) }
        }
        // "raised the number of people who lost their lives ... to 61", "the death toll rose to 61".
        if w == "to" || w == "at" || w == "reached" || w == "hit" || w == "stood" || w == "of" || Self.tollPassingVerbs[w] != nil {
            return tollTrigger(before: j)
        }
        return nil
    }

    /// "killed a commander and 4 fighters": a killing/wounding verb, then "a/an/the/one" and up to four
    /// words without a number or mark, then "and" right before the mention.
    private func verbBeforeCoordinatedObject(_ m: NumberMention) -> (ClaimCategory, String)? {
        var j = m.first - 1
        guard j >= 3, tokens[j].is("and") else { return nil }
        j -= 1
        let stop = max(0, j - 5)
        while j > stop, tokens[j].isWord, !tokens[j].is("and") {
            let w = tokens[j - 1].lower
            if ["a", "an", "the", "one", "his", "her", "their", "its"].contains(tokens[j].lower) || tokens[j].capitalized {
                if Lexicon.killedVerbs.contains(w), w != "claimed", w != "shot" { return (.killed, w) }
                if Lexicon.injuredVerbs.contains(w) { return (.injured, w) }
            }
            j -= 1
        }
        return nil
    }

    private func tollTrigger(before end: Int) -> (ClaimCategory, String)? {
        var j = end - 1
        let stop = max(0, end - 30)
        while j >= stop {
            let l = tokens[j].lower
            if l == "." || l == ";" { return nil }
            if l == "toll" {
                if j > 0, ["injury", "injured", "wounded"].contains(tokens[j - 1].lower) { return (.injured, "toll") }
                if j > 0, tokens[j - 1].is("casualty") { return (.casualties, "toll") }
                return (.killed, "toll")
            }
            if l == "number", j + 1 < end, tokens[j + 1].is("of") {
                // What the number counts: the predicate or noun within the next words.
                var k = j + 2
                while k < end, k < j + 14 {
                    let w = tokens[k].lower
                    if Lexicon.killedPredicates.contains(w) || Lexicon.killedNouns.contains(w) || w == "lost" { return (.killed, "number of") }
                    if Lexicon.injuredPredicates.contains(w) || Lexicon.injuredNouns.contains(w) { return (.injured, "number of") }
                    if Lexicon.casualtyNouns.contains(w) { return (.casualties, "number of") }
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
            if tokens[j].is("number"), j + 2 < end, tokens[j + 1].is("of"), let (s, e, _) = nounPhrase(from: j + 2) { return text(s, e) }
            if tokens[j].is("toll") { return j > 0 && tokens[j - 1].isWord ? text(j - 1, j) : "toll" }
            j -= 1
        }
        return nil
    }

    /// The predicate after a noun phrase: "were killed", "died", "have been wounded or killed", "lost their lives".
    private func postTrigger(after e: Int) -> (ClaimCategory, String)? {
        var j = e + 1
        var skipped = 0
        // A parenthetical between the noun and its predicate: "Five people, including two children, were killed".
        if j + 1 < n, tokens[j].lower == ",", ["including", "among", "mostly", "mainly", "most", "many", "all", "both", "some", "half"].contains(tokens[j + 1].lower) {
            var k = j + 2
            while k < n, k - j < 16, tokens[k].lower != "," { k += 1 }
            if k < n, tokens[k].lower == "," { j = k + 1 }
        }
        // An apposition: "more than 300 of its citizens, civilians and soldiers, have been killed".
        if j + 2 < n, tokens[j].lower == ",", tokens[j + 1].isWord {
            var k = j + 1
            while k < n, k - j < 8, tokens[k].isWord, !Lexicon.auxiliaries.contains(tokens[k].lower) { k += 1 }
            if k + 1 < n, tokens[k].lower == ",", Lexicon.auxiliaries.contains(tokens[k + 1].lower)
                || Lexicon.killedPredicates.contains(tokens[k + 1].lower) || Lexicon.injuredPredicates.contains(tokens[k + 1].lower) {
                j = k + 1
            }
        }
        // A coordinated noun without a number: "Six soldiers and a civilian were killed".
        if j + 1 < n, tokens[j].is("and") || tokens[j].is("or"), ["a", "an", "one", "another", "the", "their", "his", "her"].contains(tokens[j + 1].lower) {
            var k = j + 2
            while k < n, k - j < 7, tokens[k].isWord, !Lexicon.auxiliaries.contains(tokens[k].lower), !Lexicon.killedPredicates.contains(tokens[k].lower),
                  !Lexicon.injuredPredicates.contains(tokens[k].lower) { k += 1 }
            if k < n, k > j + 2, Lexicon.auxiliaries.contains(tokens[k].lower) || Lexicon.killedPredicates.contains(tokens[k].lower)
                || Lexicon.injuredPredicates.contains(tokens[k].lower) { j = k }
        }
        // A prepositional phrase may sit between: "two civilians in the village were killed".
        if j < n, ["in", "from", "at", "on", "near", "inside", "aboard", "across"].contains(tokens[j].lower) {
            var k = j + 1
            while k < n, k - j < 9 {
                let t = tokens[k]
                if t.isPunct || t.isNumber { break }
                if Lexicon.auxiliaries.contains(t.lower) || Lexicon.killedPredicates.contains(t.lower) || Lexicon.injuredPredicates.contains(t.lower) {
                    j = k; break
                }
                k += 1
            }
        }
        while j < n, skipped < 6, Lexicon.auxiliaries.contains(tokens[j].lower) || tokens[j].lower == "(" || tokens[j].lower == ")" {
            if ["who", "that", "which", "to"].contains(tokens[j].lower) && skipped > 2 { break }
            j += 1; skipped += 1
        }
        guard j < n else { return nil }
        let w = tokens[j].lower
        var found: (ClaimCategory, String)?
        // "were taken to hospital", "rushed to a nearby hospital": injured, before "taken" reads as captured.
        if Self.toHospitalVerbs.contains(w), leadsToHospital(from: j + 1) { return (.injured, w + " to hospital") }
        // "suffered minor injuries", "sustained burns", "needed hospital treatment".
        if Self.sufferVerbs.contains(w) {
            var k = j + 1
            while k < n, k - j <= 3, tokens[k].isWord {
                if Self.injuryObjects.contains(tokens[k].lower) { return (.injured, w + " " + tokens[k].lower) }
                k += 1
            }
        }
        if Lexicon.killedPredicates.contains(w) { found = (.killed, w) }
        else if Lexicon.injuredPredicates.contains(w) { found = (.injured, w) }
        else if Lexicon.displacedPredicates.contains(w) && w != "rescued" { found = (.displaced, w) }
        else if Lexicon.otherPredicates.contains(w) { return (.other, w) }
        else if (w == "lost" || w == "lose"), j + 2 < n, tokens[j + 2].is("lives") || tokens[j + 2].is("life") { return (.killed, "lost their lives") }
        else if ["become", "became", "becoming"].contains(w), j + 1 < n {
            let next = tokens[j + 1].lower
            if Lexicon.casualtyNouns.contains(next) { return (.casualties, next) }
        }
        else if w == "among", j + 2 < n, tokens[j + 1].is("the") {
            let next = tokens[j + 2].lower
            if next == "dead" { return (.killed, "dead") }
            if next == "injured" || next == "wounded" { return (.injured, next) }
        }
        // "were being treated for injuries", "are in hospital", "receiving treatment".
        if found == nil {
            if (w == "treated" || w == "receiving" || w == "hospitalised" || w == "hospitalized"), j + 1 < n {
                if w.hasPrefix("hospital") || tokens[j + 1].is("treatment") || tokens[j + 1].is("for") || tokens[j + 1].is("in")
                    || w == "treated" && tokens[j + 1].is("at") { return (.injured, w) }
            }
            if w == "in", j + 1 < n, tokens[j + 1].is("hospital") || (j + 2 < n && tokens[j + 1].is("the") && tokens[j + 2].is("hospital")) {
                return (.injured, "in hospital")
            }
            // "were in critical condition", "remain in a serious condition", "in intensive care".
            let at = ["remain", "remains", "remained", "stay", "stays", "stayed"].contains(w) ? j + 1 : j
            if at + 2 < n, tokens[at].is("in") {
                var k = at + 1
                if tokens[k].is("a"), k + 2 < n { k += 1 }
                if ["critical", "serious", "stable", "grave"].contains(tokens[k].lower), tokens[k + 1].is("condition") { return (.injured, "in condition") }
                if tokens[k].is("intensive"), tokens[k + 1].is("care") { return (.injured, "in intensive care") }
            }
        }
        guard var result = found else { return nil }
        // "wounded or killed", "killed or injured", "killed and wounded": casualties undivided.
        if j + 2 < n, tokens[j + 1].is("or") || tokens[j + 1].is("and") {
            let other = tokens[j + 2].lower
            let otherCategory: ClaimCategory? = Lexicon.killedPredicates.contains(other) ? .killed : (Lexicon.injuredPredicates.contains(other) ? .injured : nil)
            if let oc = otherCategory, oc != result.0 { result = (.casualties, w + " " + tokens[j + 1].lower + " " + other) }
        }
        if result.1 == "shot", !(j + 1 < n && tokens[j + 1].is("dead")) { return nil }
        return result
    }

    /// Verbs of moving the injured: "taken to hospital", "airlifted to a hospital".
    static let toHospitalVerbs: Set<String> = ["taken", "rushed", "admitted", "airlifted", "flown", "brought", "transported", "transferred", "sent", "evacuated", "carried"]
    /// Verbs whose object may be an injury: "suffered minor injuries", "needed treatment".
    static let sufferVerbs: Set<String> = ["suffered", "sustained", "suffering", "sustaining", "needed", "required", "requiring", "needing"]
    static let injuryObjects: Set<String> = ["injuries", "injury", "wounds", "wound", "burns", "fractures", "inhalation", "treatment", "concussions", "gunshot"]
    /// Verbs of a toll passing a number, and the hedge they imply: "the death toll passed 1,000".
    static let tollPassingVerbs: [String: Qualifier] = ["passed", "topped", "exceeded", "surpassed", "crossed", "neared", "approached"]
        .reduce(into: [:]) { $0[$1] = ["neared", "approached"].contains($1) ? .nearly : .moreThan }

    /// "to hospital", "to a nearby hospital", "to the Royal London Hospital": within five words.
    private func leadsToHospital(from k: Int) -> Bool {
        guard k < n, tokens[k].is("to") || tokens[k].is("into") else { return false }
        var j = k + 1
        while j < n, j - k <= 5, tokens[j].isWord {
            if ["hospital", "hospitals", "clinic", "clinics", "infirmary"].contains(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// Nouns that only say "an amount" ("a total of", "to the tune of"): they do not name what a sum is for.
    static let amountNouns: Set<String> = ["value", "amount", "sum", "total", "figure", "tune", "tally", "region", "excess", "upwards"]

    /// Adjectives that stand for the people they describe after "of the": "of the dead", "of the wounded".
    static let collectiveCasualty: [String: ClaimCategory] = ["dead": .killed, "injured": .injured, "wounded": .injured]

    /// "were civilians" after a partitive: the predicate noun phrase's tokens.
    private func predicateNominal(after e: Int) -> (Int, Int)? {
        var j = e + 1
        guard j < n, ["were", "was", "are", "is"].contains(tokens[j].lower) else { return nil }
        j += 1
        if j < n, tokens[j].is("all") { j += 1 }
        guard let (s, end, _) = nounPhrase(from: j) else { return nil }
        return (s, end)
    }

    // MARK: Money

    /// What a sum pays for: "$400m in aid" → "aid"; "clearing mines ... will cost $25 billion" → "clearing mines ...".
    private func moneySubject(_ m: NumberMention) -> String {
        var p = m.last + 1
        // Skip a bracketed conversion: "500 million manats ($294m) for reconstruction".
        if p < n, tokens[p].lower == "(" {
            var q = p + 1
            while q < n, q - p < 12, tokens[q].lower != ")" { q += 1 }
            if q < n { p = q + 1 }
        }
        if p + 1 < n, tokens[p].is("worth"), tokens[p + 1].is("of") { p += 1 }
        // "€1.2bn to repair Ukraine's damaged power grid": the object of the purpose.
        if p + 2 < n, tokens[p].is("to"), tokens[p + 1].isWord {
            var q = p + 2
            if q < n, ["the", "a", "an", "its", "their"].contains(tokens[q].lower) { q += 1 }
            if let (s, e, _) = nounPhrase(from: q, toHead: false) { return text(s, e) }
        }
        if p + 1 < n, ["in", "for", "of", "on"].contains(tokens[p].lower) {
            var q = p + 1
            if q < n, ["the", "a", "an", "its", "their"].contains(tokens[q].lower) { q += 1 }
            if let (s, e, _) = nounPhrase(from: q, toHead: false) { return text(s, e) }
        }
        // "an emergency fund of €15 million", "a package worth $2bn": the noun the sum measures,
        // when no purpose follows the sum.
        if m.first >= 2, tokens[m.first - 1].is("of") || tokens[m.first - 1].is("worth"), tokens[m.first - 2].isWord,
           !Lexicon.phraseStops.contains(tokens[m.first - 2].lower), !Self.amountNouns.contains(tokens[m.first - 2].lower) {
            var s = m.first - 2
            while s > 0, m.first - 2 - s < 3, tokens[s - 1].isWord, !Lexicon.phraseStops.contains(tokens[s - 1].lower) {
                s -= 1
            }
            if s > 0, ["a", "an", "the", "its", "their", "his", "her", "this", "that"].contains(tokens[s - 1].lower) || tokens[s - 1].lower.hasSuffix("'s") {
                return text(s, m.first - 2)
            }
        }
        // "put the cost at $1.2bn"
        if m.first >= 2, tokens[m.first - 1].is("at") {
            var j = m.first - 2
            while j >= 0, m.first - j < 8 {
                if ["put", "puts", "estimated", "estimates", "valued", "values", "priced", "pegged", "placed", "set"].contains(tokens[j].lower) {
                    return text(j + 1, m.first - 2)
                }
                if tokens[j].isPunct { break }
                j -= 1
            }
        }
        // "... will cost $25 billion": the clause subject before the verb.
        var v = m.first - 1
        while v >= 0, m.first - v <= 5, !Lexicon.moneyVerbs.contains(tokens[v].lower) { v -= 1 }
        guard v >= 0, Lexicon.moneyVerbs.contains(tokens[v].lower) else { return "" }
        var b = v - 1
        while b >= 0 {
            let l = tokens[b].lower
            if tokens[b].isPunct && l != "-" && l != "'" { break }
            if l == "that" || tokens[b].has(Lexicon.Flag.reporting) { break }
            b -= 1
        }
        var s = b + 1
        // "a package ..., which has raised €10 billion": the relative pronoun stands for the noun before it.
        if s < v, ["which", "who"].contains(tokens[s].lower), b >= 1, tokens[b].lower == "," {
            var ns = b
            while ns > 0, b - ns < 5, tokens[ns - 1].isWord, !Lexicon.phraseStops.contains(tokens[ns - 1].lower) { ns -= 1 }
            if ns < b { return text(ns, b - 1) }
            // "a package agreed in Rome in 2025, which ...": the noun phrase after the nearest article.
            var d = b - 1
            while d >= 0, b - d < 14, !tokens[d].isPunct || tokens[d].lower == "-" {
                if ["a", "an", "the"].contains(tokens[d].lower), let (ps, pe, _) = nounPhrase(from: d + 1) {
                    // "a package agreed in Rome": a participle after the noun is not part of it.
                    var last = pe
                    while last > ps, tokens[last].lower.hasSuffix("ed") { last -= 1 }
                    return text(ps, last)
                }
                d -= 1
            }
            return ""
        }
        // A relative pronoun is never a subject.
        if s < v, ["which", "who", "that", "whom"].contains(tokens[s].lower) { return "" }
        var e = s
        let verbish: Set<String> = ["will", "would", "could", "can", "may", "might", "is", "are", "was", "were", "has", "have", "had",
                                    "take", "takes", "took", "cost", "costs", "costing", "to", "should", "must", "did", "does"]
        while e < v, !verbish.contains(tokens[e].lower) { e += 1 }
        if e == s { return "" }
        // "The company cut 1,200 jobs and lost €3 billion": a whole first clause is no subject.
        if tokens[e - 1].is("and") || tokens[e - 1].is("but") || (s..<e).contains(where: { tokens[$0].isNumber }) { return "" }
        if tokens[s].is("and") { s += 1 }
        return text(s, e - 1)
    }
}
