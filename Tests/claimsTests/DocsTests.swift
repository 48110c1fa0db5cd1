import Foundation
import Testing

/// The documentation a user is pointed to is in the repository.
@Suite struct DocsTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOf: BinaryLocator.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyDocThatTheReadmeAndTheHelpNameExists() throws {
        let readme = try Self.read("README.md")
        let help = try BinaryLocator.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("docs/gold-format.md"))
        let named = Set(
            (readme + help.stdout).matches(of: /docs\/[A-Za-z0-9_-]+\.(md|png)/).map { String($0.output.0) })
        #expect(named.isSuperset(of: ["docs/records.md", "docs/gold-format.md", "docs/install.md"]))
        for path in named {
            #expect(
                FileManager.default.fileExists(atPath: BinaryLocator.root.appendingPathComponent(path).path), "\(path)")
        }
        #expect(
            !readme.contains("GUIDE.md"), "the README must not send readers outside the repository for field meanings")
    }

    @Test func recordsDocExplainsEveryFieldAndHedgeTheBinaryWrites() throws {
        let doc = try Self.read("docs/records.md")
        let run = try BinaryLocator.run(["extract", "--format", "jsonl", "corpus/txt"])
        #expect(run.status == 0)
        for line in run.stdoutLines {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            for key in record.keys { #expect(doc.contains("`\(key)`"), "field \(key) is not in docs/records.md") }
            if let qualifier = record["qualifier"] as? String {
                #expect(doc.contains("| `\(qualifier)` |"), "\(qualifier)")
            }
        }
        let text = try BinaryLocator.run(["text", "--format", "jsonl", "corpus/html"])
        for line in text.stdoutLines {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            for key in record.keys { #expect(doc.contains("`\(key)`"), "field \(key) is not in docs/records.md") }
        }
    }
}
