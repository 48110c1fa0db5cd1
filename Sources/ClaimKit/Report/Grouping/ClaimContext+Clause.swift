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
    /// Every mark is ASCII, so the clause is found in the UTF-8 bytes (a byte of a longer character
    /// is never one of them).
    static func clause(around hit: Range<String.Index>, in sentence: String) -> Range<String.Index> {
        let bytes = sentence.utf8
        func isStop(_ byte: UInt8) -> Bool { Self.clauseStops.contains(byte) }
        func isAnd(from start: String.Index) -> Bool { bytes[start...].starts(with: Self.andBytes) }
        var lower = hit.lowerBound, upper = hit.upperBound
        while lower > bytes.startIndex, !isStop(bytes[bytes.index(before: lower)]) {
            if let back = bytes.index(lower, offsetBy: -Self.andBytes.count, limitedBy: bytes.startIndex),
                isAnd(from: back)
            {
                break
            }
            lower = bytes.index(before: lower)
        }
        while upper < bytes.endIndex, !isStop(bytes[upper]), !isAnd(from: upper) { upper = bytes.index(after: upper) }
        return lower..<upper
    }

    private static let clauseStops: [UInt8] = Array(",;():[]".utf8)
    private static let andBytes: [UInt8] = Array(" and ".utf8)

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
    /// not the decimals of another number). The digits are ASCII: they are looked for byte by byte.
    static func amount(_ digits: String, in text: String) -> Range<String.Index>? {
        let needle = Array(digits.utf8), bytes = text.utf8
        guard let first = needle.first else { return nil }
        var from = bytes.startIndex
        while let start = bytes[from...].firstIndex(of: first) {
            from = bytes.index(after: start)
            guard let end = bytes.index(start, offsetBy: needle.count, limitedBy: bytes.endIndex),
                bytes[start..<end].elementsEqual(needle)
            else { continue }
            let before = start > text.startIndex ? text[text.index(before: start)] : " "
            let after = end < text.endIndex ? text[end] : " "
            if !before.isNumber && !after.isNumber && before != "," && before != "." { return start..<end }
            from = end
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
