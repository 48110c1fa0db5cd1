import ClaimTestSupport
import Foundation
import Testing

/// One `claims report` run writing several formats: each file holds exactly what a run asking
/// for that format alone prints, and no file is written that was not named (or named twice).
@Suite struct ReportOutputsCommandTests {
    /// What `claims report ARGS --format FORMAT` prints on stdout, as bytes.
    static func single(_ arguments: [String], _ format: String, bom: Bool = false) throws -> Data {
        let run = try BinaryLocator.run(arguments + ["--format", format, "--no-progress"] + (bom ? ["--bom"] : []))
        #expect(run.status == 0, "\(format): \(run.stderr)")
        return Data(run.stdout.utf8)
    }

    static func read(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func everyFileIsByteIdenticalToItsFormatAlone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let input = ["report", "corpus/txt"]
        let run = try BinaryLocator.run(
            input + [
                "--no-progress", "-o", scratch.path + "/r.jsonl", "--output", scratch.path + "/r.csv",
                "-o", scratch.path + "/r.md", "-o", scratch.path + "/r.json", "--html", scratch.path + "/page.html",
            ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "claims: wrote the HTML report to \(scratch.path)/page.html\n")
        for (file, format) in [("r.jsonl", "jsonl"), ("r.csv", "csv"), ("r.md", "markdown"), ("r.json", "json")] {
            #expect(try Self.read(scratch.path + "/" + file) == Self.single(input, format), "\(file)")
        }
        #expect(try Self.read(scratch.path + "/page.html") == Self.single(input, "html"))
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
        #expect(names == ["page.html", "r.csv", "r.json", "r.jsonl", "r.md"])
    }

    @Test func aFormatListPairsWithTheFilesInOrderAndBomReachesEveryCSV() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Claim and article records in, as the Spark reduce gives them; files without a telling extension.
        let records = try BinaryLocator.run(["extract", "corpus/txt", "--with-articles", "--format", "jsonl"])
        #expect(records.status == 0)
        let input = ["report", "--claims", "-"]
        let run = try BinaryLocator.run(
            input + [
                "--format", "stories,jsonl,csv", "-o", scratch.path + "/a", "-o", scratch.path + "/b",
                "-o", scratch.path + "/c", "--bom", "--no-progress",
            ], stdin: records.stdout)
        #expect(run.status == 0, "\(run.stderr)")
        for (file, format) in [("a", "stories"), ("b", "jsonl")] {
            let alone = try BinaryLocator.run(input + ["--format", format], stdin: records.stdout)
            #expect(try Self.read(scratch.path + "/" + file) == Data(alone.stdout.utf8), "\(file)")
        }
        let csv = try BinaryLocator.run(input + ["--format", "csv", "--bom"], stdin: records.stdout)
        let written = try Self.read(scratch.path + "/c")
        #expect(written == Data(csv.stdout.utf8))
        #expect(written.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func outputsThatCannotBeToldApartAreRefusedBeforeAnythingIsWritten() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let kept = try scratch.write("r.jsonl", "the user's own file\n")
        let cases: [([String], String)] = [
            (["-o", kept, "-o", scratch.path + "/./r.jsonl"], "names the same file as --output \(kept)"),
            (["-o", scratch.path + "/new.csv", "--html", scratch.path + "/new.csv"], "names the same file as --html"),
            (["-o", scratch.path + "/a", "-o", scratch.path + "/b.csv"], "each file's extension picks its format"),
            (["--format", "jsonl", "-o", scratch.path + "/a.csv", "-o", scratch.path + "/b.csv"], "1 format for 2"),
            (["--format", "jsonl,csv"], "name one --output FILE for each"),
            (["--format", "jsonl,csv", "-o", scratch.path + "/a.csv"], "name one --output FILE for each"),
            (["--bom", "-o", scratch.path + "/a.jsonl", "-o", scratch.path + "/b.md"], "--bom is for CSV output"),
        ]
        for (options, message) in cases {
            let run = try BinaryLocator.run(["report", "corpus/txt", "missing-input.txt"] + options)
            #expect(run.status == 2, "\(options)")
            #expect(run.stderr.contains(message), "\(options): \(run.stderr)")
            #expect(!run.stderr.contains("missing-input"), "the run must not start: \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "the user's own file\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["r.jsonl"])
    }

    @Test func oneOutputKeepsItsRules() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // --format wins over the extension; an unknown extension alone still gets JSON Lines.
        let csvInTxt = try BinaryLocator.run(["report", "corpus/txt", "--format", "csv", "-o", scratch.path + "/r.txt"])
        #expect(csvInTxt.status == 0)
        #expect(try Self.read(scratch.path + "/r.txt") == Self.single(["report", "corpus/txt"], "csv"))
        let plain = try BinaryLocator.run(["report", "corpus/txt", "-o", scratch.path + "/r.out"])
        #expect(plain.status == 0)
        #expect(try Self.read(scratch.path + "/r.out") == Self.single(["report", "corpus/txt"], "jsonl"))
    }
}
