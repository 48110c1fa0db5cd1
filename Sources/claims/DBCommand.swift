import ArgumentParser
import ClaimKit
import Foundation

/// `claims db update DB PATH...`: keep articles, claims, stories and facts in a SQLite file to browse in Datasette.
struct DBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract:
            "Keep articles, claims, stories, facts, differences and omissions in a SQLite database (browse it with Datasette).",
        subcommands: [Update.self]
    )

    /// `claims db update`.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Add the articles under PATHs to DB (created if missing), reading only new or changed files, and rebuild its stories and facts.",
            discussion: """
                A file whose bytes (and manifest row) are unchanged since the last update is not read again; a changed \
                file replaces its rows; with --prune, stored files not found under the PATHs are removed. Each update \
                is one transaction: if it is interrupted, the database keeps its previous state. A second update of the \
                same file waits for the first (--wait), then stops with a one-line error.

                One summary line goes to stderr: pages read, unchanged, added, replaced, removed, then the totals.
                See datasette/metadata.json to browse the file: datasette DB --metadata datasette/metadata.json

                """ + "\n" + ExitStatus.help
        )

        @Argument(help: ArgumentHelp("The SQLite file.", valueName: "db"))
        var database: String

        @OptionGroup var batch: BatchOptions

        @Flag(help: "Remove stored files that are not found under the PATHs given.")
        var prune = false

        @Option(help: ArgumentHelp("Seconds to wait while another update holds the database.", valueName: "seconds"))
        var wait: Double = 5

        func run() throws {
            var store = ClaimStore(path: database)
            store.busyTimeout = max(0, wait)
            let pipeline = try batch.pipeline()
            store.runner = pipeline.batch.runner
            store.ingestor = pipeline.batch.ingestor
            store.extractor = pipeline.extractor
            let console = pipeline.console
            let summary: StoreSummary
            do {
                summary = try store.update(paths: batch.paths, prune: prune, console: console)
            } catch let error as StoreError {
                FileHandle.standardError.write(Data("claims: \(error)\n".utf8))
                throw ExitCode(ExitStatus.usageOrFatal)
            }
            FileHandle.standardError.write(Data((summary.line + "\n").utf8))
            if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
        }
    }
}
