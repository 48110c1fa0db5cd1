import ClaimTestSupport
import Foundation
import Testing

/// Safe, predictable output through the built binary: stdout unless a file is named, no folders
/// made, files checked before the run, CSV that a spreadsheet cannot run, JSON that is only JSON.
@Suite struct OutputSafetyTests {
    @Test func htmlWithoutAFileGoesToStdoutAndWritesNoFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let corpus = BinaryLocator.root.appendingPathComponent("corpus/txt").path
        let run = try BinaryLocator.run(["report", corpus, "--format", "html"], directory: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test func aMissingOutputFolderIsAnErrorBeforeTheRunAndIsNotCreated() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for (command, option) in [
            ("text", "--output"), ("extract", "--output"), ("report", "--output"), ("report", "--html"),
            ("check", "--output"),
        ] {
            let target = scratch.path + "/no/such/out.csv"
            // A missing input would be named on stderr if the run had started.
            var arguments = [command, "corpus/txt", "missing-input.txt", option, target]
            if command == "check" { arguments += ["--gold", "corpus/seeds.gold.json"] }
            let run = try BinaryLocator.run(arguments)
            #expect(run.status == 2, "\(command) \(option)")
            #expect(
                run.stderr.hasPrefix("claims: \(option) \(target): the folder \(scratch.path)/no/such does not exist"),
                "\(run.stderr)")
            #expect(!run.stderr.contains("missing-input"), "the run must not start: \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: scratch.path + "/no"))
        }
    }

    @Test func aFolderAsOutputIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let run = try BinaryLocator.run(["extract", "corpus/txt", "-o", scratch.path])
        #expect(run.status == 2)
        #expect(run.stderr == "claims: --output \(scratch.path): is a folder; name a file to write inside it\n")
    }

    @Test func everyCommandWritesToTheFileNamed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for command in ["text", "extract", "report", "check"] {
            let file = scratch.path + "/\(command).out"
            var arguments = [command, "corpus/txt", "--output", file]
            if command == "check" { arguments += ["--gold", "corpus/seeds.gold.json"] }
            let run = try BinaryLocator.run(arguments)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(command) wrote to stdout")
            let written = try String(contentsOfFile: file, encoding: .utf8)
            #expect(written.hasPrefix(command == "check" ? "claims:" : "{\""), "\(command): \(written.prefix(40))")
        }
    }

    @Test func csvCellsThatWouldBeFormulasStartWithAQuoteAndBomIsOptIn() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "a.txt", "=HYPERLINK(\"http://x\") Police said 12 people were killed in the blast on Monday.\n")
        try scratch.write("manifest.csv", "file,outlet\na.txt,@handle\n")
        for command in ["extract", "report"] {
            let plain = try BinaryLocator.run([command, scratch.path, "--format", "csv"])
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(plain.stdout.contains(",'@handle,"), "\(command): \(plain.stdout)")
            #expect(!plain.stdout.contains(",@handle,"))
            #expect(plain.stdout.contains("\"'=HYPERLINK(\"\"http://x\"\")"), "\(command): \(plain.stdout)")
            #expect(!plain.stdout.hasPrefix("\u{FEFF}"))
            let bom = try BinaryLocator.run([command, scratch.path, "--format", "csv", "--bom"])
            #expect(bom.status == 0)
            #expect(bom.stdout.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        }
        let misuse = try BinaryLocator.run(["extract", scratch.path, "--format", "jsonl", "--bom"])
        #expect(misuse.status == 2)
        #expect(misuse.stderr.contains("--bom is for CSV output"))
    }

    @Test func checkJSONPrintsOnlyJSON() throws {
        let run = try BinaryLocator.run([
            "check", "corpus/txt", "--gold", "corpus/seeds.gold.json", "--json", "--min-f1", "0",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        #expect(parsed is [String: Any])
    }

    @Test func reportDefaultsToJSONLinesOffATerminal() throws {
        let run = try BinaryLocator.run(["report", "corpus/txt"])
        #expect(run.status == 0)
        #expect(run.stdoutLines.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
        #expect(run.stdoutLines.contains { $0.hasPrefix("{\"record\":\"group\"") })
    }

    @Test func versionIsPrinted() throws {
        let run = try BinaryLocator.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("claims "))
    }

    @Test func extractTablePrintsMoneyAsTheReportDoes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(
            "a.txt",
            "Aid package\n\nThe government pledged $25 billion in aid to the region, the finance minister said.\n")
        let extract = try BinaryLocator.run(["extract", scratch.path, "--format", "table", "--no-progress"])
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stdout.contains("USD 25 billion"), "\(extract.stdout)")
        #expect(!extract.stdout.contains("25000000000"))
        let report = try BinaryLocator.run(["report", scratch.path, "--format", "table"])
        #expect(report.stdout.contains("USD 25 billion"))
    }
}
