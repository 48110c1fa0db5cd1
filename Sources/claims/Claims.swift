import ArgumentParser
import ClaimKit
import Foundation

/// The `claims` command: ingest, extract and compare numeric claims across news articles.
@main
struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Compare the numeric claims news outlets make about the same event.",
        discussion: ExitStatus.help,
        version: Claims.version,
        subcommands: [
            TextCommand.self, ExtractCommand.self, ReportCommand.self, CheckCommand.self, DBCommand.self,
            FetchCommand.self, BenchParseCommand.self, BenchExtractCommand.self,
        ]
    )

    /// The version `claims --version` prints.
    static let version = "claims " + ClaimsVersion.number

    /// Parses and runs, mapping failures to the documented exit codes (usage errors are 2, not 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("claims: \(failure.message)\n".utf8))
            Foundation.exit(ExitStatus.usageOrFatal)
        } catch let failure as PipelineError {
            FileHandle.standardError.write(Data("claims: \(failure.message)\n".utf8))
            Foundation.exit(ExitStatus.usageOrFatal)
        } catch {
            if exitCode(for: error) == .success { self.exit(withError: error) }  // --help, --version
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usageOrFatal)
        }
    }
}
