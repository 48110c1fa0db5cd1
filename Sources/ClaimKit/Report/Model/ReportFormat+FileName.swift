extension ReportFormat {
    /// The format a file name asks for by its extension (`.html`, `.csv`, `.md`, `.json`,
    /// `.jsonl`, `.txt`), nil for any other: `--output r.csv` without `--format` writes CSV.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "txt": self = .table
        default: return nil
        }
    }

    /// The format when none is given: from the output file's name, else a table on a terminal and
    /// JSON Lines anywhere else (a pipe, a file), as every command does.
    public static func chosen(_ given: ReportFormat?, outputPath: String?, stdoutIsTerminal: Bool) -> ReportFormat {
        if let given { return given }
        if let outputPath { return ReportFormat(fileName: outputPath) ?? .jsonl }
        return stdoutIsTerminal ? .table : .jsonl
    }
}
