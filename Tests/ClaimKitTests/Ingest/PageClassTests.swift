import Foundation
import Testing
@testable import ClaimKit

/// One page per kind of page on which the body extractor used to lose part of the article
/// (Tests/Fixtures/ingest-pages, written for these tests): what the body must and must not hold.
@Suite struct PageClassTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/ingest-pages")

    private func body(_ name: String) throws -> String {
        let path = Self.folder.appendingPathComponent(name).path
        switch Ingestor().ingest(path: path) {
        case .success(let article): return article.paragraphs.joined(separator: "\n")
        case .failure(let diagnostic): throw diagnostic
        }
    }

    private func expect(_ text: String, has wanted: [String], lacks unwanted: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for phrase in wanted { #expect(text.contains(phrase), "missing: \(phrase)", sourceLocation: sourceLocation) }
        for phrase in unwanted { #expect(!text.contains(phrase), "unwanted: \(phrase)", sourceLocation: sourceLocation) }
    }

    /// A lead box and a body cut into two boxes by a figure and an ad: all three are the article.
    @Test func bodySplitOverSiblingBoxes() throws {
        expect(try body("split-body.html"),
               has: ["After two years of repairs", "The first ship to be unloaded", "A long wait for parts",
                     "Shipping lines had moved", "a public meeting is planned for the same week."],
               lacks: ["Ferry timetable", "Fishing fleet lands", "New crossings on Fridays", "Photo: harbour office", "Advertisement", "All rights reserved"])
    }

    /// The first paragraphs in the wrapper, the rest in a nested box; a short promo line after the body is not text.
    @Test func paragraphsBesideANestedBox() throws {
        expect(try body("wrapper-paragraphs.html"),
               has: ["The town library will stay open until midnight", "Students had asked for quiet rooms",
                     "The longer hours will cost about 80,000", "visitor numbers every month"],
               lacks: ["Get our morning letter free", "Library opens at night"])
    }

    /// An article inside an `<aside>` and a side-bar class that wrap the whole page is still the article.
    @Test func articleInsideAChromeWrapper() throws {
        expect(try body("chrome-wrapper.html"),
               has: ["Growers in the upper valley", "about 40,000 tonnes", "left on the trees."],
               lacks: ["Weather", "Markets", "Contact the newsroom"])
    }

    /// A page rendered by script whose article is only in `<noscript>`.
    @Test func articleOnlyInNoscript() throws {
        expect(try body("noscript-page.html"),
               has: ["foundations are sound", "temporary path beside it."],
               lacks: ["window.start", "Bridge inspection results"])
        // A small noscript notice beside a real article stays out (ContentExtractorTests covers the notice alone).
        let html = "<html><body><noscript><p>Please turn on JavaScript to read the comments and see the pictures on this page.</p></noscript><article>"
            + String(repeating: "<p>The valley road reopened on Friday after crews cleared the rocks, and buses run again on the old timetable, officials said.</p>", count: 3)
            + "</article></body></html>"
        var extractor = ContentExtractor(document: HTMLParser.parse(utf8: Array(html.utf8))!)
        expect(extractor.paragraphs(jsonLDBody: nil).joined(separator: "\n"), has: ["The valley road reopened"], lacks: ["JavaScript"])
    }

    /// A lead paragraph classed like a teaser inside the article is its first paragraph; a related-teaser link box is not.
    @Test func leadParagraphWithATeaserClass() throws {
        expect(try body("lead-classes.html"),
               has: ["The city will build a tram line", "nine kilometres", "same running costs."],
               lacks: ["Five questions about the tram", "New tram line approved"])
    }
}
