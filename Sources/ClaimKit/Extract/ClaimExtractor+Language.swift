/// The rules read English: an article written in another language gives no claims, because its
/// sums would carry no subject and no speaker that the English rules could find ("für die
/// insgesamt 216.900 Euro bewilligt wurden").
extension ClaimExtractor {
    /// Whether the sentences pass 1 tokenized (those that may hold an amount) read as German,
    /// French or Spanish: more of their function words than of English ones. Counting stops as
    /// soon as one side is far ahead, so an English article costs a sentence or two.
    static func readsAsAnotherLanguage(_ pass: ClaimPass) -> Bool {
        var english = 0, other = 0
        for case (_, let tokens)? in pass.kept {
            for t in tokens where t.isWord {
                if Lexicon.englishFunctionWords.contains(token: t) {
                    english += 1
                } else if Lexicon.foreignFunctionWords.contains(token: t) {
                    other += 1
                }
            }
            if english >= 12 && english > 3 * other { return false }
            if other >= 12 && other > 3 * english { return true }
        }
        return other >= 3 && other > english
    }
}
