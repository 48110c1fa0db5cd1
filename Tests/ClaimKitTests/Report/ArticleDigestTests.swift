import Testing
@testable import ClaimKit

@Suite struct ArticleDigestTests {
    let wire = "Four police officers and two civilians were killed in separate mine blasts on Tuesday, the security service said. "
        + "The officers died when their truck hit a mine near a tunnel construction site, it said in a statement."

    @Test func fingerprintHasOneHashPerDistinctShingle() {
        let detector = WireCopyDetector()
        let text = "one two three four five six one two three four five"
        // Shingles: 7 windows, of which "one two three four five" occurs twice.
        #expect(detector.fingerprint(text).count == detector.shingles(text).count)
        #expect(detector.fingerprint(text).count == 6)
        #expect(detector.fingerprint(text) == detector.fingerprint(text.uppercased()))
        #expect(detector.fingerprint("") == [])
        #expect(detector.fingerprint("two words").count == 1)
    }

    @Test func fingerprintsFindTheSameSourcesAsShingleSets() {
        let detector = WireCopyDetector()
        let texts = [wire, "A quite different article about the economy and prices of bread in the capital.",
                     "By Staff. " + wire + " Read more on our site.", wire]
        let pairwise = texts.indices.map { i in
            texts.indices.first { j in
                j == i || (detector.shingles(texts[i]).count >= detector.minimumShingles
                    && detector.shingles(texts[j]).count >= detector.minimumShingles
                    && detector.similarity(detector.shingles(texts[i]), detector.shingles(texts[j])) >= detector.threshold)
            }!
        }
        #expect(detector.sources(of: texts) == pairwise)
        #expect(detector.sources(of: texts) == [0, 1, 0, 0])
    }

    @Test func digestKeepsMetadataAndNoFingerprintForAnEmptyText() {
        let full = ArticleDigest(Article(path: "a.txt", outlet: "A", published: "2023-09-19", paragraphs: [wire]))
        #expect(full.path == "a.txt" && full.outlet == "A" && full.published == "2023-09-19")
        #expect(full.words == wire.split(separator: " ").count)
        #expect(full.fingerprint == WireCopyDetector().fingerprint(wire))
        let empty = ArticleDigest(Article(path: "b.txt", outlet: nil, published: nil, paragraphs: []))
        #expect(empty.fingerprint == nil && empty.words == 0)
    }
}
