import ClaimKit
import Testing

/// The report format when --format is not given.
@Suite struct ReportFormatChoiceTests {
    @Test func terminalGetsATableAnythingElseJSONLines() {
        #expect(ReportFormat.chosen(nil, outputPath: nil, stdoutIsTerminal: true) == .table)
        #expect(ReportFormat.chosen(nil, outputPath: nil, stdoutIsTerminal: false) == .jsonl)
    }

    @Test func anOutputFileChoosesByItsExtension() {
        #expect(ReportFormat.chosen(nil, outputPath: "out/r.HTML", stdoutIsTerminal: true) == .html)
        #expect(ReportFormat.chosen(nil, outputPath: "r.csv", stdoutIsTerminal: true) == .csv)
        #expect(ReportFormat.chosen(nil, outputPath: "r.md", stdoutIsTerminal: true) == .markdown)
        #expect(ReportFormat.chosen(nil, outputPath: "a.b/report", stdoutIsTerminal: true) == .jsonl)
        #expect(ReportFormat.chosen(.csv, outputPath: "r.html", stdoutIsTerminal: true) == .csv)
    }
}
