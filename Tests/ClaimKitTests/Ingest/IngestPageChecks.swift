import Foundation
import Testing

@testable import ClaimKit

/// What the page suites share: the fixture pages of Tests/Fixtures/ingest-pages (written for these
/// tests), the body a page gives, and the check that a body holds some phrases and not others.
protocol IngestPageChecks {}

extension IngestPageChecks {
    /// The folder of the fixture pages.
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/ingest-pages")
    }

    /// The body of the fixture page `name`, its paragraphs one a line.
    func body(_ name: String) throws -> String {
        try body(Ingestor().ingest(path: Self.folder.appendingPathComponent(name).path))
    }

    /// The body of the fixture page `name` (the label reads better beside `body(html:)`).
    func body(file name: String) throws -> String { try body(name) }

    /// The body of a page given inline.
    func body(html: String) throws -> String {
        try body(Ingestor().ingest(bytes: Array(html.utf8), path: "inline.html"))
    }

    /// The body of an ingest result; a page without one fails the test with its diagnostic.
    func body(_ result: Result<Article, Diagnostic>) throws -> String {
        switch result {
        case .success(let article): return article.paragraphs.joined(separator: "\n")
        case .failure(let diagnostic): throw diagnostic
        }
    }

    /// Every `wanted` phrase is in `text` and no `unwanted` one.
    func expect(
        _ text: String, has wanted: [String], lacks unwanted: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for phrase in wanted { #expect(text.contains(phrase), "missing: \(phrase)", sourceLocation: sourceLocation) }
        for phrase in unwanted {
            #expect(!text.contains(phrase), "unwanted: \(phrase)", sourceLocation: sourceLocation)
        }
    }
}
