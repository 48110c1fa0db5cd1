import ClaimTestSupport
import Foundation
import Testing

/// The map and reduce steps: `extract --with-articles` writes what a report needs, and
/// `report --claims` rebuilds the very same report from those JSON Lines with no page at hand.
@Suite struct ArticleRecordCommandTests {
    static let inputs: [String: [String]] = [
        "corpus": ["corpus/html"],
        // Two renditions of the same articles (wire copies by their sketches) and other stories.
        "mixed": ["corpus/html", "corpus/txt", "Tests/Fixtures/devset"],
    ]

    @Test(arguments: ["corpus", "mixed"])
    func reportFromJSONLinesIsByteIdenticalToTheReportFromThePages(_ name: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let paths = Self.inputs[name]!
        let mapped = try BinaryLocator.run(["extract", "--with-articles", "--jobs", "2"] + paths)
        let records = try scratch.write("map.jsonl", mapped.stdout)
        let articleLines = mapped.stdoutLines.filter { $0.hasPrefix("{\"record\":\"article\"") }
        let direct = try BinaryLocator.run(["text", "--format", "jsonl"] + paths)
        #expect(articleLines.count == direct.stdoutLines.count, "one article record per article")
        for format in ["jsonl", "html", "csv", "markdown", "json"] {
            let fromPages = try BinaryLocator.run(
                ["report", "--format", format, "--output", scratch.path + "/a.\(format)"] + paths)
            let fromRecords = try BinaryLocator.run([
                "report", "--format", format, "--output", scratch.path + "/b.\(format)", "--claims", records,
            ])
            #expect(fromRecords.status == 0, "\(fromRecords.stderr)")
            let a = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/a.\(format)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/b.\(format)"))
            #expect(
                !a.isEmpty && a == b,
                "\(name) \(format): the report from JSON Lines must be byte-identical (\(fromPages.status))")
        }
    }

    @Test func recordsComeFromStandardInputAndSeveralFilesToo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let html = try scratch.write(
            "html.jsonl", try BinaryLocator.run(["extract", "--with-articles", "corpus/html"]).stdout)
        let devset = try BinaryLocator.run(["extract", "--with-articles", "Tests/Fixtures/devset"]).stdout
        let direct = try BinaryLocator.run(["report", "--format", "jsonl", "corpus/html", "Tests/Fixtures/devset"])
        let split = try BinaryLocator.run(
            ["report", "--format", "jsonl", "--claims", html, "--claims", "-"], stdin: devset)
        #expect(split.stdout == direct.stdout && !split.stdout.isEmpty)
    }

    @Test func aDamagedArticleRecordIsAUsageErrorNamingTheLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bad = try scratch.write("bad.jsonl", "{\"record\":\"article\",\"article\":\"x.html\",\"words\":\"many\"}\n")
        let run = try BinaryLocator.run(["report", "--format", "jsonl", "--claims", bad])
        #expect(run.status == 2, "usage error")
        #expect(run.stderr.contains("bad.jsonl: line 1 is not an article record"), "\(run.stderr)")
        let none = try BinaryLocator.run(["extract", "--with-articles", "--format", "csv", "corpus/html"])
        #expect(none.status != 0 && none.stderr.contains("--with-articles writes JSON Lines"))
    }
}
