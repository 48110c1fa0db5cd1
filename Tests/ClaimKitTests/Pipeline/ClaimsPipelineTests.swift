import Foundation
import Testing

@testable import ClaimKit

/// `ClaimsPipeline` carries every option to its stage: aliases to extraction, kinds and report
/// options to the report, claim record files instead of extraction.
@Suite struct ClaimsPipelineTests {
    static let sentence = "Four soldiers were killed in the attack, the Northland border guards said on Monday."

    /// A folder holding one article; removed by the caller.
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "claims-pipeline-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.sentence.write(toFile: path + "/a.txt", atomically: true, encoding: .utf8)
        return path
    }

    @Test func aliasesReachTheReportAndTheExtractOutput() throws {
        let path = try folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let aliases = SpeakerAliases(text: "Border Service of Northland = Northland border guards", base: .default)
        let plain = ClaimsPipeline(paths: [path])
        let aliased = ClaimsPipeline(paths: [path], extractor: ClaimExtractor(aliases: aliases))
        #expect(try plain.buildReport().0.claims.map(\.speakerEntity) == [nil])
        #expect(try aliased.buildReport().0.claims.map(\.speakerEntity) == ["Border Service of Northland"])
        var lines = ""
        let summary = aliased.extract(as: .jsonl) { lines += $0 }
        #expect(summary.claims == 1 && lines.contains("\"speaker_entity\":\"Border Service of Northland\""))
    }

    @Test func reportOptionsAndClaimRecordsAreUsed() throws {
        let path = try folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let injuredOnly = ClaimsPipeline(paths: [path], report: ReportOptions(categories: [.injured]))
        #expect(try injuredOnly.buildReport().0.groups.isEmpty)
        #expect(try !ClaimsPipeline(paths: [path]).buildReport().0.groups.isEmpty)
        var records = ""
        _ = ClaimsPipeline(paths: [path]).extract(as: .jsonl, withArticles: true) { records += $0 }
        let file = path + "/claims.jsonl"
        try records.replacingOccurrences(of: "\"value\":4", with: "\"value\":40").write(
            toFile: file, atomically: true, encoding: .utf8)
        let fromRecords = try ClaimsPipeline(paths: [], claimsFiles: [file]).buildReport()
        #expect(fromRecords.0.claims.map(\.value) == [40] && fromRecords.1.read == 1)
    }

    @Test func aDamagedRecordIsAnErrorNamingTheLine() throws {
        let file = NSTemporaryDirectory() + "claims-records-" + UUID().uuidString + ".jsonl"
        try "{}\n{\"category\": 3}\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        do {
            _ = try ClaimRecordReader.read(file)
            Issue.record("a damaged record was read")
        } catch {
            #expect(
                "\(error)"
                    == "--claims \(file): line 2 is not a claim record (JSON Lines as `claims extract` writes them)")
        }
    }

    @Test func claimLinesPaddedWithBlanksReadAsUnpadded() throws {
        let path = try folder()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lines = ""
        _ = ClaimsPipeline(paths: [path]).extract(as: .jsonl) { lines += $0 }
        let line = try #require(lines.split(separator: "\n").first { $0.contains("\"category\"") })
        let file = NSTemporaryDirectory() + "claims-padded-" + UUID().uuidString + ".jsonl"
        try "\(line)\n \t\(line)\t \n\(line) \n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let read = try ClaimRecordReader.read(file)
        #expect(read.claims.count == 3)
        #expect(read.claims.dropFirst().allSatisfy { $0 == read.claims[0] })
    }
}
