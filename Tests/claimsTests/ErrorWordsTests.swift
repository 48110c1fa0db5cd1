import ClaimTestSupport
import Foundation
import Testing

/// User-facing errors in words through the built binary: the file, the place, what to do; no Swift names.
@Suite struct ErrorWordsTests {
    static let swiftWords = ["DecodingError", "CodingKeys", "keyNotFound", "typeMismatch", "Swift.", "Optional("]

    /// The sample gold file with `edit` applied to its JSON object.
    func goldFile(_ scratch: Scratch, _ edit: (inout [String: Any]) -> Void) throws -> String {
        let data = try Data(contentsOf: BinaryLocator.root.appendingPathComponent("corpus/seeds.gold.json"))
        var gold = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        edit(&gold)
        return try scratch.write("edited.gold.json", [UInt8](JSONSerialization.data(withJSONObject: gold)))
    }

    @Test func aGoldClaimWithoutAKeyIsNamedByArticleAndPosition() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try goldFile(scratch) { gold in
            var articles = gold["articles"] as! [String: Any]
            var article = articles["001_d0a399db87bfc5a2.txt"] as! [String: Any]
            var claims = article["claims"] as! [[String: Any]]
            claims[2]["anchor"] = nil
            article["claims"] = claims
            articles["001_d0a399db87bfc5a2.txt"] = article
            gold["articles"] = articles
        }
        let run = try BinaryLocator.run(["check", "corpus/txt", "--gold", path])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "claims: \(path): claim 3 of article 001_d0a399db87bfc5a2.txt has no 'anchor'; add it (the gold format is in docs/gold-format.md)\n"
        )
    }

    @Test func aGoldValueOfTheWrongKindAndBrokenJSONAreNamed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try goldFile(scratch) { gold in gold["categories"] = "killed" }
        let run = try BinaryLocator.run(["check", "corpus/txt", "--gold", path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("'categories' of the file should be a list"), "\(run.stderr)")
        let broken = try scratch.write("broken.json", "{\"articles\": {\n  \"a\": [1,}\n}")
        let syntax = try BinaryLocator.run(["check", "corpus/txt", "--gold", broken])
        #expect(syntax.status == 2)
        #expect(syntax.stderr.hasPrefix("claims: \(broken): not valid JSON at line 2, column"), "\(syntax.stderr)")
        for text in [run.stderr, syntax.stderr] {
            #expect(!Self.swiftWords.contains { text.contains($0) }, "\(text)")
            #expect(!text.contains("Usage:"))
        }
    }

    @Test func aGoldFileForOtherArticlesWarnsAndFails() throws {
        let run = try BinaryLocator.run([
            "check", "Tests/Fixtures/devset", "--gold", "corpus/seeds.gold.json", "--min-f1", "0",
            "--min-speaker", "0", "--min-subject", "0", "--min-qualifier", "0", "--min-grouping", "0",
        ])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "claims check: warning: the gold file corpus/seeds.gold.json names none of the 16 articles read"),
            "\(run.stderr)")
    }

    @Test func sizeCapMessagesUseTheUnitGiven() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let big = try scratch.write("big.txt", String(repeating: "Police said 12 people were killed. ", count: 450))
        let kib = try BinaryLocator.run(["text", big, "--max-size", "10K"])
        #expect(kib.status == 1)
        #expect(kib.stderr == "claims: \(big): file is 15.4 KiB, over the 10 KiB cap (--max-size)\n")
        let bytes = try BinaryLocator.run(["text", big, "--max-size", "15000"])
        #expect(bytes.stderr == "claims: \(big): file is 15750 bytes, over the 15000 bytes cap (--max-size)\n")
    }

    @Test(arguments: [
        (["--event-window", "-1"], "--event-window must be 0 or more days (got -1)"),
        (["--width", "0"], "--width must be at least 20 columns (got 0)"),
        (["--jobs", "-2"], "--jobs must be between 1 and"),
    ])
    func badNumbersAreUsageErrorsInWords(options: [String], message: String) throws {
        let run = try BinaryLocator.run(["report", "corpus/txt"] + options)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains("Missing value"))
    }

    @Test func unreadableSideFilesAreNamedWithTheirOptionAndNoUsageText() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let missing = scratch.path + "/none.txt"
        let aliases = try BinaryLocator.run(["extract", "corpus/txt", "--aliases", missing])
        #expect(aliases.status == 2)
        #expect(aliases.stderr == "claims: --aliases \(missing): no such file; check the path\n")
        let kinds = try BinaryLocator.run(["report", "corpus/txt", "--kinds", scratch.path])
        #expect(kinds.status == 2)
        #expect(kinds.stderr == "claims: --kinds \(scratch.path): is a folder; name a file\n")
        let records = try scratch.write("claims.jsonl", "{\"category\": 3}\n")
        let claims = try BinaryLocator.run(["report", "corpus/txt", "--claims", records])
        #expect(claims.status == 2)
        #expect(claims.stderr.contains("--claims \(records): line 1 is not a claim record"), "\(claims.stderr)")
    }
}
