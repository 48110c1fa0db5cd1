import ArgumentParser
import ClaimKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `claims report PATH...`: group the claims of many articles into facts and show how outlets differ.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compare the claims of many articles fact by fact: who reported which number, credited to whom, and who left it out.",
        discussion: """
        Formats: table (terminal; colour only when stdout is a terminal, see --color), markdown, csv (RFC 4180 \
        with a header row, one row per claim), jsonl (every claim record with its "group", then one \
        {"record":"group",...} line per fact with its differences; group lines have no "category" key), \
        json (one document) and html (one self-contained page: no network, no external files).

        Output goes to stdout, or to --output FILE. For --format html without --output the page is written \
        to claims-report.html in the current folder and its path is printed. --html FILE writes the HTML page \
        in addition to the chosen format (e.g. a table on the terminal plus the page).

        Output is the same bytes on every run for the same input and any --jobs: no dates or clock are printed.

        """ + "\n" + ExitStatus.help
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, markdown, csv, jsonl, json, html }
    enum Color: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @OptionGroup var batch: BatchOptions

    @Option(help: "table, markdown, csv, jsonl, json or html.")
    var format: Format = .table

    @Option(name: .shortAndLong, help: "Write the report to this file instead of stdout.")
    var output: String?

    @Option(help: "Also write the HTML page to this file.")
    var html: String?

    @Option(help: "Read claim records (JSON Lines as `claims extract` writes them) from this file (- for stdin; repeatable) instead of extracting them. Article records (`claims extract --with-articles`) in it stand for their pages: then no PATH is needed; PATHs given add their articles.")
    var claims: [String] = []

    func validate() throws {
        if claims.isEmpty { try batch.requirePaths() }
    }

    @Option(name: .customLong("event-window"), help: "Articles published at most this many days apart can report the same event.")
    var eventWindow: Int = ReportOptions().eventWindowDays

    @Option(help: "A file of extra subject kinds tried before the built-in ones, one per line: 'id | label | flags | phrase, phrase' (flags: people, generic, family=NAME).")
    var kinds: String?

    @Option(help: "Colour the table: auto (only on a terminal), always or never.")
    var color: Color = .auto

    @Option(help: "Table width in columns (default: the terminal's, else 100).")
    var width: Int?

    func run() throws {
        let (report, summary) = try ReportCommand.build(batch, claimsFiles: claims, eventWindow: eventWindow, kindsFile: kinds)
        let terminal = isatty(STDOUT_FILENO) == 1 && output == nil
        let useColor = color == .always || (color == .auto && terminal)
        let chosen = ReportFormat(rawValue: format.rawValue)!
        let columns = width ?? ReportCommand.terminalWidth()
        if let html {
            try ReportCommand.write(report, as: .html, to: html)
            FileHandle.standardError.write(Data("claims: wrote the HTML report to \(html)\n".utf8))
        }
        if let output {
            try ReportCommand.write(report, as: chosen, color: useColor, width: columns, to: output)
        } else if format == .html {
            let path = "claims-report.html"
            try ReportCommand.write(report, as: chosen, to: path)
            print(path)
        } else {
            try ReportCommand.write(report, as: chosen, color: useColor, width: columns, to: nil)
        }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    /// Reads the batch (or the claim and article records of `claimsFiles` with the batch's articles) and builds the report.
    static func build(_ batch: BatchOptions, claimsFiles: [String], eventWindow: Int = ReportOptions().eventWindowDays,
                      kindsFile: String? = nil) throws -> (Report, BatchSummary) {
        var table = SubjectKindTable.standard
        if let kindsFile {
            guard let data = FileManager.default.contents(atPath: kindsFile) else { throw ValidationError("cannot read \(kindsFile)") }
            do {
                table = table.prepending(try SubjectKindTable.parse(String(decoding: data, as: UTF8.self)))
            } catch {
                throw ValidationError("\(kindsFile): \(error)")
            }
        }
        let console = batch.console()
        let builder = ReportBuilder(options: ReportOptions(eventWindowDays: max(0, eventWindow)), kinds: table)
        // Each worker reduces its article to a digest, so the batch never holds every text at once.
        // Memory per input is then fixed: a digest (path, outlet, date, word count and a 128-hash
        // sketch, about 0.6 KB) per article and the claim records (about 0.5 KB each with their
        // sentence; repeated strings interned). The claims stay in memory rather than being spilled to a file: every format
        // but JSON Lines reads them by fact, and at a claim per 1-2 pages they cost less than one
        // parsed page (10x the bench folder: +2.3 MB).
        let detector = WireCopyDetector(threshold: builder.options.wireCopySimilarity)
        var digests: [ArticleDigest] = []
        var claims: [Claim] = []
        // Wire copies and outlets repeat strings across articles: keep one copy of each.
        var interner = StringInterner()
        var summary: BatchSummary
        if !claimsFiles.isEmpty {
            for file in claimsFiles {
                let records = try readRecords(file)
                claims += records.claims.map { interner.intern($0) }
                digests += records.articles.map { interner.intern($0) }
            }
            let fromRecords = digests.count
            summary = BatchSummary()
            if !batch.paths.isEmpty {
                summary = batch.batch.run(console: console, work: { ArticleDigest($0, detector: detector) }) { _, digest in
                    digests.append(interner.intern(digest))
                }
            }
            summary.read += fromRecords
        } else {
            let extractor = ClaimExtractor()
            summary = batch.batch.run(console: console, work: { article in
                (extractor.extract(from: article), ArticleDigest(article, detector: detector))
            }) { _, output in
                for claim in output.0 { claims.append(interner.intern(claim)) }
                digests.append(interner.intern(output.1))
            }
        }
        summary.claims = claims.count
        console.finish(summary, includeClaims: true)
        return (builder.build(digests: digests, claims: claims), summary)
    }

    /// Claim and article records from a JSON Lines file (`-`: stdin); lines without a claim
    /// `category` that are not article records (group records) are skipped.
    static func readRecords(_ path: String) throws -> (claims: [Claim], articles: [ArticleDigest]) {
        let contents = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data = contents else {
            throw ValidationError("cannot read \(path)")
        }
        let decoder = JSONDecoder()
        var out: [Claim] = []
        var articles: [ArticleDigest] = []
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            if ArticleRecord.isRecord(line) {
                guard let digest = ArticleRecord.digest(from: line) else { throw ValidationError("\(path):\(n + 1): not an article record") }
                articles.append(digest)
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || !trimmed.contains("\"category\"") { continue }
            do {
                out.append(try decoder.decode(Claim.self, from: Data(trimmed.utf8)))
            } catch {
                throw ValidationError("\(path):\(n + 1): not a claim record")
            }
        }
        return (out, articles)
    }

    /// A report file that could not be opened.
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `report` in `format` to the file at `path` (nil: stdout) in chunks of about 64 KiB, so a
    /// large report is never held as one string plus its bytes.
    static func write(_ report: Report, as format: ReportFormat, color: Bool = false, width: Int = 100, to path: String?) throws {
        var descriptor: Int32 = STDOUT_FILENO
        if let path {
            let url = URL(fileURLWithPath: path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Opened in place (not FileManager's write-and-rename), so a symlink or device such as
            // /dev/stdout stays what it is.
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        }
        let output = FileOutput(descriptor: descriptor)
        format.write(report, color: color, width: width) { output.write($0) }
        output.flush()
        if path != nil { close(descriptor) }
    }

    /// The terminal's width in columns, else $COLUMNS, else 100.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 100
    }
}
