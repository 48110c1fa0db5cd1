import ArgumentParser
import ClaimKit
import Foundation

/// Options every batch subcommand shares: inputs, workers, progress, size cap.
struct BatchOptions: ParsableArguments {
    @Option(name: [.short, .long], parsing: .unconditional, help: "Files processed in parallel (default: the number of cores). Output is the same for any value.")
    var jobs: Int?

    @Flag(inversion: .prefixedNo, help: "Show progress and a summary on stderr (default: only when stderr is a terminal).")
    var progress: Bool?

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Skip files larger than this: bytes, or with K, M, G (binary).", valueName: "size"))
    var maxSize: ByteCount = ByteCount(bytes: 32 << 20)

    @Option(help: ArgumentHelp("A speaker alias table to add to the built-in one (lines `Canonical Name = alias; alias`).", valueName: "file"))
    var aliases: String?

    @Option(help: ArgumentHelp("An outlet name table: lines `domain or site name = Outlet Name` (e.g. `usatoday.com = USA Today`).", valueName: "file"))
    var outlets: String?

    @Argument(help: ArgumentHelp("Files, folders (walked recursively, in sorted order, hidden names skipped), or - to read one path per line from stdin.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if let jobs, !(1...BatchRunner.maxJobs).contains(jobs) { throw ValidationError("--jobs must be between 1 and \(BatchRunner.maxJobs)") }
    }

    /// Every command needs inputs, except `report` when it reads articles and claims from `--claims`.
    func requirePaths() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or -") }
        _ = try outletTable()
    }

    /// The batch these options describe.
    var batch: ArticleBatch {
        ArticleBatch(paths: paths, runner: BatchRunner(jobs: jobs),
                     ingestor: Ingestor(options: ingestOptions))
    }

    /// Ingest limits; the size cap speaks in the unit it was given in. The outlet table is read
    /// in `validate()`, so a bad one stops the command before the run.
    var ingestOptions: Ingestor.Options {
        var options = Ingestor.Options(maxBytes: maxSize.bytes)
        options.sizeUnit = maxSize.unit
        options.outlets = (try? outletTable()) ?? OutletNames()
        return options
    }

    /// The user's outlet table, or the defaults alone.
    func outletTable() throws -> OutletNames {
        guard let outlets else { return OutletNames() }
        guard let data = FileManager.default.contents(atPath: outlets) else {
            throw ValidationError(CommandFailure.unreadable("--outlets", outlets).message)
        }
        do {
            return try OutletNames(parsing: String(decoding: data, as: UTF8.self))
        } catch {
            throw ValidationError("\(outlets): \(error)")
        }
    }

    /// The claim extractor, with the user's alias table added to the built-in one when given.
    func extractor() throws -> ClaimExtractor {
        guard let aliases else { return ClaimExtractor() }
        guard let data = FileManager.default.contents(atPath: aliases) else {
            throw CommandFailure.unreadable("--aliases", aliases)
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
