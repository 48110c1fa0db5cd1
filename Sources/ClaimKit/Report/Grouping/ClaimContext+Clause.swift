extension ClaimContext {
    /// Content-word hashes of the clause that holds a sum's amount (between commas, semicolons,
    /// brackets, colons or "and"), sorted: the thing a price is the price of. Empty when the amount's
    /// digits are not found in the sentence (then the whole sentence's words stand in).
    static func amountClause(of claim: Claim) -> [UInt64] {
        guard claim.category == .money, let value = claim.value, value >= 1, value < 1_000_000 else { return [] }
        let digits = String(Int(value))
        var grouped = ""
        for (i, c) in digits.reversed().enumerated() { grouped = (i > 0 && i % 3 == 0 ? "\(c)," : "\(c)") + grouped }
        let sentence = claim.sentence
        guard let hit = [grouped, digits].lazy.compactMap({ ClaimContext.amount($0, in: sentence) }).first else { return [] }
        let stops: Set<Character> = [",", ";", "(", ")", ":", "[", "]"]
        var lower = hit.lowerBound, upper = hit.upperBound
        while lower > sentence.startIndex, !stops.contains(sentence[sentence.index(before: lower)]),
              !sentence[..<lower].hasSuffix(" and ") { lower = sentence.index(before: lower) }
        while upper < sentence.endIndex, !stops.contains(sentence[upper]), !sentence[upper...].hasPrefix(" and ") {
            upper = sentence.index(after: upper)
        }
        let words = SubjectKindTable.words(String(sentence[lower..<upper])).filter { word in
            !Lexicon.contextStopWords.contains(word) && word.count > 2 && !word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," }
        }
        return Array(Set(words.map(ClaimContext.hash))).sorted()
    }

    /// The first place `digits` stand as a whole number in `text` (no digit right before or after).
    private static func amount(_ digits: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let r = text.range(of: digits, range: from..<text.endIndex) {
            let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
            let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
            if !before.isNumber && !after.isNumber && before != "," { return r }
            from = r.upperBound
        }
        return nil
    }

    /// Whether the clauses holding two sums share a content word (a price of one thing, not of two).
    func sharesClauseWord(_ other: ClaimContext) -> Bool {
        guard !clause.isEmpty, !other.clause.isEmpty else { return true }
        return !Set(clause).isDisjoint(with: other.clause)
    }

    /// Whether the number is told as a cap ("up to", "at most", "fewer than").
    var isCap: Bool { claim.qualifier == .atMost || claim.qualifier == .fewerThan }
}
