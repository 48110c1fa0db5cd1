import ArgumentParser
import ClaimKit
import Foundation

/// `claims check PATH... --gold FILE`: score a run against a gold file, for CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Score the claims and grouping of a run against a gold file (as shared/gold/score.py does) and fail below thresholds.",
        discussion: """
        Runs ingest, extract and the report's grouping over PATHs, then scores the claim records against \
        the gold file exactly as score.py does: claim precision, recall and F1; speaker, subject and \
        qualifier accuracy over matched claims; pairwise grouping precision, recall and F1. Every miss, \
        extra and speaker miss is listed after the scores (MISS, EXTRA, SPEAKER lines).

        Thresholds (a score below its threshold fails the check; 0 turns one off):
          --min-f1 0.9         claim F1
          --min-speaker 0.8    speaker accuracy
          --min-subject 0.8    subject accuracy
          --min-qualifier 0.9  qualifier accuracy
          --min-grouping 0.9   grouping pairwise F1

        EXIT STATUS
          0  every threshold met and every article file read
          1  a threshold not met (each named on stderr), or some inputs were skipped
          2  usage error, or the gold file or claim records could not be read
        """
    )

    @OptionGroup var batch: BatchOptions

    func validate() throws { try batch.requirePaths() }

    @Option(help: "The gold file (format of shared/gold/*.gold.json).")
    var gold: String

    @Option(help: "Score these claim records (JSON Lines) instead of extracting them; the report groups them (their own groups are replaced).")
    var claims: String?

    @Option(name: .customLong("min-f1"), help: "Least claim F1.")
    var minF1: Double = 0.9
    @Option(name: .customLong("min-speaker"), help: "Least speaker accuracy.")
    var minSpeaker: Double = 0.8
    @Option(name: .customLong("min-subject"), help: "Least subject accuracy.")
    var minSubject: Double = 0.8
    @Option(name: .customLong("min-qualifier"), help: "Least qualifier accuracy.")
    var minQualifier: Double = 0.9
    @Option(name: .customLong("min-grouping"), help: "Least grouping pairwise F1.")
    var minGrouping: Double = 0.9

    @Flag(help: "Print the scores as score.py --json does instead of the text lines.")
    var json = false

    func run() throws {
        let goldFile: GoldFile
        do {
            goldFile = try GoldFile(contentsOf: gold)
        } catch {
            throw ValidationError("cannot read the gold file \(error)")
        }
        let (report, summary) = try ReportCommand.build(batch, claimsFiles: claims.map { [$0] } ?? [])
        let outcome = Scorer(gold: goldFile).score(report.claims)
        let result = outcome.result
        var out = json ? [result.pythonJSON] : result.summaryLines
        out += outcome.verboseLines
        print(out.joined(separator: "\n"))

        var failures: [String] = []
        func need(_ name: String, _ value: Double, _ least: Double) {
            if value < least { failures.append("\(name) \(String(format: "%.3f", value)) is below \(least)") }
        }
        need("claim F1", result.claims.f1, minF1)
        need("speaker accuracy", result.speakerAccuracy, minSpeaker)
        need("subject accuracy", result.subjectAccuracy, minSubject)
        need("qualifier accuracy", result.qualifierAccuracy, minQualifier)
        need("grouping F1", result.grouping?.f1 ?? 0, minGrouping)
        for failure in failures { FileHandle.standardError.write(Data("claims check: \(failure)\n".utf8)) }
        if !failures.isEmpty { throw ExitCode(ExitStatus.someSkipped) }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
