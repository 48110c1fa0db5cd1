import Testing

@testable import ClaimKit

@Suite struct ArticleRecordTests {
    private let article: Article = {
        var a = Article(
            path: "a.warc.gz#120", title: "Floods", outlet: "Courier", url: "https://example.test/a",
            published: "2026-03-01",
            paragraphs: [
                String(repeating: "Rivers rose across the valley and twelve bridges were closed by noon. ", count: 12)
            ])
        a.fetched = "2026-03-02T00:00:00Z"
        return a
    }()

    @Test func aRecordGivesBackTheDigestItWasWrittenFrom() throws {
        let digest = ArticleDigest(article)
        let line = ArticleRecord.line(article, digest: digest)
        #expect(line.hasPrefix("{\"record\":\"article\",\"article\":\"a.warc.gz#120\""))
        #expect(
            line.contains("\"fetched\":\"2026-03-02T00:00:00Z\"") && line.contains("\"url\":\"https://example.test/a\"")
        )
        #expect(ArticleRecord.isRecord(Substring(line)))
        let back = try #require(ArticleRecord.digest(from: Substring(line)))
        #expect(back.path == digest.path && back.outlet == digest.outlet && back.published == digest.published)
        #expect(back.words == digest.words)
        #expect(back.sketch == digest.sketch && back.sketch != nil)
    }

    @Test func anEmptyTextHasNoSketchAndMalformedRecordsAreRefused() throws {
        let empty = Article(path: "e.html", paragraphs: [])
        let line = ArticleRecord.line(empty, digest: ArticleDigest(empty))
        #expect(line.contains("\"sketch\":null"))
        #expect(try #require(ArticleRecord.digest(from: Substring(line))).sketch == nil)
        #expect(
            ArticleRecord.digest(from: "{\"record\":\"article\",\"article\":\"x\",\"words\":3,\"sketch\":[5,2]}")
                == nil, "hashes must ascend")
        #expect(ArticleRecord.digest(from: "{\"record\":\"article\",\"words\":3}") == nil, "no article id")
        #expect(!ArticleRecord.isRecord("{\"record\":\"group\"}"))
    }
}
