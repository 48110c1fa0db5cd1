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
        #expect(PageSniffer.kind(path: "index.php", bytes: Array("\n  <!DOCTYPE html><html>".utf8)) == .html)
        #expect(PageSniffer.kind(path: "story", bytes: Array("Police said 4 people died.\n".utf8)) == .text)
        #expect(PageSniffer.kind(path: "page", bytes: Self.archive(part: "x", encoding: "7bit")) == .mhtml)
        #expect(PageSniffer.kind(path: "x", bytes: [0x25, 0x50, 0x44, 0x46, 0x2D]) == .other)
        #expect(PageSniffer.kind(path: "notes.txt", bytes: Array("<html>".utf8)) == .text)  // the name says text
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
}
