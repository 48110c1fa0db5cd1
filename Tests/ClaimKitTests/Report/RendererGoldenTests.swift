import Foundation
import Testing

@testable import ClaimKit

/// Each format rendered from one small fixed claim set must equal its golden file byte for byte.
/// Run with UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, then review the diff.
@Suite struct RendererGoldenTests {
    typealias F = ReportFixtures

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    /// Three outlets, one story (one with a headline and URL): a fact told three ways, a part/total pair, an omission, text that needs escaping.
    static func report() -> Report {
        let articles = [
            Article(
                path: "in/a.txt", title: "Mine blasts kill six <near> Baku", outlet: "Daily \"A\" & Co",
                url: "https://a.example/news/mine-blasts?id=1&lang=en", published: "2023-09-19",
                paragraphs: [
                    "Four police officers and two civilians were killed in mine blasts, the <security> service said."
                ]),
            Article(
                path: "in/b.html", outlet: "Outlet B", published: "2023-09-20",
                paragraphs: [
                    "Six citizens were killed, Baku said.",
                    "Four interior ministry staff, it said, died; two civilians, too.",
                ]),
            Article(
                path: "in/c.txt", outlet: "C, News", published: "2023-09-19",
                paragraphs: ["About 4 soldiers died on Tuesday in the mine blasts near Baku."]),
        ]
        let a = articles[0].paragraphs[0], b1 = articles[1].paragraphs[0], b2 = articles[1].paragraphs[1],
            c = articles[2].paragraphs[0]
        let claims = [
            F.claim(
                "in/a.txt", outlet: "Daily \"A\" & Co", 4, subject: "police officers",
                speaker: "the <security> service", sentence: a),
            F.claim(
                "in/a.txt", outlet: "Daily \"A\" & Co", 2, subject: "civilians", speaker: "the <security> service",
                sentence: a),
            F.claim(
                "in/b.html", outlet: "Outlet B", published: "2023-09-20", 6, subject: "citizens", speaker: "Baku",
                sentence: b1),
            F.claim(
                "in/b.html", outlet: "Outlet B", published: "2023-09-20", 4, subject: "interior ministry staff",
                speaker: "Baku",
                sentence: b2, start: 38),
            F.claim(
                "in/b.html", outlet: "Outlet B", published: "2023-09-20", 2, subject: "civilians", speaker: "Baku",
                sentence: b2, start: 38),
            F.claim("in/c.txt", outlet: "C, News", 4, .about, subject: "soldiers", sentence: c),
        ]
        return ReportBuilder().build(articles: articles, claims: claims)
    }

    static let files: [(ReportFormat, String)] = [
        (.table, "report.table.txt"), (.markdown, "report.md"), (.csv, "report.csv"), (.jsonl, "report.jsonl"),
        (.json, "report.json"), (.html, "report.html"),
    ]

    @Test(arguments: files.map(\.1))
    func formatMatchesItsGoldenFile(_ name: String) throws {
        let format = Self.files.first { $0.1 == name }!.0
        let rendered = format.render(Self.report(), color: false, width: 120)
        let url = Self.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: url)
        }
        let golden = try Data(contentsOf: url)
        #expect(Data(rendered.utf8) == golden, "\(name) differs from its golden file; UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func twoBuildsGiveTheSameBytesInEveryFormat() {
        for (format, _) in Self.files {
            #expect(format.render(Self.report()) == format.render(Self.report()))
        }
    }

    @Test func jsonlGroupRecordsHaveNoCategoryKey() {
        let lines = ReportFormat.jsonl.render(Self.report()).split(separator: "\n")
        let groupLines = lines.filter { $0.hasPrefix("{\"record\":\"group\"") }
        #expect(groupLines.count == Self.report().groups.count)
        #expect(groupLines.allSatisfy { !$0.contains("\"category\"") })
        #expect(
            lines.filter { $0.contains("\"group\":\"g") && $0.contains("\"category\"") }.count
                == Self.report().claims.count)
    }

    @Test func csvQuotesFieldsAndEndsLinesWithCRLF() {
        let csv = ReportFormat.csv.render(Self.report())
        #expect(csv.hasPrefix("group,fact,category,outlet,"))
        #expect(csv.contains("\"C, News\""))
        #expect(csv.contains("\"Daily \"\"A\"\" & Co\""))
        #expect(csv.utf8.split(separator: UInt8(ascii: "\n")).allSatisfy { $0.last == UInt8(ascii: "\r") })
    }

    @Test func htmlEscapesTextAndLoadsNothingFromOutside() {
        let html = ReportFormat.html.render(Self.report())
        #expect(html.contains("Daily &quot;A&quot; &amp; Co"))
        #expect(html.contains("the &lt;security&gt; service"))
        #expect(!html.contains("<security>"))
        // Web addresses appear only as links to the articles (a link loads nothing).
        let linked = html.replacingOccurrences(of: "<a href=\"https://", with: "<a href=\"")
        #expect(html.contains("<a href=\"https://a.example/news/mine-blasts?id=1&amp;lang=en\""))
        #expect(!linked.contains("http://") && !linked.contains("https://") && !html.contains(" src="))
        #expect(html.contains("<mark>Four</mark>"))
    }

    @Test func tableFitsTheWidthAndColoursOnlyWhenAsked() {
        let plain = TableRenderer(width: 60, color: false).render(Self.report())
        #expect(plain.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(!plain.contains("\u{1B}["))
        #expect(TableRenderer(width: 60, color: true).render(Self.report()).contains("\u{1B}["))
    }

    @Test func tableNeverPrintsControlCharacters() {
        let claim = F.claim(
            "x.txt", 4, subject: "police\u{1B}[31m officers", sentence: "Four police\u{1B}]0;title\u{07} officers died."
        )
        let table = TableRenderer(width: 200).render(ReportBuilder().build(articles: [], claims: [claim]))
        #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func inputOrderDecidesGroupIds() {
        let claims = Self.report().claims.map { c -> Claim in
            var c = c; c.group = nil; return c
        }
        let reversed = ReportBuilder().build(articles: [], claims: claims.reversed())
        #expect(reversed.claims.first?.group == "g1")
        #expect(reversed.claims.first?.value == 4 && reversed.claims.first?.subject == "soldiers")
    }
}
