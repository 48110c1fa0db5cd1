import ArgumentParser
import ClaimKit

/// `claims text PATH...`: ingest only; one record per article.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the article text and metadata of each input.",
        discussion: ExitStatus.help)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, text }

    @Option(help: "jsonl (one record per article; the default when stdout is not a terminal) or text (title and text for reading).")
    var format: Format?

    @OptionGroup var options: BatchOptions

    func run() throws {
        let stdout = FileOutput.standardOutput()
        let format = self.format ?? (stdout.isTerminal ? .text : .jsonl)
        let console = options.console()
        let summary = options.batch.run(console: console, work: { article in
            format == .jsonl ? article.jsonLine + "\n" : article.readingText + "\n"
        }, deliver: { _, record in
            stdout.write(record)
        })
        stdout.flush()
        console.finish(summary, includeClaims: false)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
