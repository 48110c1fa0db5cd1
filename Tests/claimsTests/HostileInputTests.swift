import ClaimTestSupport
import Foundation
import Testing

/// Inputs that try to break `claims`: each bad one is one stderr line naming the file and the
/// reason, the batch goes on, the exit status is 1, and nothing but `claims:` lines reach stderr.
@Suite struct HostileInputTests {
    static let folder = "Tests/Fixtures/hostile"
    /// Fixtures that cannot be read as articles, with a word their diagnostic must contain.
    static let unreadable: [String: String] = [
        "empty.html": "empty", "whitespace-only.txt": "white space", "png-renamed.html": "PNG",
        "no-article-text.html": "no article text",
    ]

    private func fixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: BinaryLocator.root.path + "/" + Self.folder)
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Every stderr line is ours: `claims: PATH: reason` or the summary, never parser noise.
    private func expectOnlyOwnLines(_ run: BinaryLocator.Run, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in run.stderrLines {
            #expect(line.hasPrefix("claims: "), "stray stderr line: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func fixtureFolderEveryBadInputIsNamedAndTheRestIsRead() throws {
        let run = try BinaryLocator.run(["text", "--format", "jsonl", "--progress", Self.folder])
        #expect(run.status == 1)
        expectOnlyOwnLines(run)
        let articles = try run.stdoutLines.map { line -> String in
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return (record["article"] as! String).replacingOccurrences(of: Self.folder + "/", with: "")
        }
        let names = try fixtureNames()
        #expect(articles == names.filter { Self.unreadable[$0] == nil }, "every readable fixture once, in sorted order")
        for (name, word) in Self.unreadable {
            let lines = run.stderrLines.filter { $0.hasPrefix("claims: \(Self.folder)/\(name): ") }
            #expect(lines.count == 1, "\(name): \(lines)")
            #expect(lines.first?.lowercased().contains(word.lowercased()) == true, "\(name): \(lines)")
        }
        let summary = try #require(run.stderrLines.last)
        #expect(summary.contains("\(names.count - Self.unreadable.count) files read"), "\(summary)")
        #expect(summary.contains("\(Self.unreadable.count) skipped"), "\(summary)")
    }

    @Test func decodingRemarksAreReportedButTheTextIsRead() throws {
        let run = try BinaryLocator.run([
            "text", "--format", "jsonl", Self.folder + "/overlong-utf8.txt", Self.folder + "/utf16le-bom.html",
        ])
        #expect(run.status == 1)
        #expect(run.stdoutLines.count == 2)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("claims: \(Self.folder)/overlong-utf8.txt: ") == true)
        #expect(run.stdout.contains("Five mines were found"), "UTF-16 with a BOM is decoded")
    }

    @Test func outputIsByteIdenticalForOneAndTwoJobs() throws {
        for command in ["text", "extract"] {
            let one = try BinaryLocator.run([command, "--format", "jsonl", "--jobs", "1", Self.folder, "corpus"])
            let two = try BinaryLocator.run([command, "--format", "jsonl", "--jobs", "2", Self.folder, "corpus"])
            let eight = try BinaryLocator.run([command, "--format", "jsonl", "--jobs", "8", Self.folder, "corpus"])
            #expect(one.stdout == two.stdout && one.stdout == eight.stdout, "\(command) stdout")
            #expect(one.stderr == two.stderr && one.stderr == eight.stderr, "\(command) stderr")
            #expect(one.status == 1 && two.status == 1)
        }
    }

    @Test func extractSurvivesEveryFixture() throws {
        let run = try BinaryLocator.run(["extract", "--format", "jsonl", Self.folder])
        #expect(run.status == 1)
        expectOnlyOwnLines(run)
        for line in run.stdoutLines {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(record?["category"] != nil, "\(line.prefix(200))")
        }
    }

    @Test func deepNestingIsOneDiagnostic() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let depth = 100_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "Four soldiers were killed."
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let deep = try scratch.write("deep.html", html)
        let good = try scratch.write("good.txt", "Two civilians were injured in the blast, police said.")
        let run = try BinaryLocator.run(["text", "--format", "jsonl", deep, good])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("claims: \(deep): ") == true)
        #expect(run.stderrLines.first?.contains("deep") == true || run.stderrLines.first?.contains("nest") == true)
        #expect(run.stdoutLines.count == 1, "the batch goes on to the next file")
    }

    @Test func textNodesOverAndUnderTheSizeCap() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let word = Array("casualties ".utf8)
        func page(megabytes: Int) -> [UInt8] {
            var bytes = Array("<html><head><title>Big</title></head><body><article><p>".utf8)
            bytes.reserveCapacity(megabytes << 20 + 100)
            while bytes.count < megabytes << 20 { bytes += word }
            return bytes + Array("</p></article></body></html>".utf8)
        }
        let fifty = try scratch.write("fifty.html", page(megabytes: 50))
        let twenty = try scratch.write("twenty.html", page(megabytes: 20))
        let run = try BinaryLocator.run(["text", "--format", "jsonl", fifty, twenty])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("claims: \(fifty): ") == true)
        #expect(run.stderrLines.first?.contains("cap") == true)
        let record = try #require(run.stdoutLines.first)
        let json = try JSONSerialization.jsonObject(with: Data(record.utf8)) as! [String: Any]
        #expect((json["words"] as? Int ?? 0) > 1_800_000, "the 20 MB text node is read whole, not cut at 10 MB")
    }

    @Test func maxSizeOptionAndUnreadableFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let big = try scratch.write("big.txt", String(repeating: "Three people were killed. ", count: 100))
        let locked = try scratch.write("locked.txt", "Four soldiers were killed.")
        chmod(locked, 0)
        let run = try BinaryLocator.run(["text", "--format", "jsonl", "--max-size", "1K", big, locked])
        #expect(run.stderrLines.first?.hasPrefix("claims: \(big): ") == true)
        #expect(run.stderrLines.first?.contains("cap") == true)
        #expect(run.status == 1)
        if geteuid() == 0 {
            // root reads a chmod 000 file anyway: it is simply read.
            #expect(run.stdoutLines.count == 1)
        } else {
            #expect(run.stderrLines.count == 2)
            #expect(run.stderrLines.last?.hasPrefix("claims: \(locked): ") == true)
        }
    }

    @Test func oneMegabyteSentenceAndHugeNumbersThroughExtract() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var sentence = "Officials said that"
        while sentence.utf8.count < 1 << 20 { sentence += " more than 1,000 soldiers and 20 tanks and" }
        try scratch.write("long.txt", sentence + " nobody was killed.\n")
        let run = try BinaryLocator.run([
            "extract", "--format", "jsonl", scratch.path, Self.folder + "/digits-10000.txt",
            Self.folder + "/huge-exponent.txt", Self.folder + "/range-overflow.txt",
        ])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        for line in run.stdoutLines {
            #expect(!line.contains("inf") && !line.contains("nan"), "numbers stay valid JSON: \(line.prefix(300))")
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
    }

    @Test func symlinkLoopsAndPipesNeitherHangNorRepeat() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("in/a.txt", "Five mines were found.")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/in/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/in/self.txt", withDestinationPath: "self.txt")
        mkfifo(scratch.path + "/in/pipe.txt", 0o644)
        let run = try BinaryLocator.run([
            "text", "--format", "jsonl", scratch.path + "/in", scratch.path + "/in/pipe.txt",
        ])
        #expect(run.status == 1)
        #expect(run.stdoutLines.count == 1, "a.txt once, never again through the loop")
        let named = run.stderrLines.map { $0.components(separatedBy: ": ").dropFirst().first ?? "" }
        #expect(
            named == [
                scratch.path + "/in/loop", scratch.path + "/in/pipe.txt", scratch.path + "/in/self.txt",
                scratch.path + "/in/pipe.txt",
            ])
        #expect(run.stderrLines[0].contains("loop") && run.stderrLines[2].contains("loop"))
    }

    @Test func aFileNameWithALineBreakStillGivesOneLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("in/two\nlines.txt", "")
        let run = try BinaryLocator.run(["text", "--format", "jsonl", scratch.path + "/in"])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["claims: \(scratch.path)/in/two\\nlines.txt: empty file"])
    }

    @Test func hundredThousandEmptyFilesInBoundedMemory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let count = 100_000
        for i in 0..<count {
            let path = scratch.path + "/" + String(i) + ".txt"
            let fd = open(path, O_CREAT | O_WRONLY, 0o644)
            if fd >= 0 { close(fd) }
        }
        let run = try BinaryLocator.runMeasured([
            "text", "--format", "jsonl", "--progress", "--jobs", "2", scratch.path,
        ])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == count + 1)
        #expect(run.stderrLines.first == "claims: \(scratch.path)/0.txt: empty file", "byte order: 0.txt first")
        #expect(
            run.stderrLines[1] == "claims: \(scratch.path)/1.txt: empty file", "then 1.txt (before 10.txt: '.' < '0')")
        let summary = try #require(run.stderrLines.last)
        #expect(summary.hasPrefix("claims: 0 files read, \(count) skipped (\(count) empty)"), "\(summary)")
        if let peak = run.peakKilobytes { #expect(peak < 150 * 1024, "peak \(peak) KB") }
    }
}
