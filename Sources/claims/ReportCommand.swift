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

        Output is the same bytes on every run for the same input: no dates or clock are printed.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, markdown, csv, jsonl, json, html }
    enum Color: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(help: "Article files or folders (walked recursively in name order; unsupported files are skipped).")
    var paths: [String] = []

    @Option(help: "table, markdown, csv, jsonl, json or html.")
    var format: Format = .table

    @Option(name: .shortAndLong, help: "Write the report to this file instead of stdout.")
    var output: String?

    @Option(help: "Also write the HTML page to this file.")
    var html: String?

    @Option(help: "Read claim records (JSON Lines as `claims extract` writes them) from this file instead of extracting from PATHs.")
    var claims: String?

    @Option(help: "Colour the table: auto (only on a terminal), always or never.")
    var color: Color = .auto

    @Option(help: "Table width in columns (default: the terminal's, else 100).")
    var width: Int?

    func validate() throws {
        if paths.isEmpty && claims == nil { throw ValidationError("Give article paths or --claims FILE.") }
    }

    func run() throws {
        var articles: [Article] = []
        var claimList: [Claim] = []
        if let claims {
            claimList = try ReportCommand.readClaims(claims)
        }
        let extractor = ClaimExtractor()
        for file in ReportCommand.inputFiles(paths) {
            switch Ingestor().ingest(path: file) {
            case .success(let article):
                articles.append(article)
                if claims == nil { claimList += extractor.extract(from: article) }
            case .failure(let diagnostic):
                FileHandle.standardError.write(Data((diagnostic.line + "\n").utf8))
            }
        }
        let report = ReportBuilder().build(articles: articles, claims: claimList)
        let terminal = isatty(STDOUT_FILENO) == 1 && output == nil
        let useColor = color == .always || (color == .auto && terminal)
        let text = ReportFormat(rawValue: format.rawValue)!.render(report, color: useColor, width: width ?? ReportCommand.terminalWidth())
        if let html {
            try ReportCommand.write(ReportFormat.html.render(report), to: html)
            FileHandle.standardError.write(Data("claims: wrote the HTML report to \(html)\n".utf8))
        }
        if let output {
            try ReportCommand.write(text, to: output)
        } else if format == .html {
            let path = "claims-report.html"
            try ReportCommand.write(text, to: path)
            print(path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Files to read: files as given, folders walked recursively in name order keeping supported extensions.
    static func inputFiles(_ paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = (FileManager.default.subpaths(atPath: path) ?? []).sorted()
                files += names.filter { Ingestor.supportedExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Claim records from a JSON Lines file; lines without a claim `category` (group records) are skipped.
    static func readClaims(_ path: String) throws -> [Claim] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        let decoder = JSONDecoder()
        var out: [Claim] = []
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || !trimmed.contains("\"category\"") { continue }
            do {
                out.append(try decoder.decode(Claim.self, from: Data(trimmed.utf8)))
            } catch {
                throw ValidationError("\(path):\(n + 1): not a claim record")
            }
        }
        return out
    }

    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The terminal's width in columns, else $COLUMNS, else 100.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 100
    }
}
