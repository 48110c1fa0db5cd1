import Foundation

extension ClaimContext {
    /// What a sum is told as: what something costs or needs, or what someone gives.
    enum MoneyRole: Sendable {
        /// A cost, price, need or damage ("it will take $60 million to clear ...").
        case cost
        /// A pledge, investment, grant or aid ("the government is investing $60 million").
        case pledge
    }

    /// Content-word hashes of the clause that holds a sum's amount (between commas, semicolons,
    /// brackets, colons or "and"), sorted: the thing a price is the price of; empty when the amount's
    /// digits are not found in the sentence. And the sum's role, read in that clause (else in the
    /// sentence), when its words tell one role and not the other.
    static func amountClause(of claim: Claim) -> (words: [UInt64], role: MoneyRole?) {
        amountClause(
            of: claim, sentenceWords: SubjectKindTable.words(claim.sentence), clauseWords: amountClauseWords(of: claim))
    }

    /// `amountClause(of:)` from the words of the claim's sentence and of its amount's clause, split once
    /// by the caller (`clauseWords` nil when the amount's digits are not found).
    static func amountClause(of claim: Claim, sentenceWords: [String], clauseWords: [String]?) -> (
        words: [UInt64], role: MoneyRole?
    ) {
        guard claim.category == .money, let value = claim.value, value >= 1 else { return ([], nil) }
        guard let all = clauseWords else { return ([], role(sentenceWords)) }
        let words = ClaimContext.withParts(all).filter { word in
            !Lexicon.contextStopWords.contains(word) && word.count > 2 && Lexicon.scales[word] == nil
                && Lexicon.currencyWords[word] == nil
                && !word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," }
        }
        return (Array(Set(words.map(ClaimContext.hash))).sorted(), role(all))
    }

    /// The words of the clause of the claim's sentence that holds its amount's digits (see
    /// `clause(around:in:)`); nil for no value under 1 or when the digits are not found.
    static func amountClauseWords(of claim: Claim) -> [String]? {
        guard let value = claim.value, value >= 1 else { return nil }
        let sentence = claim.sentence
        guard let hit = amountTexts(value).lazy.compactMap({ ClaimContext.amount($0, in: sentence) }).first else {
            return nil
        }
        return SubjectKindTable.words(String(sentence[clause(around: hit, in: sentence)]))
    }

    /// The clause of `sentence` around `hit`: between commas, semicolons, brackets, colons or "and".
    static func clause(around hit: Range<String.Index>, in sentence: String) -> Range<String.Index> {
        let stops: Set<Character> = [",", ";", "(", ")", ":", "[", "]"]
        var lower = hit.lowerBound, upper = hit.upperBound
        while lower > sentence.startIndex, !stops.contains(sentence[sentence.index(before: lower)]),
            !sentence[..<lower].hasSuffix(" and ")
        { lower = sentence.index(before: lower) }
        while upper < sentence.endIndex, !stops.contains(sentence[upper]), !sentence[upper...].hasPrefix(" and ") {
            upper = sentence.index(after: upper)
        }
        return lower..<upper
    }

    /// The role the words tell, if they tell one and not the other.
    private static func role(_ words: [String]) -> MoneyRole? {
        let cost = words.contains { Lexicon.moneyCostWords.contains($0) }
        let pledge = words.contains { Lexicon.moneyPledgeWords.contains($0) }
        return cost == pledge ? nil : cost ? .cost : .pledge
    }

    /// How an amount's number may be written: "449,000" and "449000" below a million ("2.53" and
    /// "1,472.19" with cents), else the number of millions or billions ("6.5" of "$6.5 billion", "47"
    /// of "£47m").
    static func amountTexts(_ value: Double) -> [String] {
        guard value >= 1_000_000 else {
            let digits = String(Int(value))
            var grouped = ""
            for (i, c) in digits.reversed().enumerated() {
                grouped = (i > 0 && i % 3 == 0 ? "\(c)," : "\(c)") + grouped
            }
            // A sum with cents is found by its cents too: "2" alone would find the "2" of "$2.8 billion".
            let shortest = "\(value)"
            guard value != value.rounded(), let point = shortest.firstIndex(of: "."), !shortest.contains("e") else {
                return [grouped, digits]
            }
            let cents = shortest[point...]
            return [grouped + cents, digits + cents]
        }
        let mantissa = value >= 1_000_000_000 ? value / 1_000_000_000 : value / 1_000_000
        var text = String(format: "%.2f", mantissa)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return [text]
    }

    /// The first place `digits` stand as a number of their own in `text` (no digit right before or after,
    /// not the decimals of another number).
    static func amount(_ digits: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let r = text.range(of: digits, range: from..<text.endIndex) {
            let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
            let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
            if !before.isNumber && !after.isNumber && before != "," && before != "." { return r }
            from = r.upperBound
        }
        return nil
    }

    /// Whether the clauses holding two sums share a content word (a price of one thing, not of two).
    func sharesClauseWord(_ other: ClaimContext) -> Bool {
        guard !clause.isEmpty, !other.clause.isEmpty else { return true }
        return !Set(clause).isDisjoint(with: other.clause)
    }

    /// Whether two sums are told in two roles (a cost and a pledge): two sums whatever their numbers.
    func otherRole(_ other: ClaimContext) -> Bool {
        guard let a = moneyRole, let b = other.moneyRole else { return false }
        return a != b
    }

    /// Whether the number is told as a cap ("up to", "at most", "fewer than").
    var isCap: Bool { claim.qualifier == .atMost || claim.qualifier == .fewerThan }
}
