import Foundation

extension ClaimContext {
    /// What a count covers besides its subject, read in the clause holding its number: a period
    /// ("last year", "in 2023", "yearly", "since 2015") or what is left ("remaining"); "" for none or
    /// when the number is not written in digits (a year after publication is a plan, "troops for the
    /// exercise in 2024", not a period counted). A yearly statistic and one incident's toll, or what
    /// was cleared and what remains, are two measures whatever their subjects.
    static func scope(of claim: Claim) -> String { scope(of: claim, clauseWords: amountClauseWords(of: claim)) }

    /// `scope(of:)` from the words of the clause holding the claim's amount (`amountClauseWords`).
    static func scope(of claim: Claim, clauseWords: [String]?) -> String {
        guard let value = claim.value, value >= 1, value < 1_000_000, let words = clauseWords else { return "" }
        let published = claim.published.flatMap { Int($0.prefix(4)) }
        var found = Set<String>()
        for i in words.indices {
            for (phrase, scope) in Lexicon.countScopePhrases
            where phrase[0] == words[i] && i + phrase.count <= words.count
                && (1..<phrase.count).allSatisfy({ words[i + $0] == phrase[$0] })
            {
                found.insert(scope)
            }
            if Lexicon.yearScopeWords.contains(words[i]), i + 1 < words.count, let year = Int(words[i + 1]),
                isYear(words[i + 1]),
                year <= published ?? year
            {
                found.insert(words[i] + " " + words[i + 1])
            }
        }
        return found.sorted().joined(separator: ", ")
    }

    /// Whether a word is a year of the last two centuries ("1994", "2023").
    private static func isYear(_ word: String) -> Bool {
        word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")) && word.allSatisfy(\.isNumber)
    }
}
