/// The per-sentence rules: which numbers are claims, what they count and in which category.
///
/// The category comes from the word the number attaches to (its counted noun, the verb whose
/// object it is, the predicate after its noun phrase), never from mere proximity.
///
/// Three passes (see Extract/README.md): `read` analyses each mention (not-claims from
/// `NotClaimRules.table`, counted noun, partitive, triggers), `chains` links coordinated
/// mentions, and each mention's `Decision` goes through `DecisionRules.table` in order.
struct ClaimRules: Sendable {
    let tokens: [Token]
    let bytes: [UInt8]

    /// Values already claimed earlier in the article, with their categories (for "of the 45 casualties").
    var earlier: [Double: ClaimCategory] = [:]
    /// The subject of the article's latest claim (for "40 more were wounded" in a later sentence).
    var previousSubject: String?
    /// The category of the previous sentence's last claim, nil when it had counts but no claim
    /// (for "That figure included ...", "Among them are ...").
    var previousCategory: ClaimCategory?
    /// The rule tables (tests run them without one rule to show what it does).
    var decisionRules: [any DecisionRule] = DecisionRules.table
    var notClaimRules: [any NotClaimRule] = NotClaimRules.table

    /// A category and the word that set it ("killed", "number of", "toll").
    typealias Trigger = (ClaimCategory, String)

    /// Whether the sentence names a toll ("toll", "number", "tally", "count") or opens a list with
    /// "among": looked up once, so the toll and list look-backs of each amount end at once without.
    let namesToll: Bool
    let hasAmong: Bool

    init(tokens: [Token], bytes: [UInt8]) {
        self.tokens = tokens
        self.bytes = bytes
        // (Token flags: the tokenizer looked each word up once.)
        var flags: UInt32 = 0
        for index in tokens.indices { flags |= tokens[index].flags }
        namesToll = flags & Lexicon.Flag.namesToll != 0
        hasAmong = flags & Lexicon.Flag.opensList != 0
    }

    var n: Int { tokens.count }

    /// The sentence talks of arms or fighting (decides "missiles", "aircraft", "drones").
    private var militaryContext: Bool { tokens.contains { $0.isWord && Lexicon.militaryContext.contains(token: $0) } }

    /// `militaryContext`, scanned at most once per sentence (a sentence may hold hundreds of amounts).
    func militaryContext(cached: inout Bool?) -> Bool {
        if let known = cached { return known }
        let found = militaryContext
        cached = found
        return found
    }

    /// Whether the sentence reads as another language: more function words of German, French or
    /// Spanish than of English (read only when a count is about to be kept).
    var readsAsAnotherLanguage: Bool {
        var english = 0, other = 0
        for (i, t) in tokens.enumerated() where t.isWord {
            if Lexicon.englishFunctionWords.contains(token: t) {
                english += 1
            } else if Lexicon.foreignFunctionWords.contains(token: t) {
                other += 1
            }
            // "die Schneemaske": the German article before a capitalised noun.
            else if t.lower == "die", i + 1 < n, tokens[i + 1].isWord, tokens[i + 1].capitalized {
                other += 1
            }
        }
        return other >= 2 && other > english
    }

    /// The sentence's text from token `from` through token `through` ("" when out of range).
    func text(_ from: Int, _ through: Int) -> String {
        guard from <= through, from >= 0, through < n else { return "" }
        return String(decoding: bytes[tokens[from].start..<tokens[through].end], as: UTF8.self)
    }

    /// The claims among `mentions` (the sentence's amounts, in order).
    func claims(_ mentions: [NumberMention]) -> [FoundClaim] {
        let analyses = read(mentions)
        let chains = self.chains(analyses)
        var context = DecisionContext(sentence: self, analyses: analyses)
        for k in analyses.indices {
            let a = analyses[k]
            var decision = Decision(
                analysis: a, chainHead: chains.head[k], chainTail: chains.tail[k],
                subject: a.elided ? "" : text(a.subjectStart, a.subjectEnd))
            if DecisionRules.decide(&decision, in: context, rules: decisionRules) {
                context.found.append(
                    FoundClaim(
                        category: decision.category!, mention: decision.mention,
                        subject: decision.subject, trigger: decision.trigger?.1 ?? a.head))
                context.included.append(a.including)
                context.categoryOf[k] = decision.category
            }
            if !a.elided, !a.pronounPartitive, a.headCategory == .person || a.headCategory == .counts(.troops) {
                context.lastCountedNoun = text(a.subjectStart, a.subjectEnd)
            }
        }
        return context.found
    }

    /// Coordination: "four police officers and two civilians were killed", "the death of the four ... and two civilians".
    /// Per analysis, the index of the first and of the last analysis of its chain.
    func chains(_ analyses: [MentionAnalysis]) -> (head: [Int], tail: [Int]) {
        var chainStart = 0
        var chains: [Int] = Array(repeating: 0, count: analyses.count)
        for k in analyses.indices {
            if k > 0, joins(analyses[k - 1], analyses[k]) {
                chains[k] = chainStart
            } else {
                chainStart = k; chains[k] = k
            }
        }
        var chainEnd: [Int: Int] = [:]
        for k in analyses.indices { chainEnd[chains[k]] = k }
        return (chains, analyses.indices.map { chainEnd[chains[$0]] ?? $0 })
    }

    /// Whether `b` continues the coordination of `a`: only ",", "and", "or", "as well as" between them.
    private func joins(_ a: MentionAnalysis, _ b: MentionAnalysis) -> Bool {
        let from = a.nounEnd + 1
        let to = b.mention.first
        guard to > from, to - from <= 4 else { return false }
        for j in from..<to where !Lexicon.chainJoiners.contains(token: tokens[j]) { return false }
        return !opensBreakdown(a.mention)
    }

    /// "Of the 300 soldiers, 40 were killed": the whole of a leading "of (the) N" is no item of a
    /// list with the count after its comma (that count's predicate is not the whole's).
    private func opensBreakdown(_ m: NumberMention) -> Bool {
        var j = m.first - 1
        if j >= 0, Lexicon.partitiveDeterminers.contains(token: tokens[j]) { j -= 1 }
        guard j >= 0, Lexicon.breakdownOpeners.contains(token: tokens[j]) else { return false }
        return j == 0 || [",", ";", ":"].contains(tokens[j - 1].lower)
    }
}
