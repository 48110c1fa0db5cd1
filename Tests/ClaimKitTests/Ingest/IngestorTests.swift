import Foundation
import Testing

@testable import ClaimKit

@Suite struct IngestorTests {
    private let ingestor = Ingestor()
    private let article =
        "<html><body><article><p>"
        + String(
            repeating: "Officials said twelve people were hurt in the blast, and many more were missing. ", count: 5)
        + "</p></article></body></html>"

    private func reason(_ bytes: [UInt8], path: String = "page.html", options: Ingestor.Options = .init()) -> Diagnostic
        .Reason?
    {
        if case .failure(let diagnostic) = Ingestor(options: options).ingest(bytes: bytes, path: path) {
            return diagnostic.reason
        }
        return nil
    }

    @Test func emptyAndWhiteSpaceOnlyFilesAreEmpty() {
        #expect(reason([]) == .empty)
        #expect(reason(Array(" \n\t \r\n".utf8)) == .empty)
        #expect(reason([], path: "a.txt") == .empty)
    }

    @Test func imagesAndArchivesRenamedAsHTMLAreBinary() {
        #expect(reason([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 100)) == .binary)
        #expect(reason([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0, count: 100)) == .binary)
        #expect(reason(Array("GIF89a".utf8) + [1, 2, 3]) == .binary)
        #expect(reason(Array("%PDF-1.7\n".utf8)) == .binary)
        #expect(reason([0x50, 0x4B, 0x03, 0x04, 1, 2]) == .binary)
        #expect(reason((0..<2000).map { UInt8($0 % 8) }) == .binary)
    }

    @Test func oversizedInputIsRefused() {
        #expect(reason(Array(article.utf8), options: .init(maxBytes: 100)) == .tooLarge)
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claims-big-\(UUID().uuidString).html")
            .path
        _ = FileManager.default.createFile(atPath: path, contents: Data(article.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .failure(let diagnostic) = Ingestor(options: .init(maxBytes: 64)).ingest(path: path) else {
            Issue.record("expected a failure"); return
        }
        #expect(diagnostic.reason == .tooLarge)
        #expect(diagnostic.line.hasPrefix("claims: \(path): "))
    }

    @Test func deepNestingIsRefusedWithoutCrashing() {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 100_000) + "text"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        #expect(reason(Array(html.utf8)) == .tooDeep)
    }

    @Test func nestingUnderTheCapIsRead() {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 500) + article + String(repeating: "</div>", count: 500)
            + "</body></html>"
        #expect(reason(Array(html.utf8)) == nil)
    }

    @Test func aHugeTextNodeIsReadWhole() throws {
        let words = 2_000_000  // 10 MB of text in one node: over libxml2's limit without XML_PARSE_HUGE
        let html = "<html><body><p>" + String(repeating: "word ", count: words) + "end</p></body></html>"
        let result = ingestor.ingest(bytes: Array(html.utf8), path: "huge.html")
        let article = try result.get()
        #expect(article.words == words + 1)
        #expect(article.paragraphs.last?.hasSuffix("end") == true)
    }

    @Test func unreadableAndMissingFiles() {
        if case .failure(let d) = ingestor.ingest(path: "/nonexistent/claims/x.html") {
            #expect(d.reason == .notFound)
        } else {
            Issue.record("expected a failure")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-dir-\(UUID().uuidString).html")
            .path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        if case .failure(let d) = ingestor.ingest(path: dir) {
            #expect(d.reason == .unreadable)
        } else {
            Issue.record("expected a failure")
        }
    }

    @Test func unreadablePermissions() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claims-locked-\(UUID().uuidString).html"
        ).path
        _ = FileManager.default.createFile(
            atPath: path, contents: Data(article.utf8), attributes: [.posixPermissions: 0o000])
        defer { try? FileManager.default.removeItem(atPath: path) }
        if case .failure(let d) = ingestor.ingest(path: path) {
            #expect(d.reason == .unreadable)
        } else {
            Issue.record("expected a failure")
        }
    }

    @Test func pageWithoutArticleTextIsNoArticleText() {
        #expect(
            reason(Array("<html><body><nav><a href='/'>Home</a></nav><script>var a = 1;</script></body></html>".utf8))
                == .noArticleText)
    }

    @Test func invalidUTF8IsReadAsWindows1252WithANote() throws {
        let bytes =
            Array("<html><body><article><p>".utf8)
            + Array(String(repeating: "A long enough sentence about the caf", count: 8).utf8) + [0xE9]
            + Array(" opening.</p></article></body></html>".utf8)
        let article = try ingestor.ingest(bytes: bytes, path: "x.html").get()
        #expect(article.encoding == "windows-1252")
        #expect(article.text.hasSuffix("café opening."))
        #expect(article.notes.contains { $0.reason == .invalidEncoding })
    }

    @Test func libxml2SaysNothingOnBrokenMarkup() throws {
        // Broken markup must parse quietly (errors are silenced); the text survives.
        let html =
            "<html><body><div><p>"
            + String(repeating: "Broken markup still carries the news of the day, and readers want it. ", count: 4)
            + "<b><i></b></i></span></body>"
        let article = try ingestor.ingest(bytes: Array(html.utf8), path: "broken.html").get()
        #expect(article.text.contains("Broken markup still carries"))
    }
}
