import ArgumentParser
import ClaimKit

/// The `claims` command: ingest, extract and compare numeric claims across news articles.
@main
struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Compare the numeric claims news outlets make about the same event.",
        subcommands: [TextCommand.self, ExtractCommand.self, ReportCommand.self]
    )
}
