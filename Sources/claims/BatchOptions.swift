import ArgumentParser
import ClaimKit
import Foundation

/// Options every batch subcommand shares: inputs, workers, progress, size cap.
struct BatchOptions: ParsableArguments {
    @Option(
        name: [.short, .long], parsing: .unconditional,
        help: "Files processed in parallel (default: the number of cores). Output is the same for any value.")
    var jobs: Int?

    @Flag(
        inversion: .prefixedNo, help: "Show progress and a summary on stderr (default: only when stderr is a terminal)."
    )
    var progress: Bool?

    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp("Skip files larger than this: bytes, or with K, M, G (binary).", valueName: "size"))
    var maxSize: ByteCount = ByteCount(bytes: 32 << 20)

    @Option(
        help: ArgumentHelp(
            "A speaker alias table to add to the built-in one (lines `Canonical Name = alias; alias`).",
            valueName: "file"))
    var aliases: String?

    @Option(
        help: ArgumentHelp(
            "An outlet name table: lines `domain or site name = Outlet Name` (e.g. `usatoday.com = USA Today`).",
            valueName: "file"))
    var outlets: String?

    @Argument(
        help: ArgumentHelp(
            "Files, folders (walked recursively, in sorted order, hidden names skipped), or - to read one path per line from stdin.",
            valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if let jobs, !(1...BatchRunner.maxJobs).contains(jobs) {
            throw ValidationError("--jobs must be between 1 and \(BatchRunner.maxJobs)")
        }
    }

    /// Every command needs inputs, except `report` when it reads articles and claims from `--claims`.
    func requirePaths() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or -") }
    }

    /// The pipeline these options describe, for a command that adds its own (`claimsFiles`,
    /// `kinds`, `report`). The outlet and alias tables are read here, once; a missing or malformed
    /// one is a `PipelineError` (one line naming the option and the file) whether or not PATHs are
    /// given. `text` extracts nothing and does not read the alias table (`extracts: false`).
    func pipeline(
        claimsFiles: [String] = [], kinds: SubjectKindTable = .standard,
        report: ReportOptions = ReportOptions(), extracts: Bool = true
    ) throws -> ClaimsPipeline {
        var ingest = Ingestor.Options(maxBytes: maxSize.bytes)
        ingest.sizeUnit = maxSize.unit  // the size cap speaks in the unit it was given in
        ingest.outlets = try outlets.map(SideFiles.outlets) ?? OutletNames()
        var extractor = ClaimExtractor()
        if extracts, let aliases { extractor = ClaimExtractor(aliases: try SideFiles.aliases(aliases)) }
        return ClaimsPipeline(
            paths: paths, jobs: jobs, ingest: ingest, extractor: extractor, kinds: kinds,
            report: report, claimsFiles: claimsFiles, console: console())
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
