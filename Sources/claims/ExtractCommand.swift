public import ArgumentParser
public import ClaimKit

/// `claims extract PATH...`: every numeric claim, streamed in input order.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the numeric claims of each input.",
        discussion: ExitStatus.help)

    @Option(
        help:
            "jsonl (one claim per line; the default when stdout is not a terminal), csv, or table (the default on a terminal)."
    )
    var format: ExtractFormat?

    @Option(
        name: .shortAndLong,
        help: "Write the claims to this file instead of stdout (checked before the run; its folder must exist).")
    var output: String?

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark, so Excel reads it as UTF-8.")
    var bom = false

    @OptionGroup var options: BatchOptions

    @Flag(
        name: .customLong("with-articles"),
        help:
            "Also write one {\"record\":\"article\",...} line per article (metadata and wire-copy sketch) before its claims, so that `claims report --claims` needs no page (jsonl only)."
    )
    var withArticles = false

    func validate() throws {
        try options.requirePaths()
        if withArticles && format != nil && format != .jsonl {
            throw ValidationError("--with-articles writes JSON Lines: use --format jsonl")
        }
    }

    func run() throws {
        let target = try CommandFailure.wrap { try OutputTarget(optionalPath: output) }
        let format: ExtractFormat = withArticles ? .jsonl : self.format ?? (target.isTerminal ? .table : .jsonl)
        if bom && format != .csv { throw ValidationError("--bom is for CSV output; add --format csv") }
        let pipeline = try options.pipeline()
        let stdout = try CommandFailure.wrap { try target.output() }
        if bom { stdout.write("\u{FEFF}") }
        let summary = pipeline.extract(
            as: format, withArticles: withArticles, width: TerminalWidth.columns(fallback: 120)
        ) {
            stdout.write($0)
        }
        target.close()
        pipeline.console.finish(summary, includeClaims: true)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}

extension ExtractFormat: ExpressibleByArgument {}
