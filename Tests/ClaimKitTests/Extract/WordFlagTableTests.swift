import Testing

@testable import ClaimKit

/// The tokenizer's byte-keyed flag table must answer exactly what `Lexicon.wordFlags` says,
/// and the sentence-level flags built from it must equal the word tests they replaced.
@Suite struct WordFlagTableTests {
    @Test func everyLexiconWordHasItsFlags() {
        let table = Lexicon.wordFlagTable
        for (word, flags) in Lexicon.wordFlags {
            #expect(table.flags(of: word) == flags, "\(word)")
        }
    }

    @Test(arguments: ["tolls", "tollbooth", "", "x", "thé", "said.", "toll'", "numbers", "Among"])
    func wordsOutsideTheLexiconHaveNoFlags(_ word: String) {
        #expect(Lexicon.wordFlagTable.flags(of: word) == (Lexicon.wordFlags[word] ?? 0))
        #expect(Lexicon.wordFlags[word] == nil)
    }

    @Test func aCrowdedTableStillFindsEveryWordAndNoOther() {
        var rng = TokenSoupTests.SplitMix(state: 11)
        var words: [String: UInt32] = [:]
        let letters = Array("abcdefghij")
        while words.count < 300 {
            let length = Int(rng.next() % 4) + 1
            words[String((0..<length).map { _ in letters[Int(rng.next() % 10)] })] = UInt32(rng.next() % 255) + 1
        }
        let table = WordFlagTable(words)
        for first in letters {
            for second in letters {
                for word in [String(first), String([first, second]), String([first, second, "z"])] {
                    #expect(table.flags(of: word) == (words[word] ?? 0), "\(word)")
                }
            }
        }
    }

    @Test func tokensCarryTheirWordsFlagsWhateverTheCase() {
        let tokens = Tokenizer.tokenize(Array("Among them, the TOLL rose by 12 tolls.".utf8))
        let flags = Dictionary(tokens.map { ($0.lower, $0.flags) }, uniquingKeysWith: { a, _ in a })
        #expect(flags["among"] == Lexicon.wordFlags["among"])
        #expect(flags["among"].map { $0 & Lexicon.Flag.opensList != 0 } == true)
        #expect(flags["toll"].map { $0 & Lexicon.Flag.namesToll != 0 } == true)
        #expect(flags["tolls"] == 0)
        #expect(flags["12"] == 0)
    }

    @Test(arguments: [
        ("The death toll rose to 12.", true, false), ("The number of dead is 12.", true, false),
        ("Among them were 12 children.", false, true), ("Tolls of 12 dollars were paid.", false, false),
        ("Counting began at 12.", false, false), ("A RISE of 12 was seen among the young.", true, true),
    ])
    func sentenceFlagsMatchTheirWords(_ text: String, _ toll: Bool, _ among: Bool) {
        let bytes = Array(text.utf8)
        let rules = ClaimRules(tokens: Tokenizer.tokenize(bytes), bytes: bytes)
        #expect(rules.namesToll == toll)
        #expect(rules.hasAmong == among)
    }
}
