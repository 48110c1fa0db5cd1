import ArgumentParser
import ClaimKit
import Foundation

/// Options every batch subcommand shares: inputs, workers, progress, size cap.
struct BatchOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Files processed in parallel (default: the number of cores). Output is the same for any value.")
    var jobs: Int?

    @Flag(inversion: .prefixedNo, help: "Show progress and a summary on stderr (default: only when stderr is a terminal).")
    var progress: Bool?

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Skip files larger than this: bytes, or with K, M, G (binary).", valueName: "size"))
    var maxSize: ByteCount = ByteCount(bytes: 32 << 20)

    @Option(help: ArgumentHelp("A speaker alias table to add to the built-in one (lines `Canonical Name = alias; alias`).", valueName: "file"))
    var aliases: String?

    @Argument(help: ArgumentHelp("Files, folders (walked recursively, in sorted order, hidden names skipped), or - to read one path per line from stdin.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if let jobs, !(1...BatchRunner.maxJobs).contains(jobs) { throw ValidationError("--jobs must be between 1 and \(BatchRunner.maxJobs)") }
    }

    /// Every command needs inputs, except `report` when it reads articles and claims from `--claims`.
    func requirePaths() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or -") }
    }

    /// The batch these options describe.
    var batch: ArticleBatch {
        ArticleBatch(paths: paths, runner: BatchRunner(jobs: jobs),
                     ingestor: Ingestor(options: Ingestor.Options(maxBytes: maxSize.bytes)))
    }

    /// The claim extractor, with the user's alias table added to the built-in one when given.
    func extractor() throws -> ClaimExtractor {
        guard let aliases else { return ClaimExtractor() }
        guard let data = FileManager.default.contents(atPath: aliases) else {
            throw ValidationError("cannot read the alias table \(aliases)")
        }
        let table = SpeakerAliases(text: String(decoding: data, as: UTF8.self), base: .default)
        return ClaimExtractor(aliases: table)
    }

    /// The stderr console: progress and summary when asked, else when stderr is a terminal.
    func console() -> BatchConsole {
        let stderr = FileOutput.standardError()
        return BatchConsole(output: stderr, showsProgress: progress ?? stderr.isTerminal)
    }
}

extension ByteCount: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
