import Foundation
import Testing

@testable import ClaimKit

@Suite struct StoryFingerprintTests {
    @Test func namesInsideASentenceWeighMoreThanCommonWords() {
        let print = StoryFingerprint(
            title: nil,
            paragraphs: [
                "Rescuers in Telavi searched the river banks. The river rose overnight near Telavi, officials said."
            ])
        let weight = Dictionary(uniqueKeysWithValues: zip(print.terms, print.weights))
        #expect(print.terms.first == "telavi")
        #expect(weight["telavi"]! > weight["river"]!)
        // Stop words, short words and numbers are never terms.
        #expect(!print.terms.contains("said") && !print.terms.contains("the") && !print.terms.contains("in"))
        #expect(StoryFingerprint(title: nil, paragraphs: ["1,200 300 42 2023"]).terms.isEmpty)
    }

    @Test func headlineWordsCountAndPossessivesFold() {
        let print = StoryFingerprint(
            title: "Kerman blasts", paragraphs: ["Kerman's governor spoke about the blasts in Kerman."])
        #expect(print.terms.prefix(2) == ["kerman", "blasts"])
        #expect(!print.terms.contains("kerman's"))
    }

    @Test func wordsWithOtherScalarsAreLoweredAndCountedTogether() {
        // "Zürich" and "ZÜRICH" are one term; the Kelvin sign lowers to an ASCII "k", so "\u{212A}elvin"
        // is counted with "kelvin"; "Über" lowers to the stop-word-free "über" and counts with it.
        let print = StoryFingerprint(
            title: nil,
            paragraphs: ["Floods hit Zürich. Rescuers reached ZÜRICH and zürich again, at \u{212A}elvin scale kelvin."])
        let weight = Dictionary(uniqueKeysWithValues: zip(print.terms, print.weights))
        #expect(print.terms.filter { $0 == "zürich" }.count == 1 && !print.terms.contains("ZÜRICH"))
        #expect(print.terms.filter { $0 == "kelvin" }.count == 1)
        #expect(weight["zürich"]! > weight["kelvin"]! && weight["kelvin"]! > weight["scale"]!)
    }

    @Test func wordTableKeepsDistinctWordsInOrder() {
        var table = WordTable<Int>(capacity: 2)
        for word in ["river", "telavi", "river", "flood", "telavi", "river"] + (0..<50).map({ "w\($0)" }) {
            var word = word
            word.withUTF8 { table.update($0, initial: 0) { $0 += 1 } }
        }
        var seen: [String] = []
        table.forEachWord { index, bytes, count in
            seen.append("\(index):\(String(decoding: bytes, as: UTF8.self))=\(count)")
        }
        #expect(table.count == 53)
        #expect(seen.prefix(4) == ["0:river=3", "1:telavi=2", "2:flood=1", "3:w0=1"])
        var probe = "flood", absent = "floods"
        #expect(probe.withUTF8 { table.index(of: $0) } == 2 && absent.withUTF8 { table.index(of: $0) } == nil)
    }

    @Test func keepsAtMostSizeTermsAndIsJSON() throws {
        let words = (0..<40).map { "Word\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\($0 / 26 == 0 ? "" : "x")" }
        let print = StoryFingerprint(title: nil, paragraphs: ["And " + words.joined(separator: " ") + "."], size: 10)
        #expect(print.terms.count == 10 && print.weights.count == 10)
        let json = try JSONEncoder().encode(print)
        #expect(try JSONDecoder().decode(StoryFingerprint.self, from: json) == print)
        #expect(String(decoding: json, as: UTF8.self).contains("\"terms\":[\"worda\""))
    }

    @Test func packedTermsReadBackExactly() {
        // Long and non-ASCII terms, weights past one varint byte, negative and fewer weights than terms.
        let long = String(repeating: "überlangeswort", count: 20)
        let print = StoryFingerprint(terms: ["kakheti", long, "tbilisi"], weights: [412, -3])
        #expect(print.terms == ["kakheti", long, "tbilisi"])
        #expect(print.weights == [412, -3])
        #expect(print.count == 3)
        var seen: [(String, Int)] = []
        print.forEachTerm { bytes, weight in seen.append((String(decoding: bytes, as: UTF8.self), weight)) }
        #expect(seen.map(\.0) == print.terms && seen.map(\.1) == [412, -3, 0])
        // Weighted terms pair as zip(terms, weights) does: a term without a weight is left out.
        var pairs: [String] = []
        print.forEachWeightedTerm { term, weight in pairs.append("\(term.prefix(7)):\(weight)") }
        #expect(pairs == ["kakheti:412", "überlan:-3"])
        #expect(print == StoryFingerprint(terms: ["kakheti", long, "tbilisi"], weights: [412, -3]))
        #expect(print != StoryFingerprint(terms: ["kakheti", long, "tbilisi"], weights: [412, -3, 0]))
        let empty = StoryFingerprint(terms: [], weights: [Int.max, Int.min])
        #expect(empty.terms.isEmpty && empty.weights == [Int.max, Int.min])
    }
}

@Suite struct StoryClustererTests {
    func item(_ text: String, day: Int? = 100, source: Int, facts: [UInt64] = []) -> StoryClusterer.Item {
        StoryClusterer.Item(
            fingerprint: StoryFingerprint(title: nil, paragraphs: [text]), day: day, source: source, facts: facts)
    }

    let flood = "Flash floods in Kakheti killed villagers in Telavi and Gurjaani, the governor of Kakheti said."
    let flood2 = "In Telavi, rescuers dug through mud after the Kakheti floods; Gurjaani was cut off."
    let quake = "An earthquake shook Herat province, and villages near Zindajan were flattened, the Taliban said."

    @Test func articlesAboutOneEventAreOneStoryAndOthersApart() {
        let stories = StoryClusterer().stories([
            item(flood, source: 0), item(quake, source: 1), item(flood2, source: 2),
        ])
        #expect(stories == [0, 1, 0])
    }

    @Test func oneSharedWordOrSharedNumbersAloneNeverMakeAStory() {
        // Both say "killed" and give the same toll, nothing else in common.
        let a = item("Gunmen killed worshippers at a mosque in Quetta.", source: 0, facts: [7])
        let b = item("A landslide killed miners at a jade mine in Hpakant.", source: 1, facts: [7])
        #expect(StoryClusterer().stories([a, b]) == [0, 1])
    }

    @Test func datesFarApartAreTwoStoriesButUndatedJoinsOnContent() {
        // (Articles alike as much as `linkAcrossTime` are one story whatever their dates: see StoryAcrossTimeTests.)
        var clusterer = StoryClusterer()
        clusterer.linkAcrossTime = 2
        let stories = clusterer.stories([
            item(flood, day: 100, source: 0), item(flood2, day: 200, source: 1),
            item(flood2, day: nil, source: 2),
        ])
        #expect(stories[0] != stories[1])
        #expect(stories[2] == stories[0] || stories[2] == stories[1])
    }

    @Test func wireCopiesAreOneStoryWhateverTheirWords() {
        let stories = StoryClusterer().stories([item(flood, source: 0), item(quake, source: 0)])
        #expect(stories == [0, 0])
    }

    @Test func averageLinkageDoesNotChain() {
        // b shares Kakheti words with a and Herat words with c; a and c share nothing.
        let a = item("Kakheti Telavi Gurjaani Alazani floods rescuers.", source: 0)
        let b = item("Kakheti Telavi Herat Zindajan bridge market.", source: 1)
        let c = item("Herat Zindajan Taliban earthquake villages rubble.", source: 2)
        let stories = StoryClusterer().stories([a, b, c])
        // b joins one side (each pair alone is alike), but the chain never makes a and c one story.
        #expect(stories[1] == stories[0] || stories[1] == stories[2])
        #expect(stories[0] != stories[2])
    }
}

@Suite struct StoryAcrossTimeTests {
    @Test func veryAlikeArticlesMonthsApartThatShareAFactAreOneStory() {
        let a = "Prince Harry backs the HALO Trust landmine clearance in Angola's Luengue-Luiana and Mavinga parks."
        let b = "The HALO Trust clears landmines in Angola's Mavinga and Luengue-Luiana parks that Prince Harry backed."
        let print = { (text: String) in StoryFingerprint(title: nil, paragraphs: [text]) }
        let items = [
            StoryClusterer.Item(fingerprint: print(a), day: 100, source: 0, facts: [7, 9]),
            StoryClusterer.Item(fingerprint: print(b), day: 220, source: 1, facts: [7]),
        ]
        #expect(StoryClusterer().stories(items) == [0, 0])
        // Without a fact told by both, content alone does not bridge months.
        let unsaid = items.map {
            StoryClusterer.Item(fingerprint: $0.fingerprint, day: $0.day, source: $0.source, facts: [])
        }
        #expect(StoryClusterer().stories(unsaid) == [0, 1])
        // Two events in one place months apart share the place's names, not enough.
        let fire = "A fire in Telavi destroyed a market, Kakheti officials said, and traders counted their losses."
        let flood = "Flash floods in Kakheti killed villagers in Telavi and Gurjaani, the governor of Kakheti said."
        #expect(
            StoryClusterer().stories([
                StoryClusterer.Item(fingerprint: print(flood), day: 100, source: 0, facts: []),
                StoryClusterer.Item(fingerprint: print(fire), day: 220, source: 1, facts: []),
            ]) == [0, 1])
        var strict = StoryClusterer()
        strict.linkAcrossTime = 2
        #expect(strict.stories(items) == [0, 1])
    }
}
