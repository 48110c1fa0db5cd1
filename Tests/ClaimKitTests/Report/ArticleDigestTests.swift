import Testing

@testable import ClaimKit

@Suite struct ArticleDigestTests {
    let wire =
        "Four police officers and two civilians were killed in separate mine blasts on Tuesday, the security service said. "
        + "The officers died when their truck hit a mine near a tunnel construction site, it said in a statement."

    @Test func shortTextKeepsEveryDistinctShingle() {
        let detector = WireCopyDetector()
        let text = "one two three four five six one two three four five"
        // Shingles: 7 windows, of which "one two three four five" occurs twice.
        #expect(detector.shingles(text).count == 6)
        #expect(detector.sketch(text).count == 6 && detector.sketch(text).isComplete)
        #expect(detector.sketch(text) == detector.sketch(text.uppercased()))
        #expect(detector.sketch("").count == 0)
        #expect(detector.sketch("two words").count == 1)
        #expect(detector.shingles("two words") == ["two words"])
    }

    @Test func sketchesFindTheSameSourcesAsShingleSets() {
        let detector = WireCopyDetector()
        let texts = [
            wire, "A quite different article about the economy and prices of bread in the capital.",
            "By Staff. " + wire + " Read more on our site.", wire,
        ]
        let pairwise = texts.indices.map { i in
            texts.indices.first { j in
                j == i
                    || (detector.shingles(texts[i]).count >= detector.minimumShingles
                        && detector.shingles(texts[j]).count >= detector.minimumShingles
                        && detector.similarity(detector.shingles(texts[i]), detector.shingles(texts[j]))
                            >= detector.threshold)
            }!
        }
        #expect(detector.sources(of: texts) == pairwise)
        #expect(detector.sources(of: texts) == [0, 1, 0, 0])
    }

    @Test func digestKeepsMetadataAndNoSketchForAnEmptyText() {
        let full = ArticleDigest(Article(path: "a.txt", outlet: "A", published: "2023-09-19", paragraphs: [wire]))
        #expect(full.path == "a.txt" && full.outlet == "A" && full.published == "2023-09-19")
        #expect(full.words == wire.split(separator: " ").count)
        #expect(full.sketch == WireCopyDetector().sketch(wire))
        let empty = ArticleDigest(Article(path: "b.txt", outlet: nil, published: nil, paragraphs: []))
        #expect(empty.sketch == nil && empty.words == 0)
    }

    @Test func digestSketchesParagraphsAsTheJoinedText() {
        let paragraphs = [
            "Rescue teams searched the flooded valley on Sunday.",
            "Officials said the river rose overnight and cut the main road.",
        ]
        let digest = ArticleDigest(Article(path: "a.txt", paragraphs: paragraphs))
        #expect(digest.sketch == WireCopyDetector().sketch(paragraphs.joined(separator: "\n\n")))
    }
}
