import ArgumentParser
import ClaimCheck
import ClaimKit
import Foundation

/// `claims check PATH... --gold FILE`: score a run against a gold file, for CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Score the claims and grouping of a run against a gold file (format: docs/gold-format.md) and fail below thresholds.",
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

    @Option(help: "The gold file (format: docs/gold-format.md).")
    var gold: String

    @Option(
        help:
            "Score these claim records (JSON Lines) instead of extracting them; the report groups them (their own groups are replaced)."
    )
    var claims: String?

    @Option(name: .customLong("min-f1"), help: "Least claim F1.")
    var minF1: Double = CheckThresholds().f1
    @Option(name: .customLong("min-speaker"), help: "Least speaker accuracy.")
    var minSpeaker: Double = CheckThresholds().speaker
    @Option(name: .customLong("min-subject"), help: "Least subject accuracy.")
    var minSubject: Double = CheckThresholds().subject
    @Option(name: .customLong("min-qualifier"), help: "Least qualifier accuracy.")
    var minQualifier: Double = CheckThresholds().qualifier
    @Option(name: .customLong("min-grouping"), help: "Least grouping pairwise F1.")
    var minGrouping: Double = CheckThresholds().grouping

    @Flag(
        help:
            "Print only the scores as score.py --json does (one JSON document); the MISS, EXTRA and SPEAKER lines go to stderr."
    )
    var json = false

    @Option(
        name: .shortAndLong,
        help: "Write the scores to this file instead of stdout (checked before the run; its folder must exist).")
    var output: String?

    func run() throws {
        let goldFile: GoldFile
        do {
            goldFile = try GoldFile(contentsOf: gold)
        } catch {
            throw CommandFailure(message: error.description)
        }
        let target = try CommandFailure.wrap { try OutputTarget(optionalPath: output) }
        let run = try CheckRun(try batch.pipeline(claimsFiles: claims.map { [$0] } ?? []), gold: goldFile)
        let result = run.outcome.result
        let stdout = try CommandFailure.wrap { try target.output() }
        if json {
            // stdout stays one JSON document; the per-claim lines are for people, on stderr.
            stdout.write(result.pythonJSON + "\n")
            if !run.outcome.verboseLines.isEmpty {
                FileHandle.standardError.write(Data((run.outcome.verboseLines.joined(separator: "\n") + "\n").utf8))
            }
        } else {
            stdout.write((result.summaryLines + run.outcome.verboseLines).joined(separator: "\n") + "\n")
        }
        target.close()
        if let warning = run.missingWarning(goldPath: gold) {
            FileHandle.standardError.write(Data((warning + "\n").utf8))
            if run.readsNoGoldArticle { throw ExitCode(ExitStatus.someSkipped) }
        }
        let thresholds = CheckThresholds(
            f1: minF1, speaker: minSpeaker, subject: minSubject, qualifier: minQualifier, grouping: minGrouping)
        let failures = thresholds.failures(result)
        for failure in failures { FileHandle.standardError.write(Data("claims check: \(failure)\n".utf8)) }
        if !failures.isEmpty { throw ExitCode(ExitStatus.someSkipped) }
        if run.summary.exitStatus != 0 { throw ExitCode(run.summary.exitStatus) }
    }
}
