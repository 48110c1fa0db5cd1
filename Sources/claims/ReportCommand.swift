public import ArgumentParser
public import ClaimKit
import Foundation

/// `claims report PATH...`: group the claims of many articles into facts and show how outlets differ.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Compare the claims of many articles fact by fact: who reported which number, credited to whom, and who left it out.",
        discussion: """
            Formats: table (terminal; colour only when stdout is a terminal, see --color), markdown, csv (RFC 4180 \
            with a header row, one row per claim), jsonl (every claim record with its "group", then one \
            {"record":"group",...} line per fact with its differences; group lines have no "category" key), \
            json (one document) and html (one self-contained page: no network, no external files); stories \
            (each article's story and wire-copy source, then the stories, no facts: the first pass of a reduce \
            cut into blocks, see the README's "Scale out").

            Output goes to stdout, or to --output FILE (never to a file you did not name). Without --format the \
            format is a table on a terminal, else JSON Lines; with --output FILE it follows the file's extension \
            (.html .csv .md .json .jsonl .txt). --html FILE writes the HTML page in addition to the chosen format \
            (e.g. a table on the terminal plus the page). Files named are checked before the run; folders are \
            never created. CSV cells that a spreadsheet would run as a formula start with '; --bom adds a UTF-8 \
            byte-order mark for Excel.

            Output is the same bytes on every run for the same input and any --jobs: no dates or clock are printed.

            """ + "\n" + ExitStatus.help
    )

    enum Color: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @OptionGroup var batch: BatchOptions

    @Option(
        help:
            "table, markdown, csv, jsonl, json, html or stories (default: table on a terminal, else jsonl, or from the --output file's extension)."
    )
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of stdout.")
    var output: String?

    @Option(help: "Also write the HTML page to this file.")
    var html: String?

    @Option(
        help:
            "Read claim records (JSON Lines as `claims extract` writes them) from this file (- for stdin; repeatable) instead of extracting them. Article records (`claims extract --with-articles`) in it stand for their pages: then no PATH is needed; PATHs given add their articles."
    )
    var claims: [String] = []

    // .unconditional: a negative value reaches validate() and gets a clear message, not "Missing value".
    @Option(
        name: .customLong("event-window"), parsing: .unconditional,
        help: "Articles published at most this many days apart can report the same event.")
    var eventWindow: Int = ReportOptions().eventWindowDays

    @Option(
        help:
            "Keep only the stories whose label, words, headlines, outlets or article paths contain this text (any case)."
    )
    var story: String?

    @Option(
        help:
            "Keep only facts of these categories, comma-separated (killed,injured,casualties,mines,troops,equipment,money,displaced)."
    )
    var categories: String?

    @Option(name: .customLong("min-outlets"), help: "Keep only facts told by at least this many outlets.")
    var minOutlets: Int = 1

    @Option(
        help:
            "A file of extra subject kinds tried before the built-in ones, one per line: 'id | label | flags | phrase, phrase' (flags: people, generic, family=NAME)."
    )
    var kinds: String?

    @Option(help: "Colour the table: auto (only on a terminal), always or never.")
    var color: Color = .auto

    @Option(parsing: .unconditional, help: "Table width in columns, 20 or more (default: the terminal's, else 100).")
    var width: Int?

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark, so Excel reads it as UTF-8.")
    var bom = false

    func validate() throws {
        if claims.isEmpty { try batch.requirePaths() }
        if minOutlets < 1 { throw ValidationError("--min-outlets must be 1 or more (got \(minOutlets))") }
        if let width, width < 20 { throw ValidationError("--width must be at least 20 columns (got \(width))") }
        if eventWindow < 0 { throw ValidationError("--event-window must be 0 or more days (got \(eventWindow))") }
    }

    func run() throws {
        // Every file named is checked before the run: no output problem after minutes of work.
        let target = try CommandFailure.wrap { try OutputTarget(optionalPath: output) }
        let page = try CommandFailure.wrap { try html.map { try OutputTarget(path: $0, option: "--html") } }
        let chosen = ReportFormat.chosen(
            format,
            outputPath: output, stdoutIsTerminal: target.isTerminal)
        if bom && chosen != .csv { throw ValidationError("--bom is for CSV output; add --format csv") }
        var options = ReportOptions(eventWindowDays: eventWindow)
        options.storyFilter = story
        options.minOutlets = minOutlets
        if let categories {
            var set = Set<ClaimCategory>()
            for name in categories.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !name.isEmpty {
                guard let category = ClaimCategory(rawValue: name) else {
                    throw ValidationError(
                        "unknown category '\(name)' (one of: \(ClaimCategory.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                set.insert(category)
            }
            options.categories = set
        }
        let pipeline = try batch.pipeline(
            claimsFiles: claims, kinds: try kinds.map(SideFiles.kinds) ?? .standard, report: options)
        let (report, summary) = try pipeline.buildReport()
        let useColor = color == .always || (color == .auto && target.isTerminal)
        let columns = width ?? TerminalWidth.columns(fallback: 100)
        if let page, let html {
            try ReportCommand.write(report, as: .html, to: page)
            FileHandle.standardError.write(Data("claims: wrote the HTML report to \(html)\n".utf8))
        }
        try ReportCommand.write(report, as: chosen, color: useColor, width: columns, bom: bom, to: target)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    /// Writes `report` in `format` to `target` in chunks of about 64 KiB, so a large report is
    /// never held as one string plus its bytes.
    static func write(
        _ report: Report, as format: ReportFormat, color: Bool = false, width: Int = 100, bom: Bool = false,
        to target: OutputTarget
    ) throws {
        let output = try CommandFailure.wrap { try target.output() }
        if bom { output.write("\u{FEFF}") }
        format.write(report, color: color, width: width) { output.write($0) }
        target.close()
    }
}

extension ReportFormat: ExpressibleByArgument {}
