import Foundation

/// Builds WARC files for the end-to-end tests: plain records in Swift, gzip ones with
/// `scripts/warc-pack.py` (the same packer `make bench` uses).
enum WARCFixture {
    /// One uncompressed WARC record with `block`, ended by the blank line the format asks for.
    static func record(
        _ type: String, _ block: [UInt8], contentType: String = "text/html",
        uri: String = "https://example.test/page", length: Int? = nil
    ) -> [UInt8] {
        let header =
            "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2026-11-30T08:00:00Z\r\n"
            + "Content-Type: \(contentType)\r\nContent-Length: \(length ?? block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A `response` record holding an HTTP response with `headers` and `body`.
    static func response(status: String = "200 OK", headers: String = "Content-Type: text/html", _ body: [UInt8])
        -> [UInt8]
    {
        record(
            "response", Array("HTTP/1.1 \(status)\r\n\(headers)\r\n\r\n".utf8) + body,
            contentType: "application/http; msgtype=response")
    }

    /// A small page with one claim sentence repeated.
    static func page(_ sentence: String = "Five people were killed in the blast, police said. ") -> [UInt8] {
        Array(
            ("<html><head><title>Blast</title></head><body><article><p>"
                + String(repeating: sentence, count: 8) + "</p></article></body></html>").utf8)
    }

    /// Runs `scripts/warc-pack.py` with `arguments`.
    static func pack(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", BinaryLocator.root.path + "/scripts/warc-pack.py"] + arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// The offsets of the gzip members of `bytes` (`1f 8b 08` at a member start).
    static func memberOffsets(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var i = 0
        while i + 3 <= bytes.count {
            if bytes[i] == 0x1F && bytes[i + 1] == 0x8B && bytes[i + 2] == 0x08 { offsets.append(i) }
            i += 1
        }
        return offsets
    }

    /// The claim records of a JSON Lines run with `article` left out, and the article ids in order of first use.
    static func claims(_ stdout: String) throws -> (records: [NSDictionary], articles: [String]) {
        var records: [NSDictionary] = []
        var articles: [String] = []
        for line in stdout.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let article = object["article"] as! String
            if articles.last != article { articles.append(article) }
            var rest = object
            rest["article"] = nil
            records.append(rest as NSDictionary)
        }
        return (records, articles)
    }
}
