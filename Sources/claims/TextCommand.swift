public import ArgumentParser
public import ClaimKit

/// `claims text PATH...`: ingest only; one record per article.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the article text and metadata of each input.",
        discussion: ExitStatus.help)

    @Option(
        help:
            "jsonl (one record per article; the default when stdout is not a terminal), text (title and text for reading) or summary (one line per article)."
    )
    var format: TextFormat?

    @Option(
        name: .shortAndLong,
        help: "Write the records to this file instead of stdout (checked before the run; its folder must exist).")
    var output: String?

    @OptionGroup var options: BatchOptions

    func validate() throws { try options.requirePaths() }

    func run() throws {
        let target = try CommandFailure.wrap { try OutputTarget(optionalPath: output) }
        let format = self.format ?? (target.isTerminal ? .text : .jsonl)
        let pipeline = try options.pipeline(extracts: false)
        let stdout = try CommandFailure.wrap { try target.output() }
        let summary = pipeline.text(as: format) { stdout.write($0) }
        target.close()
        pipeline.console.finish(summary, includeClaims: false)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}

extension TextFormat: ExpressibleByArgument {}
