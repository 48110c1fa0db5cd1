/// Capitalised names of several words before a counted noun ("New York residents", "United States
/// service members", "Leopard 2 tanks"): the name modifies the noun, so its words are neither a
/// leading "new" nor a verb, and its digits no end of the phrase.
extension ClaimRules {
    /// Whether the capitalised word at `j` opens a name of several words: the word after it is
    /// capitalised too and is no counted noun ("New York residents", not "two New Cases").
    func opensPlaceName(_ j: Int) -> Bool {
        guard j + 1 < n, tokens[j].isWord, tokens[j].capitalized else { return false }
        let next = tokens[j + 1]
        return next.isWord && next.capitalized && !isHeadWord(next.lower)
    }

    /// Whether the capitalised word at `j` continues a name begun by the capitalised phrase word
    /// `previous` ("United States"): then a verb's spelling ("States") is part of the name.
    func continuesName(_ j: Int, after previous: Int?) -> Bool {
        guard let previous, previous == j - 1, tokens[j].capitalized, tokens[previous].isWord,
            tokens[previous].capitalized, !isHeadWord(tokens[previous].lower)
        else { return false }
        return j + 1 < n && tokens[j + 1].isWord && !tokens[j + 1].capitalized
    }

    /// Whether the word at `i` is a reporting verb's spelling that ends a capitalised name ("the
    /// United States", "Member States"): then it is no cue of a speaker.
    static func endsCapitalisedName(_ tokens: [Token], at i: Int) -> Bool {
        let t = tokens[i]
        return t.capitalized && i > 0 && tokens[i - 1].isWord && tokens[i - 1].capitalized
            && Lexicon.nameEndingVerbs.contains(token: t)
    }

    /// Whether the number at `j` is part of a model's name inside a counted phrase: digits after the
    /// capitalised phrase word `previous` and before another word ("18 Leopard 2 tanks"; the
    /// number itself is no count: `AfterAnotherNumber`).
    func isModelNumber(_ j: Int, after previous: Int?) -> Bool {
        guard let previous, previous == j - 1, tokens[j].isNumber, tokens[j].spaceBefore, !tokens[j].hasSeparator,
            !tokens[j].hasDecimal, tokens[previous].isWord, tokens[previous].capitalized, j + 1 < n,
            tokens[j + 1].isWord, !isTimeWord(j + 1)  // ("the Pixel 3 days ago": a span of time follows the name)
        else { return false }
        return true
    }
}
