import ClaimTestSupport
import Foundation
import Testing

/// Web archives in: the same claims as the loose pages, and every damaged or non-article record
/// accounted for (a diagnostic naming file and offset, or a count by kind), the run going on.
@Suite struct WARCInputTests {
    /// Every stderr line is ours.
    private func expectOnlyOwnLines(_ run: BinaryLocator.Run, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in run.stderrLines {
            #expect(line.hasPrefix("claims: "), "stray stderr line: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func corpusAndBenchmarkPagesPackedAsOneArchiveGiveTheSameClaimsInTheSameOrder() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var sources = ["corpus/html"]
        let bench = BinaryLocator.shared.path + "/ingest-bench/aeb/html"
        if FileManager.default.fileExists(atPath: bench) { sources.append(bench) }
        let archive = scratch.path + "/pages.warc.gz", loose = scratch.path + "/loose"
        try WARCFixture.pack(["--loose", loose, archive] + sources)
        let fromLoose = try BinaryLocator.run(["extract", "--format", "jsonl", "--progress", loose])
        let fromArchive = try BinaryLocator.run(["extract", "--format", "jsonl", "--progress", archive])
        #expect(fromLoose.status == fromArchive.status)
        expectOnlyOwnLines(fromArchive)
        let a = try WARCFixture.claims(fromLoose.stdout), b = try WARCFixture.claims(fromArchive.stdout)
        #expect(a.records.count > 100)
        #expect(a.records == b.records, "same claims, same order")
        #expect(a.articles.count == b.articles.count)
        #expect(b.articles.allSatisfy { $0.hasPrefix(archive + "#") }, "article id: archive path # record offset")
        let pages = try FileManager.default.contentsOfDirectory(atPath: loose).count
        let summary = try #require(fromArchive.stderrLines.last)
        #expect(summary.contains("\(pages) files read") && summary.contains("1 WARC file"), "\(summary)")
    }

    @Test func perRecordGzipWholeFileGzipAndPlainWARCReadAlike() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var outputs: [[NSDictionary]] = []
        for mode in ["member", "whole", "none"] {
            let path = scratch.path + "/c-\(mode).warc" + (mode == "none" ? "" : ".gz")
            try WARCFixture.pack(["--gzip", mode, path, "corpus/html"])
            let run = try BinaryLocator.run(["extract", "--format", "jsonl", path])
            #expect(run.status == 0, "\(mode): \(run.stderr)")
            outputs.append(try WARCFixture.claims(run.stdout).records)
        }
        #expect(!outputs[0].isEmpty && outputs[0] == outputs[1] && outputs[1] == outputs[2])
        let text = try BinaryLocator.run(["text", "--format", "jsonl", scratch.path + "/c-member.warc.gz"])
        let first = try JSONSerialization.jsonObject(with: Data(text.stdoutLines[0].utf8)) as! [String: Any]
        #expect(first["fetched"] as? String == "2026-11-30T12:00:00Z", "WARC-Date is the crawl time")
        #expect(first["published"] as? String != "2026-11-30T12:00:00Z", "never the publication date")
        #expect((first["url"] as? String)?.hasPrefix("https://example.test/") == true, "url is WARC-Target-URI")
    }

    @Test func truncatedArchiveNamesTheCutMemberAndKeepsTheRecordsBeforeIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let whole = scratch.path + "/c.warc.gz"
        try WARCFixture.pack([whole, "corpus/html"])
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: whole)))
        let members = WARCFixture.memberOffsets(bytes)
        #expect(members.count == 5)
        let cut = try scratch.write("cut.warc.gz", Array(bytes[0..<(members[2] + members[3]) / 2]))
        let run = try BinaryLocator.run(["text", "--format", "jsonl", "--progress", cut])
        #expect(run.status == 1)
        expectOnlyOwnLines(run)
        #expect(run.stdoutLines.count == 2)
        let problems = run.stderrLines.filter { $0.hasPrefix("claims: \(cut)#") }
        #expect(problems == ["claims: \(cut)#\(members[2]): gzip member is truncated: the file ends inside it"])
        #expect(run.stderrLines.last?.contains("2 files read, 1 skipped (1 corrupt)") == true, "\(run.stderr)")
        // A plain WARC cut inside a record.
        let plain =
            WARCFixture.record("resource", WARCFixture.page()) + WARCFixture.record("resource", WARCFixture.page())
        let cutPlain = try scratch.write("cut.warc", Array(plain.dropLast(100)))
        let second = try BinaryLocator.run(["text", "--format", "jsonl", cutPlain])
        #expect(second.status == 1 && second.stdoutLines.count == 1)
        let offset = WARCFixture.record("resource", WARCFixture.page()).count
        #expect(
            second.stderrLines.first?.hasPrefix("claims: \(cutPlain)#\(offset): truncated record") == true,
            "\(second.stderr)")
    }

    @Test func corruptGzipMemberIsOneDiagnosticAndTheNextMembersAreRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let good = scratch.path + "/c.warc.gz"
        try WARCFixture.pack([good, "corpus/html"])
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: good)))
        let members = WARCFixture.memberOffsets(bytes)
        for i in ((members[2] + members[3]) / 2)..<((members[2] + members[3]) / 2 + 64) { bytes[i] ^= 0x55 }
        let bad = try scratch.write("bad.warc.gz", bytes)
        let run = try BinaryLocator.run(["extract", "--format", "jsonl", "--progress", bad])
        #expect(run.status == 1)
        expectOnlyOwnLines(run)
        let problems = run.stderrLines.filter { $0.hasPrefix("claims: \(bad)#") }
        #expect(
            problems.count == 1 && problems[0].hasPrefix("claims: \(bad)#\(members[2]): corrupt gzip member"),
            "\(problems)")
        let articles = try WARCFixture.claims(run.stdout).articles
        #expect(articles == [0, 1, 3, 4].map { "\(bad)#\(members[$0])" })
    }

    @Test func lyingContentLengthsAreNamedAndTheFollowingRecordsFound() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let page = WARCFixture.page()
        let records = [
            WARCFixture.record("resource", page),
            WARCFixture.record("resource", page, length: page.count + 5_000),  // swallows the next record
            WARCFixture.record("resource", page),
            WARCFixture.record("resource", page, length: page.count - 40),  // ends inside its block
            WARCFixture.record("resource", page),
        ]
        var offsets: [Int] = []
        var bytes: [UInt8] = []
        for record in records { offsets.append(bytes.count); bytes += record }
        let path = try scratch.write("lying.warc", bytes)
        let run = try BinaryLocator.run(["text", "--format", "jsonl", "--progress", path])
        #expect(run.status == 1)
        expectOnlyOwnLines(run)
        let problems = run.stderrLines.filter { $0.hasPrefix("claims: \(path)#") }
        #expect(problems.count == 2, "\(run.stderr)")
        #expect(problems.first?.hasPrefix("claims: \(path)#\(offsets[1]): ") == true)
        #expect(
            problems.last
                == "claims: \(path)#\(offsets[3]): Content-Length \(page.count - 40) does not end the record: skipped to the next record"
        )
        let read = try run.stdoutLines.map {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["article"] as! String
        }
        #expect(
            read == [0, 2, 4].map { "\(path)#\(offsets[$0])" }, "the record swallowed by a long length is found again")
    }

    @Test func nonArticleRecordsAreCountedByKindAndHTTPCodingsAreUndone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let page = WARCFixture.page()
        let chunked =
            Array("10\r\n".utf8) + page[0..<16] + Array("\r\n\(String(page.count - 16, radix: 16))\r\n".utf8)
            + page[16...] + Array("\r\n0\r\n\r\n".utf8)
        let cp1251 =
            Array("<html><body><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
            + Array(
                (String(repeating: " Five people were killed in the blast, police said.", count: 6)
                    + "</p></body></html>").utf8)
        let bytes =
            WARCFixture.record("warcinfo", Array("software: test\r\n".utf8), contentType: "application/warc-fields")
            + WARCFixture.record(
                "request", Array("GET / HTTP/1.1\r\n\r\n".utf8), contentType: "application/http; msgtype=request")
            + WARCFixture.response(headers: "Content-Type: image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0])
            + WARCFixture.response(status: "404 Not Found", page)
            + WARCFixture.response(status: "301 Moved Permanently", headers: "Location: /x", [])
            + WARCFixture.response(headers: "Content-Type: application/pdf", Array("%PDF-1.4".utf8))
            + WARCFixture.record("resource", Array("plain words".utf8), contentType: "text/plain")
            + WARCFixture.record("metadata", Array("fetchTimeMs: 3\r\n".utf8), contentType: "application/warc-fields")
            + WARCFixture.response(headers: "Content-Type: text/html\r\nTransfer-Encoding: chunked", chunked)
            + WARCFixture.response(headers: "Content-Type: text/html; charset=windows-1251", cp1251)
        let path = try scratch.write("mixed.warc", bytes)
        let run = try BinaryLocator.run(["text", "--format", "jsonl", "--progress", path])
        #expect(run.status == 0, "non-article records are counted, not errors: \(run.stderr)")
        #expect(run.stderrLines.count == 1)
        #expect(
            run.stderrLines.last?.hasPrefix(
                "claims: 2 files read, 0 skipped, 1 WARC file, 8 WARC records not articles "
                    + "(1 HTTP 301, 1 HTTP 404, 1 metadata, 3 not HTML, 1 request, 1 warcinfo), ") == true,
            "\(run.stderr)")
        let records = try run.stdoutLines.map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(
            (records[0]["text"] as? String)?.contains("Five people were killed in the blast") == true, "chunks joined")
        #expect(
            records[1]["encoding"] as? String == "windows-1251" && records[1]["encoding_source"] as? String == "http")
        #expect((records[1]["text"] as? String)?.hasPrefix("Привет") == true)
    }

    @Test func aHundredMegabyteRecordIsStreamedPastUnderTheCapAndTheNextOneRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path + "/big.warc"
        let size = 100 << 20
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let head = Array(
            "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: \(size)\r\n\r\n".utf8)
        file.write(Data(head))
        let chunk = Data(String(repeating: "<p>Five people were killed.</p>\n", count: 32_768).utf8)  // 1 MiB
        for _ in 0..<(size / chunk.count) { file.write(chunk) }
        file.write(Data("\r\n\r\n".utf8))
        file.write(Data(WARCFixture.record("resource", WARCFixture.page())))
        let video = Array(
            "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: video/mp4\r\nContent-Length: \(size)\r\n\r\n".utf8)
        file.write(Data(video))
        for _ in 0..<(size / chunk.count) { file.write(chunk) }
        file.write(Data("\r\n\r\n".utf8))
        try file.close()
        let run = try BinaryLocator.runMeasured(["text", "--format", "jsonl", path])
        #expect(run.status == 1)
        #expect(run.stderrLines.first == "claims: \(path)#0: record payload is 100.00 MiB, over the 32.00 MiB cap")
        #expect(run.stdoutLines.count == 1, "the record after it is read")
        #expect(run.stderrLines.count == 1, "the big non-HTML record is only counted")
        if let peak = run.peakKilobytes { #expect(peak < 80_000, "streamed, not held: \(peak) KB") }
        let lowered = try BinaryLocator.run(["text", "--format", "jsonl", "--progress", "--max-size", "1M", path])
        #expect(lowered.stderrLines.first == "claims: \(path)#0: record payload is 100.00 MiB, over the 1.00 MiB cap")
        #expect(
            lowered.stderrLines.last?.contains(
                "1 file read, 1 skipped (1 too large), 1 WARC file, 1 WARC record not an article (1 not HTML)") == true,
            "\(lowered.stderr)")
    }

    @Test func memoryStaysFlatOverManyLargeRecords() throws {
        // 400 records of 512 KiB that ingest refuses at once (PNG bytes labelled HTML): with two
        // workers, a page must be let go once read, whatever the length of the archive.
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path + "/many.warc"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 512 << 10)
        let record = Data(WARCFixture.response(png))
        for _ in 0..<400 { file.write(record) }
        try file.close()
        let run = try BinaryLocator.runMeasured(["text", "--format", "jsonl", "--jobs", "2", "--progress", path])
        #expect(run.status == 1)
        #expect(
            run.stderrLines.last?.hasPrefix("claims: 0 files read, 400 skipped (400 binary), 1 WARC file") == true,
            "\(run.stderrLines.suffix(1))")
        if let peak = run.peakKilobytes { #expect(peak < 100_000, "200 MiB of records went through in \(peak) KB") }
    }

    @Test func membersTooBigToInflateInOneCallAreStreamedAndReadTheSame() throws {
        // A member inflating past the one-call output room, and one whose gzip bytes outgrow the
        // 1 MiB read chunk, between small ones: each must give the text the plain .warc gives.
        let scratch = try Scratch()
        defer { scratch.remove() }
        // 330,000 words of 5 random letters and digits: about 2 MB that gzip only gets to about 1.2 MB.
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var seed: UInt64 = 42
        var noisy = Array("<html><body><article><p>Five people were killed.".utf8)
        for _ in 0..<330_000 {
            noisy.append(0x20)
            for _ in 0..<5 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                noisy.append(alphabet[Int((seed >> 33) % UInt64(alphabet.count))])
            }
        }
        noisy += Array("</p></article></body></html>".utf8)
        let pages = [
            ("a.html", WARCFixture.page()),
            (
                "b.html",
                WARCFixture.page(
                    String(repeating: "Three people were injured in the fire, police said. ", count: 60_000))
            ),
            ("c.html", noisy), ("d.html", WARCFixture.page()),
        ]
        for (name, bytes) in pages { _ = try scratch.write("pages/\(name)", bytes) }
        let gz = scratch.path + "/p.warc.gz", plain = scratch.path + "/p.warc"
        try WARCFixture.pack([gz, scratch.path + "/pages"])
        try WARCFixture.pack(["--gzip", "none", plain, scratch.path + "/pages"])
        let gzSize = try FileManager.default.attributesOfItem(atPath: gz)[.size] as? Int ?? 0
        #expect(pages[1].1.count > 2 << 20 && noisy.count < 2 << 20 && gzSize > (1 << 20) + (64 << 10))
        var texts: [[String]] = []
        for path in [gz, plain] {
            let run = try BinaryLocator.run(["text", "--format", "jsonl", path])
            #expect(run.status == 0, "\(run.stderr)")
            texts.append(
                try run.stdoutLines.map {
                    try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
                }.map { $0["text"] as? String ?? "" })
        }
        #expect(texts[0].count == 4 && texts[0] == texts[1])
    }

    @Test func aHundredThousandTinyRecordsAreEachAccountedFor() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var bytes: [UInt8] = []
        let tiny = WARCFixture.record(
            "resource",
            WARCFixture.page("Two people were hurt when the roof of the old market hall fell in, officials said. "))
        for i in 0..<100_000 {
            bytes +=
                i % 100 == 0
                ? tiny
                : WARCFixture.record("metadata", Array("n: \(i)\r\n".utf8), contentType: "application/warc-fields")
        }
        let path = try scratch.write("tiny.warc", bytes)
        let run = try BinaryLocator.run(["extract", "--format", "jsonl", "--progress", path])
        #expect(run.status == 0, "\(run.stderrLines.suffix(2))")
        #expect(run.stderrLines.count == 1, "no record is a problem")
        #expect(
            run.stderrLines.last?.hasPrefix(
                "claims: 1000 files read, 0 skipped, 1 WARC file, 99000 WARC records not articles (99000 metadata), ")
                == true, "\(run.stderrLines.suffix(1))")
        #expect(Set(try WARCFixture.claims(run.stdout).articles).count == 1000)
    }
}
