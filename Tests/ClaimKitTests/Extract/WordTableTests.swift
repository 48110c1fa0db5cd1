import Testing

@testable import ClaimKit

/// `WordSet`, `WordMap` and `String.spacedWords` answer from bytes and hashes for speed; each
/// must give exactly what the `Set`, `Dictionary` and `split` they stand for give.
@Suite struct WordTableTests {
    /// Table words, near misses (one letter more, less or changed, other case), marks, empty and non-ASCII.
    static let probes = [
        "the", "they", "th", "thee", "The", "ministry", "ministries", "minister", "spokesman", "spokesmen",
        "said", "says", "", " ", "\"", ",", ";", "é", "café", "cafe\u{301}", "million", "millions", "mln", "m",
        "k", "dozen", "dozens", "usd", "USD", "€", "£", "$", "us$", "dollar", "dollars", "twenty", "twentyone",
    ]

    @Test func wordSetsAnswerAsTheirSets() {
        for table in [
            Lexicon.personWords, Lexicon.organisationWords, Lexicon.months, Lexicon.phraseStops, Lexicon.articles,
            Lexicon.sentenceEndMarks, Lexicon.clauseMarks, Lexicon.headWords,
        ] {
            for word in Self.probes + Array(table.words.prefix(40)) {
                #expect(table.contains(word) == table.words.contains(word), "\(word)")
            }
        }
    }

    @Test func aSetWithNonASCIIWordsFindsThemByTheSet() {
        let table: WordSet = ["”", "’", "café", "word"]
        #expect(table.contains("”") && table.contains("’") && table.contains("café") && table.contains("word"))
        #expect(!table.contains("cafe") && !table.contains("words") && !table.contains("\""))
    }

    @Test func tokensAskWithTheHashOfTheirWord() {
        // Words, numbers, marks (curly quotes become '"'), accents, and invalid UTF-8 that the
        // token's string repairs: each token's hash is its string's, so both questions agree.
        var bytes = Array("The “ministry” SAID 12 people, café owners and Émile were killed — U.S. officials".utf8)
        bytes += [0x20, 0x61, 0xE2, 0x82, 0x62, 0x20, 0xF0, 0x9F, 0x98, 0x20, 0xFF, 0x74, 0x68, 0x65]
        let tokens = Tokenizer.tokenize(bytes)
        #expect(tokens.count >= 18)
        for token in tokens {
            #expect(token.hash == HashBits.hash(token.lower.utf8), "\(token.lower)")
            for table in [Lexicon.articles, Lexicon.personWords, Lexicon.phraseStops, Lexicon.clauseMarks] {
                #expect(table.contains(token: token) == table.contains(token.lower), "\(token.lower)")
            }
        }
    }

    @Test func wordMapsAnswerAsTheirDictionaries() {
        for word in Self.probes {
            #expect(Lexicon.scales[word] == Lexicon.scales.dictionary[word], "\(word)")
            #expect(Lexicon.units[word] == Lexicon.units.dictionary[word], "\(word)")
            #expect(Lexicon.currencyWords[word] == Lexicon.currencyWords.dictionary[word], "\(word)")
            #expect(Lexicon.currencySymbols[word] == Lexicon.currencySymbols.dictionary[word], "\(word)")
        }
        #expect(Lexicon.scales["million"] == 1_000_000 && Lexicon.scales["millions"] == 1_000_000)
        #expect(Lexicon.currencySymbols["€"] == "EUR" && Lexicon.currencySymbols["e"] == nil)
        #expect(Lexicon.vagueAmounts["dozens"] == .some(12) && Lexicon.vagueAmounts["millions"] == .some(nil))
        #expect(Lexicon.vagueAmounts["dozen"] == nil)
    }

    @Test func aWordMapKeepsEveryEntry() {
        var entries: [String: Int] = [:]
        for a in "abcdefgh" { for b in "abcdefgh" { entries[String([a, b])] = entries.count } }
        let map = WordMap(entries)
        for (word, value) in entries { #expect(map[word] == value, "\(word)") }
        #expect(map["a"] == nil && map["abc"] == nil && map["zz"] == nil)
        #expect(Dictionary(uniqueKeysWithValues: Array(map)) == entries)
    }

    @Test(arguments: [
        "the Interior Ministry", "  two  spaces ", "", " ", "one", "President Trump's advisers",
        "Café Müller said", "a\u{301} b", "e \u{301}x", "tab\tinside word",
    ])
    func spacedWordsSplitAsSplit(_ text: String) {
        #expect(text.spacedWords() == text.split(separator: " "))
    }
}
