import Foundation
import Testing

@testable import ClaimKit

/// `ReportOutputs` gives each `--output` file one format, by the `--format` list or the file's
/// extension, and tells when two paths are the same file.
@Suite struct ReportOutputsTests {
    func usage(_ body: () throws(ReportOutputs.Problem) -> [ReportFormat]) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            if case .usage(let message) = error { return message }
            return "output problem"
        }
    }

    @Test func oneOutputKeepsTheSingleOutputRules() throws {
        #expect(try ReportOutputs.formats([], paths: []) == [])
        #expect(try ReportOutputs.formats([.csv], paths: []) == [.csv])
        #expect(try ReportOutputs.formats([], paths: ["r.md"]) == [.markdown])
        #expect(try ReportOutputs.formats([], paths: ["r.out"]) == [.jsonl])
        #expect(try ReportOutputs.formats([.html], paths: ["r.csv"]) == [.html])
    }

    @Test func severalOutputsTakeTheListInOrderElseTheirExtensions() throws {
        #expect(try ReportOutputs.formats([], paths: ["a.jsonl", "b.CSV", "c.htm"]) == [.jsonl, .csv, .html])
        #expect(try ReportOutputs.formats([.stories, .csv], paths: ["a", "b.jsonl"]) == [.stories, .csv])
    }

    @Test func formatsAndFilesThatDoNotPairAreUsageProblems() {
        #expect(
            usage { () throws(ReportOutputs.Problem) in try ReportOutputs.formats([.jsonl, .csv], paths: []) }?
                .contains("name one --output FILE for each") == true)
        #expect(
            usage { () throws(ReportOutputs.Problem) in try ReportOutputs.formats([.jsonl], paths: ["a.csv", "b.csv"])
            }?
            .contains("1 format for 2 --output files") == true)
        #expect(
            usage { () throws(ReportOutputs.Problem) in try ReportOutputs.formats([], paths: ["a.csv", "b"]) }?
                .contains("--output b:") == true)
    }

    @Test func pathsToOneFileHaveOneIdentity() throws {
        let folder = NSTemporaryDirectory() + "claims-outputs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Not yet made: the same folder and name; made: the same file, also through a link.
        #expect(ReportOutputs.identity(of: folder + "/r.csv") == ReportOutputs.identity(of: folder + "/./r.csv"))
        #expect(ReportOutputs.identity(of: folder + "/r.csv") != ReportOutputs.identity(of: folder + "/s.csv"))
        try "x".write(toFile: folder + "/r.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: folder + "/r.csv")
        #expect(ReportOutputs.identity(of: folder + "/link.csv") == ReportOutputs.identity(of: folder + "/r.csv"))
    }
}
