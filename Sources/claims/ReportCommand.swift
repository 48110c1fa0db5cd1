import ArgumentParser
import ClaimKit
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
            (.html .csv .md .json .jsonl .txt). One run writes several formats of the same report when --output \
            is repeated: each file's extension picks its format, or --format lists one format per file in the \
            same order (--format jsonl,csv -o r.jsonl -o r.csv); a file named twice is refused. --html FILE \
            writes the HTML page in addition (e.g. a table on the terminal plus the page). Files named are \
            checked before the run; folders are never created. CSV cells that a spreadsheet would run as a \
            formula start with '; --bom adds a UTF-8 byte-order mark for Excel (to every CSV output).

            Output is the same bytes on every run for the same input and any --jobs: no dates or clock are printed.

            """ + "\n" + ExitStatus.help
    )

    enum Color: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @OptionGroup var batch: BatchOptions

    @Option(
        help: ArgumentHelp(
            "table, markdown, csv, jsonl, json, html or stories (default: table on a terminal, else jsonl, or from the --output file's extension); with several --output files, a comma-separated list of one format per file.",
            valueName: "format"))
    var format: FormatList?

    @Option(
        name: .shortAndLong,
        help: "Write the report to this file instead of stdout (repeatable: one file per format, see --format).")
    var output: [String] = []

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
        let outputs: ReportOutputs
        do {
            outputs = try ReportOutputs(formats: format?.formats ?? [], paths: output, html: html, bom: bom)
        } catch {
            switch error {
            case .usage(let message): throw ValidationError(message)
            case .output(let problem): throw CommandFailure(message: problem.description)
            }
        }
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
        try CommandFailure.wrap {
            try outputs.write(
                report, width: width ?? TerminalWidth.columns(fallback: 100),
                color: { color == .always || (color == .auto && $0.isTerminal) },
                wrote: { output in
                    guard output.target.option == "--html", let path = output.target.path else { return }
                    FileHandle.standardError.write(Data("claims: wrote the HTML report to \(path)\n".utf8))
                })
        }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    /// `--format`'s value: one format, or a comma-separated list of them.
    struct FormatList: ExpressibleByArgument {
        var formats: [ReportFormat]

        init?(argument: String) {
            let names = argument.split(separator: ",", omittingEmptySubsequences: false)
            let formats = names.compactMap { ReportFormat(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            guard formats.count == names.count else { return nil }
            self.formats = formats
        }

        static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
    }
}
