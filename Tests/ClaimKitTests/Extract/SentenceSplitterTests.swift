import Testing

@testable import ClaimKit

@Suite struct SentenceSplitterTests {
    func split(_ s: String) -> [String] { SentenceSplitter().split(s).map(\.text) }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(
            split("Mr. Smith met Gen. Jones on Nov. 10, 2020. They talked.") == [
                "Mr. Smith met Gen. Jones on Nov. 10, 2020.", "They talked.",
            ])
        #expect(split("U.S. troops left. No. 5 was next.") == ["U.S. troops left.", "No. 5 was next."])
        #expect(split("He lives on Main St. in Baku.") == ["He lives on Main St. in Baku."])
    }

    @Test func decimalsAndSeparatorsStayInside() {
        #expect(
            split("It cost 7,135.1 million. Then 2,728 mines.") == ["It cost 7,135.1 million.", "Then 2,728 mines."])
    }

    @Test func quotesCloseAndOpenSentences() {
        #expect(
            split("He said: “We won.” “Not yet,” she replied.") == ["He said: “We won.”", "“Not yet,” she replied."])
        #expect(split("\"Why?\" he asked. Nobody knew.") == ["\"Why?\" he asked.", "Nobody knew."])
    }

    @Test func lineBreaksEndHeadlinesAndBulletsAreDropped() {
        let sentences = SentenceSplitter().split("Six Killed in Blast\n\n  • September 19, 2023\n- Four were hurt.")
        #expect(sentences.map(\.text) == ["Six Killed in Blast", "September 19, 2023", "Four were hurt."])
        #expect(sentences.map(\.isHeadline) == [true, true, false])
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "Azerbaijan’s army. Two “mines” found."
        let sentences = SentenceSplitter().split(text)
        #expect(sentences.count == 2)
        let scalars = Array(text.unicodeScalars)
        for s in sentences {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[s.start..<s.end])
            #expect(String(slice) == s.text)
        }
    }
}
