import Testing

@testable import ClaimKit

@Suite struct HTTPResponseTests {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func statusHeadersAndBodyStartAreRead() throws {
        let block = bytes(
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\nX: y\r\n\r\n<p>gone</p>")
        let response = try #require(HTTPResponse.parse(block))
        #expect(response.status == 404)
        #expect(HTTPResponse.charset(of: response.contentType) == "ISO-8859-1")
        #expect(HTTPResponse.isHTML(mediaType: response.contentType) == true)
        #expect(Array(block[response.bodyStart...]) == bytes("<p>gone</p>"))
    }

    @Test func notHTTPAndNotHTMLAreTold() {
        #expect(HTTPResponse.parse(bytes("dns: 1.2.3.4 example.test")) == nil)
        #expect(HTTPResponse.isHTML(mediaType: "application/pdf") == false)
        #expect(HTTPResponse.isHTML(mediaType: "Application/XHTML+XML") == true)
        #expect(HTTPResponse.isHTML(mediaType: nil) == nil)
    }

    @Test func chunkedBodiesAreJoinedAndACutLastChunkKept() {
        #expect(HTTPResponse.dechunked(bytes("4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n")) == bytes("Wikipedia"))
        #expect(HTTPResponse.dechunked(bytes("4\r\nWiki\r\nA\r\npedia")) == bytes("Wikipedia"))
        #expect(HTTPResponse.dechunked(bytes("<html>")) == nil, "not chunked after all")
    }

    @Test func gzipContentEncodingIsUndoneAndCappedAndBadDataIsAProblem() throws {
        // gzip of "hello hello hello" (made with Python's gzip.compress(..., mtime=0)).
        let gz: [UInt8] = [
            0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57,
            0xC8, 0x40, 0x90, 0x00, 0x80, 0x88, 0xF9, 0xE5, 0x11, 0x00, 0x00, 0x00,
        ]
        let head = bytes("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n")
        let response = HTTPResponse.parse(head + gz)!
        #expect(try response.body(of: head + gz, limit: 100).get() == bytes("hello hello hello"))
        #expect(response.body(of: head + gz, limit: 5) == .failure(.tooLarge(17)))
        if case .success = response.body(of: head + Array(gz.prefix(14)) + [0xFF, 0xFF, 0xFF], limit: 100) {
            Issue.record("bad gzip must fail")
        }
    }

    @Test func httpCharsetComesAfterTheBOMAndBeforeMeta() {
        let cp1251: [UInt8] = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let byHeader = CharsetDecoder.decode(cp1251, isHTML: true, transportCharset: "Windows-1251")
        #expect(byHeader.encoding == "windows-1251" && byHeader.source == "http")
        #expect(String(decoding: byHeader.utf8, as: UTF8.self).hasSuffix("Привет"))
        let bom = CharsetDecoder.decode(
            [0xEF, 0xBB, 0xBF] + Array("Привет".utf8), isHTML: true, transportCharset: "windows-1251")
        #expect(bom.source == "bom")
        let unknown = CharsetDecoder.decode(
            Array("<meta charset=\"windows-1251\"><p>".utf8) + [0xCF], isHTML: true, transportCharset: "x-made-up")
        #expect(unknown.source == "meta", "a label we cannot read falls through to the page's own")
    }

    @Test func archiveNamesAreRecognised() {
        #expect(WARCArticleSource.isArchiveName("CC-NEWS-2026.warc.gz"))
        #expect(WARCArticleSource.isArchiveName("crawl.WARC"))
        #expect(!WARCArticleSource.isArchiveName("page.html.gz"))
        #expect(!WARCArticleSource.isArchiveName("notes.warc.txt"))
    }
}
