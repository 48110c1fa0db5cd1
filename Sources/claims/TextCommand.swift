import ArgumentParser
import ClaimKit

/// `claims text PATH...`: ingest only; one record per article.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the article text and metadata of each input.",
        discussion: ExitStatus.help)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, text, summary }

    @Option(help: "jsonl (one record per article; the default when stdout is not a terminal), text (title and text for reading) or summary (one line per article).")
    var format: Format?

    @OptionGroup var options: BatchOptions

    func validate() throws { try options.requirePaths() }

    func run() throws {
        let stdout = FileOutput.standardOutput()
        let format = self.format ?? (stdout.isTerminal ? .text : .jsonl)
        let console = options.console()
        let summary = options.batch.run(console: console, work: { article in
            switch format {
            case .jsonl: article.jsonLine + "\n"
            case .text: article.readingText + "\n"
            case .summary: article.summaryLine + "\n"
            }
        }, deliver: { _, record in
            stdout.write(record)
        })
        stdout.flush()
        console.finish(summary, includeClaims: false)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
