import Foundation
import Testing

@testable import ClaimKit

/// Pages as browsers save them: MHTML archives, server-page names, no extension, asset folders.
@Suite struct SavedPageTests {
    static let page =
        "<html><head><title>Flood</title></head><body><article><p>Rescuers said 12 people were killed.</p></article></body></html>"

    static func archive(part: String, encoding: String) -> [UInt8] {
        Array(
            ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.org/a\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"--B--\"\r\n\r\n"
                + "----B--\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
                + "----B--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: \(encoding)\r\n"
                + "Content-Location: https://news.example.org/story\r\n\r\n\(part)\r\n----B----\r\n").utf8)
    }

    @Test func quotedPrintablePartIsDecoded() {
        let qp = "<p class=3D\"x\">caf=C3=A9 and a soft=\r\nbreak</p>"
        let page = MHTMLReader.page(Self.archive(part: qp, encoding: "quoted-printable"))
        #expect(page.map { String(decoding: $0.html, as: UTF8.self) } == "<p class=\"x\">café and a softbreak</p>")
        #expect(page?.url == "https://news.example.org/story")
    }

    @Test func base64PartIsDecoded() {
        let encoded = Data(Self.page.utf8).base64EncodedString(options: .lineLength76Characters)
        let page = MHTMLReader.page(Self.archive(part: encoded, encoding: "base64"))
        #expect(page.map { String(decoding: $0.html, as: UTF8.self) } == Self.page)
    }

    @Test func anArchiveWithoutAPageIsNil() {
        let bytes = Array(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nAAAA\r\n--x--\r\n"
                .utf8)
        #expect(MHTMLReader.page(bytes) == nil)
    }

    @Test func contentDecidesWhenTheNameDoesNot() {
        #expect(PageSniffer.kind(path: "index.php", textBytes: Array("\n  <!DOCTYPE html><html>".utf8)) == .html)
        #expect(PageSniffer.kind(path: "story", textBytes: Array("Police said 4 people died.\n".utf8)) == .text)
        #expect(PageSniffer.kind(path: "page", textBytes: Self.archive(part: "x", encoding: "7bit")) == .mhtml)
        #expect(PageSniffer.kind(ofContent: [0x25, 0x50, 0x44, 0x46, 0x2D]) == .other)
        #expect(PageSniffer.kind(path: "notes.txt", textBytes: Array("<html>".utf8)) == .text)  // the name says text
    }

    @Test func ingestReadsTheArchivePageAndItsAddress() throws {
        let encoded = Data(Self.page.utf8).base64EncodedString()
        let article = try Ingestor().ingest(bytes: Self.archive(part: encoded, encoding: "base64"), path: "saved.mhtml")
            .get()
        #expect(article.paragraphs == ["Rescuers said 12 people were killed."])
        #expect(article.url == "https://news.example.org/story")
    }

    @Test func assetFolderNeedsItsPageBeside() {
        #expect(SavedPageAssets.isAssetFolder("Story_files", siblings: ["Story.html", "Story_files"]))
        #expect(SavedPageAssets.isAssetFolder("index_files", siblings: ["index.php"]))
        #expect(!SavedPageAssets.isAssetFolder("old_files", siblings: ["Story.html"]))
        #expect(!SavedPageAssets.isAssetFolder("_files", siblings: [".html"]))
    }

    static let gzippedPage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/ingest-pages/gzipped-page.html.gz").path

    @Test func aGzippedPageIsInflatedAndReadAsHTML() throws {
        let article = try Ingestor().ingest(path: Self.gzippedPage).get()
        #expect(article.title == "Harbour crane back in service")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.hasPrefix("The big crane on the east quay") == true)
        #expect(!article.paragraphs.joined().contains("All rights reserved"))
    }

    @Test func aDamagedOrOversizedGzippedPageIsADiagnostic() throws {
        let gzip = try Array(Data(contentsOf: URL(fileURLWithPath: Self.gzippedPage)))
        func reason(_ bytes: [UInt8], _ path: String, maxBytes: Int = 1 << 20) -> Diagnostic.Reason? {
            if case .failure(let d) = Ingestor(options: .init(maxBytes: maxBytes)).ingest(bytes: bytes, path: path) {
                return d.reason
            }
            return nil
        }
        #expect(reason(Array(gzip.prefix(12)) + Array(repeating: 0x41, count: 40), "page.html.gz") == .corrupt)
        #expect(reason(Array(gzip.prefix(40)), "page.htm.gz") == .corrupt)  // cut short
        #expect(reason(gzip, "page.html.gz", maxBytes: 200) == .tooLarge)  // the inflated page is over the cap
        #expect(reason(gzip, "page.html.gz") == nil)
        #expect(reason(gzip, "page.gz") == .binary)  // only pages are inflated
    }

    @Test func gzippedPagesAreArticleFilesByName() {
        #expect(InputWalker.isArticleFile("story.html.gz") && InputWalker.isArticleFile("STORY.HTM.GZ"))
        #expect(!InputWalker.isArticleFile("notes.txt.gz") && !InputWalker.isArticleFile("data.gz"))
    }
}
