import Testing

@testable import ClaimKit

/// A disputed toll and a revised toll show as such in every report format.
@Suite struct TimelineAndDisputeFormatTests {
    typealias F = ReportFixtures

    static func report() -> Report {
        let text = "A blast at the port of the capital destroyed warehouses and damaged homes across the city."
        let articles = [("a.txt", "2020-08-05"), ("b.txt", "2020-08-06"), ("c.txt", "2020-08-06")].map {
            Article(path: $0.0, outlet: $0.0, published: $0.1, paragraphs: [text])
        }
        func toll(_ article: String, _ day: String, _ value: Double, _ sentence: String) -> Claim {
            F.claim(article, published: day, value, subject: "people", sentence: sentence)
        }
        return ReportBuilder().build(
            articles: articles,
            claims: [
                toll(
                    "a.txt", "2020-08-05", 158,
                    "The death toll from the port blast has risen to 158, the ministry said."),
                toll(
                    "b.txt", "2020-08-06", 190,
                    "The death toll from the port blast rose to 190 on Thursday, the government said."),
                F.claim(
                    "a.txt", published: "2020-08-05", category: .injured, 5000, subject: "people",
                    sentence: "The port blast injured 5,000 people, the ministry said."),
                F.claim(
                    "c.txt", published: "2020-08-06", category: .injured, 4800, subject: "people",
                    sentence: "The port blast injured 4,800 people, the hospital said."),
            ])
    }

    @Test func everyFormatShowsTheTimelineAndTheDisagreement() {
        let report = Self.report()
        #expect(report.groups.filter { $0.timeline != nil }.count == 2)
        #expect(report.groups.contains { g in g.differences.contains { $0.kind == .number } })
        // Each format with the words that show the timeline in it.
        let formats: [(String, String, String)] = [
            ("table", TableRenderer(width: 400).render(report), "Timeline t1: the same measure at other dates in"),
            ("markdown", MarkdownRenderer().render(report), "## Timelines"),
            ("csv", CSVRenderer().render(report), "Timeline t1: the same measure at other dates in"),
            ("jsonl", JSONLRenderer().render(report), "\"timeline\":\"t1\""),
            ("html", HTMLRenderer().render(report), "<h2>Timelines</h2>"),
        ]
        for (name, text, timeline) in formats {
            #expect(
                text.contains("numbers differ") || text.contains("different numbers"),
                "\(name) shows the disputed number")
            #expect(text.contains(timeline), "\(name) shows the timeline")
            #expect(text.contains("158") && text.contains("190"), "\(name) shows both steps")
        }
        #expect(CSVRenderer().render(report).contains("Timeline t1: the same measure at other dates in"))
    }
}
