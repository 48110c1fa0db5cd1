import Testing

@testable import ClaimKit

@Suite struct PlainTextTests {
    @Test func everyNonEmptyLineIsAParagraphAndNothingIsDropped() throws {
        let text =
            "Floods kill 12 in the north\n\nRescuers found 12 bodies on Monday.\nRead more: other news\n\n  Officials said 40 homes were lost.  \n"
        let article = try Ingestor().ingest(bytes: Array(text.utf8), path: "a.txt").get()
        #expect(
            article.paragraphs == [
                "Floods kill 12 in the north", "Rescuers found 12 bodies on Monday.", "Read more: other news",
                "Officials said 40 homes were lost.",
            ])
        #expect(article.title == "Floods kill 12 in the north")
    }

    @Test func aFirstLineThatIsASentenceIsNotATitle() {
        #expect(PlainTextReader.title(of: ["Rescuers found 12 bodies on Monday.", "More."]) == nil)
    }

    @Test(
        arguments: [
            (
                [
                    "International", "Six Citizens Killed in Landmine Blasts", "Six Citizens Killed in Landmine Blasts",
                    "Body text of the story.",
                ], "Six Citizens Killed in Landmine Blasts"
            ),
            (
                [
                    "Last update: June 25, 2024 17:51", "Site logo", "Ministry Accuses Neighbour of Provocations",
                    "By A. Writer November 25, 2022", "Body.",
                ], "Ministry Accuses Neighbour of Provocations"
            ),
            (
                ["Read more: earlier coverage of the floods", "Floods kill 12 in the north", "Body."],
                "Floods kill 12 in the north"
            ),
            (["By Jane Doe", "Officials said twelve people died.", "Storm Hits the Coast Hard"], nil),
            (["News", "Sport"], nil),
        ] as [([String], String?)])
    func theHeadlineIsTheFirstLeadingLineThatReadsAsOne(lines: [String], title: String?) {
        #expect(PlainTextReader.title(of: lines) == title)
    }

    @Test func anUpdateStampIsNotThePublishedDateWhenADatelineFollows() throws {
        let text =
            "Last update: June 25, 2024 17:51\nMinistry Accuses Neighbour of Provocations\nBy A. Writer November 25, 2022\nBody sentence one."
        let article = try Ingestor().ingest(bytes: Array(text.utf8), path: "a.txt").get()
        #expect(article.published == "2022-11-25")
        #expect(article.publishedSource == "dateline")
        let onlyStamp = try Ingestor().ingest(
            bytes: Array("Last update: June 25, 2024 17:51\nBody sentence one.".utf8), path: "b.txt"
        ).get()
        #expect(onlyStamp.published == "2024-06-25")
    }

    @Test func manifestHintsFillWhatTheTextCannotSay() throws {
        let hints = ArticleHints(outlet: "Example Wire", url: "https://example.org/x", published: "2022-11-25")
        let article = try Ingestor().ingest(
            bytes: Array("Headline here\nBody sentence one.".utf8), path: "a.txt", hints: hints
        ).get()
        #expect(article.outlet == "Example Wire")
        #expect(article.url == "https://example.org/x")
        #expect(article.published == "2022-11-25")
        #expect(article.publishedSource == "manifest")
    }

    @Test func htmlMetadataWinsOverHints() throws {
        let html =
            "<html><head><meta property='og:site_name' content='Page Outlet'></head><body><article><p>"
            + String(repeating: "Officials said twelve people were hurt. ", count: 8) + "</p></article></body></html>"
        let article = try Ingestor().ingest(
            bytes: Array(html.utf8), path: "a.html", hints: ArticleHints(outlet: "Manifest Outlet")
        ).get()
        #expect(article.outlet == "Page Outlet")
    }
}
