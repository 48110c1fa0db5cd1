import ClaimTestSupport
import Foundation
import Testing

/// The batch behaviour of `claims text` and `claims extract`: inputs, order, formats, exit codes.
@Suite struct BatchCommandTests {
    @Test func usageErrorsExitTwoWithAMessage() throws {
        for arguments in [
            ["text"], ["text", "--jobs", "0", "corpus"], ["text", "--max-size", "12Q", "corpus"],
            ["extract", "--format", "pdf", "corpus"], ["text", "--no-such-option", "corpus"],
        ] {
            let run = try BinaryLocator.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("Error"), "\(arguments): \(run.stderr)")
        }
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let run = try BinaryLocator.run(["text", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("0  every article file was read"))
        #expect(run.stdout.contains("2  usage error"))
    }

    @Test func pathsFromStandardInputInTheOrderGiven() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let b = try scratch.write("b.txt", "Two soldiers were injured.")
        let a = try scratch.write("a.txt", "Five mines were found.")
        let run = try BinaryLocator.run(
            ["text", "--format", "jsonl", "-"], stdin: "\(b)\n\n\(a)\n\(scratch.path)/missing.txt\n")
        #expect(run.status == 1)
        #expect(run.stdoutLines.count == 2)
        #expect(run.stdoutLines.first?.contains("\"article\":\"\(b)\"") == true)
        #expect(run.stdoutLines.last?.contains("\"article\":\"\(a)\"") == true)
        #expect(run.stderrLines == ["claims: \(scratch.path)/missing.txt: no such file or folder"])
    }

    @Test func nonTerminalStderrGetsOnlyDiagnosticsUnlessProgressIsAsked() throws {
        let quiet = try BinaryLocator.run(["text", "--format", "jsonl", "corpus"])
        #expect(quiet.status == 0)
        #expect(quiet.stderrLines.allSatisfy { !$0.contains("files read") })
        let loud = try BinaryLocator.run(["text", "--format", "jsonl", "--progress", "corpus"])
        #expect(loud.stderrLines.last?.hasPrefix("claims: ") == true)
        #expect(loud.stderrLines.last?.contains("files read, 0 skipped") == true)
        #expect(!loud.stderr.contains("\u{1B}["), "no terminal escapes when stderr is not a terminal")
        let extract = try BinaryLocator.run(["extract", "--format", "jsonl", "--progress", "corpus"])
        #expect(extract.stderrLines.last?.contains(" claim") == true, "extract's summary counts claims")
    }

    @Test func notArticleFilesInAFolderAreNotedButAFileNamedDirectlyIsSkipped() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("in/a.txt", "Five mines were found.")
        let json = try scratch.write("in/notes.json", "{}")
        try scratch.write("in/.hidden.txt", "Nine soldiers were killed.")
        let walked = try BinaryLocator.run(["text", "--format", "jsonl", "--progress", scratch.path + "/in"])
        #expect(walked.status == 0)
        #expect(walked.stdoutLines.count == 1)
        #expect(walked.stderrLines.first?.hasPrefix("claims: \(json): skipped: not an article file") == true)
        #expect(walked.stderrLines.last?.contains("1 file read, 0 skipped, 1 not article file, 1 hidden") == true)
        let named = try BinaryLocator.run(["text", "--format", "jsonl", json])
        #expect(named.status == 1)
    }

    @Test func manifestSuppliesWhatTheTextCannotAndBadRowsAreNamed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "in/manifest.csv",
            "file,outlet,url,published\na.txt,\"Daily Example, London\",https://example.test/a,2023-09-19\nb.txt,B,,not a date\n"
        )
        try scratch.write("in/a.txt", "Five mines were found near the village.")
        try scratch.write("in/b.txt", "Two soldiers were injured.")
        let run = try BinaryLocator.run(["text", "--format", "jsonl", scratch.path + "/in"])
        #expect(run.status == 1, "a bad manifest row is a problem in the input")
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("claims: \(scratch.path)/in/manifest.csv: manifest line 3: ") == true)
        let first = try JSONSerialization.jsonObject(with: Data(run.stdoutLines[0].utf8)) as! [String: Any]
        #expect(first["outlet"] as? String == "Daily Example, London")
        #expect(first["url"] as? String == "https://example.test/a")
        #expect(first["published"] as? String == "2023-09-19")
        #expect(first["published_source"] as? String == "manifest")
        let second = try JSONSerialization.jsonObject(with: Data(run.stdoutLines[1].utf8)) as! [String: Any]
        #expect(second["outlet"] as? String == "B")
        #expect(run.stdoutLines.count == 2, "manifest.csv itself is not an article")
    }

    @Test func readingAndTableAndCSVFormats() throws {
        let text = try BinaryLocator.run(["text", "--format", "text", "corpus/txt"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("== corpus/txt/"))
        let csv = try BinaryLocator.run(["extract", "--format", "csv", "corpus/txt"])
        #expect(csv.status == 0)
        #expect(csv.stdoutLines.first?.hasPrefix("article,") == true)
        let table = try BinaryLocator.run(["extract", "--format", "table", "corpus/txt"])
        #expect(table.status == 0)
        #expect(table.stdoutLines.first?.hasPrefix("corpus/txt/") == true)
    }

    @Test func corpusTextAndExtractReadEveryArticle() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: BinaryLocator.root.path + "/corpus")
            .filter { ["txt", "html"].contains(($0 as NSString).pathExtension) }
        let text = try BinaryLocator.run(["text", "--format", "jsonl", "corpus"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdoutLines.count == files.count)
        let extract = try BinaryLocator.run(["extract", "--format", "jsonl", "corpus"])
        #expect(extract.status == 0, "\(extract.stderr)")
        for line in extract.stdoutLines {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            #expect((record["article"] as? String)?.hasPrefix("corpus/") == true)
        }
    }
}

@Suite struct AliasOptionTests {
    @Test func aUserAliasTableNamesTheEntity() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let article = try scratch.write(
            "a.txt", "Four soldiers were killed in the attack, the Northland border guards said on Monday.")
        let table = try scratch.write(
            "aliases.txt", "# test table\nBorder Service of Northland = Northland border guards\n")
        let plain = try BinaryLocator.run(["extract", "--format", "jsonl", article])
        let aliased = try BinaryLocator.run(["extract", "--format", "jsonl", "--aliases", table, article])
        #expect(aliased.status == 0)
        #expect(!plain.stdout.contains("Border Service of Northland"))
        #expect(aliased.stdout.contains("\"speaker_entity\":\"Border Service of Northland\""), "\(aliased.stdout)")
        let missing = try BinaryLocator.run(["extract", "--aliases", scratch.path + "/none.txt", article])
        #expect(missing.status == 2)
    }

    /// Regression: `report` and `check` accepted `--aliases` and extracted without it.
    @Test func reportAndCheckUseTheAliasTableToo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let article = try scratch.write(
            "a.txt", "Four soldiers were killed in the attack, the Northland border guards said on Monday.")
        let table = try scratch.write("aliases.txt", "Border Service of Northland = Northland border guards\n")
        let plain = try BinaryLocator.run(["report", "--format", "jsonl", article])
        let aliased = try BinaryLocator.run(["report", "--format", "jsonl", "--aliases", table, article])
        #expect(plain.status == 0 && aliased.status == 0)
        #expect(!plain.stdout.contains("Border Service of Northland"))
        #expect(aliased.stdout.contains("\"speaker_entity\":\"Border Service of Northland\""), "\(aliased.stdout)")
        let gold = try scratch.write(
            "a.gold.json",
            """
            {"categories": ["killed"], "articles": {"a.txt": {"claims": [
              {"category": "killed", "value": 4, "speaker": ["border service"], "anchor": "Four soldiers"}]}}}
            """)
        let check = [
            "check", "--gold", gold, "--min-f1", "0", "--min-subject", "0", "--min-qualifier", "0",
            "--min-grouping", "0", "--min-speaker", "1", article,
        ]
        let unaliased = try BinaryLocator.run(check)
        #expect(unaliased.status == 1 && unaliased.stderr.contains("speaker accuracy"), "\(unaliased.stderr)")
        let checked = try BinaryLocator.run(check + ["--aliases", table])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    }
}
