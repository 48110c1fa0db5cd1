import Foundation
import Testing

@testable import ClaimKit

/// Facts, totals and omissions only inside a story; stories, summaries and filters in the report.
@Suite struct StoryReportTests {
    typealias F = ReportFixtures

    static let floodText =
        "Flash floods in Kakheti killed 23 people in Telavi and Gurjaani, the governor of Kakheti said."
    static let quakeText = "An earthquake in Herat province killed 23 people near Zindajan, the Taliban said."

    static func articles() -> [Article] {
        [
            Article(
                path: "a.txt", title: "Kakheti floods kill 23", outlet: "A", url: "https://a.example/1",
                published: "2026-05-14",
                paragraphs: [floodText]),
            Article(
                path: "b.txt", outlet: "B", published: "2026-05-14",
                paragraphs: [floodText.replacingOccurrences(of: "Flash", with: "Sudden")]),
            Article(path: "c.txt", outlet: "C", published: "2026-05-14", paragraphs: [quakeText]),
        ]
    }

    static func claims() -> [Claim] {
        [
            F.claim("a.txt", outlet: "A", published: "2026-05-14", 23, subject: "people", sentence: floodText),
            F.claim("b.txt", outlet: "B", published: "2026-05-14", 23, subject: "people", sentence: floodText),
            F.claim("c.txt", outlet: "C", published: "2026-05-14", 23, subject: "people", sentence: quakeText),
        ]
    }

    @Test func theSameNumberInAnotherStoryIsAnotherFactAndNoOmission() {
        let report = ReportBuilder().build(articles: Self.articles(), claims: Self.claims())
        #expect(report.stories.count == 2)
        #expect(report.claims.map(\.group) == ["g1", "g1", "g2"])
        #expect(report.groups.allSatisfy { !$0.differences.contains { $0.kind == .omission } })
        let flood = report.stories[0]
        #expect(flood.label == "Kakheti floods kill 23" && flood.articles == ["a.txt", "b.txt"])
        #expect(flood.terms.contains("kakheti"))
        #expect(flood.outlets.map(\.outlet) == ["A", "B"] && flood.outlets[0].told == ["g1"])
        #expect(report.sources[0].url == "https://a.example/1" && report.sources[0].title == "Kakheti floods kill 23")
    }

    @Test func anOutletThatToldTheTotalsPartsOrTheTotalDidNotLeaveItOut() {
        let text = "Mine blasts near Fuzuli in Karabakh killed police officers and civilians, Baku said."
        let articles = ["a", "b", "c"].map {
            Article(path: "\($0).txt", outlet: $0.uppercased(), published: "2023-09-19", paragraphs: [text])
        }
        let report = ReportBuilder().build(
            articles: articles,
            claims: [
                F.claim("a.txt", outlet: "A", 4, subject: "police officers", sentence: text),
                F.claim("a.txt", outlet: "A", 2, subject: "civilians", sentence: text, start: 1),
                F.claim("b.txt", outlet: "B", 6, subject: "citizens", sentence: text),
                F.claim("c.txt", outlet: "C", 4, subject: "police officers", sentence: text),
            ])
        let total = report.groups.first { $0.valueText == "6" }!
        #expect(total.sumOf.count == 2)
        #expect(!total.differences.contains { $0.kind == .omission }, "A told the parts, C a part")
        let civilians = report.groups.first { $0.valueText == "2" }!
        let omitted = civilians.differences.first { $0.kind == .omission }?.variants.flatMap(\.outlets)
        #expect(omitted == ["C"], "B told the total, C did not tell this part")
    }

    @Test func anOutletThatGaveAnotherNumberForTheSameCountDidNotLeaveItOut() {
        let text = "Twin blasts in Kerman killed people at a memorial for Soleimani, Iranian officials said."
        let articles = ["a", "b", "c"].map {
            Article(path: "\($0).txt", outlet: $0.uppercased(), published: "2024-01-04", paragraphs: [text])
        }
        let report = ReportBuilder().build(
            articles: articles,
            claims: [
                F.claim("a.txt", outlet: "A", published: "2024-01-04", 103, subject: "people", sentence: text),
                F.claim(
                    "b.txt", outlet: "B", published: "2024-01-04", 70, subject: "people",
                    sentence: "The toll was revised down to 70 people."),
                F.claim(
                    "c.txt", outlet: "C", published: "2024-01-04", 2, subject: "people",
                    sentence: "Two people died in hospital, officials said."),
            ])
        let toll = report.groups.first { $0.valueText == "103" }!
        #expect(toll.differences.first { $0.kind == .omission }?.variants.flatMap(\.outlets) == ["C"])
    }

    @Test func filtersKeepStoriesCategoriesAndFactsOfManyOutlets() {
        var options = ReportOptions()
        options.storyFilter = "HERAT"
        let quake = ReportBuilder(options: options).build(articles: Self.articles(), claims: Self.claims())
        #expect(quake.stories.map(\.id) == ["e2"] && quake.groups.map(\.id) == ["g2"] && quake.claims.count == 1)
        #expect(quake.groups[0].claimIndices == [0] && quake.sources.map(\.path) == ["c.txt"])
        options = ReportOptions(minOutlets: 2)
        #expect(
            ReportBuilder(options: options).build(articles: Self.articles(), claims: Self.claims()).groups.map(\.id)
                == ["g1"])
        options = ReportOptions(categories: [.injured])
        #expect(ReportBuilder(options: options).build(articles: Self.articles(), claims: Self.claims()).groups.isEmpty)
    }

    @Test func jsonLinesCarryTheStoryAndTheSource() {
        let report = ReportBuilder().build(articles: Self.articles(), claims: Self.claims())
        let lines = JSONLRenderer().render(report).split(separator: "\n")
        #expect(
            lines[0].contains("\"story\":\"e1\",\"url\":\"https://a.example/1\",\"title\":\"Kakheti floods kill 23\""))
        #expect(lines.filter { $0.hasPrefix("{\"record\":\"story\"") }.count == 2)
        #expect(!lines.filter { $0.hasPrefix("{\"record\":\"story\"") }.contains { $0.contains("\"category\"") })
    }
}
