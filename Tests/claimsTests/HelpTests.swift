import Foundation
import Testing

@Suite struct HelpTests {
    @Test func helpNamesTheSubcommands() throws {
        let run = try BinaryLocator.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("text"))
    }

    /// The exit-status table is written to fit 80 columns, so the help never re-wraps it mid-row.
    @Test func exitStatusTableFitsEightyColumns() throws {
        let run = try BinaryLocator.run(["--help"])
        let lines = run.stdoutLines
        guard let start = lines.firstIndex(of: "EXIT STATUS") else { Issue.record("no EXIT STATUS section"); return }
        #expect(
            lines[(start + 1)...].prefix(4).map { $0.trimmingCharacters(in: .whitespaces).first } == [
                "0", "1", "stderr".first, "2",
            ])
        #expect(lines.allSatisfy { $0.count <= 80 })
    }
}
