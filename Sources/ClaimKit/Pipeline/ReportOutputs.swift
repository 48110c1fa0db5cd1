#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every output of one `claims report` run: the files named (or stdout), each with its format.
///
/// One run can write several formats of the one report it builds (`--output r.jsonl --output
/// r.csv`), so a caller that needs JSON Lines and CSV groups the claims once. Each file's format
/// is the `--format` entry at its place, else its extension; with one output or none the rules
/// of a single output hold (`--format`, else the file's extension, else a table on a terminal and
/// JSON Lines anywhere else). Every file is checked before any input is read; a file named twice
/// is refused, since its second format would overwrite the first.
package struct ReportOutputs {
    /// Why the options do not name a set of outputs that can be written.
    package enum Problem: Error, Sendable {
        /// The options contradict each other; the text says what to change.
        case usage(String)
        /// A file named cannot be written.
        case output(OutputTarget.Problem)
    }

    /// One output: where it goes, its format, and whether it starts with a UTF-8 byte-order mark.
    package struct Output {
        /// The file (or stdout) and the option that named it.
        package let target: OutputTarget
        /// The format written there.
        package let format: ReportFormat
        /// True for CSV when `--bom` was given.
        package let bom: Bool
    }

    /// The outputs in the order they are written: the `--html` page first, then `--output` in order.
    package let outputs: [Output]

    /// The outputs that `formats` (the `--format` list, empty when not given), `paths` (the
    /// `--output` files, empty for stdout), `html` (the `--html` file) and `bom` name.
    package init(formats: [ReportFormat], paths: [String], html: String?, bom: Bool) throws(Problem) {
        let chosen = try ReportOutputs.formats(formats, paths: paths)
        var outputs: [Output] = []
        do {
            if let html {
                outputs.append(
                    Output(target: try OutputTarget(path: html, option: "--html"), format: .html, bom: false))
            }
            if paths.isEmpty {
                let stdout = OutputTarget()
                let format =
                    chosen.first ?? ReportFormat.chosen(nil, outputPath: nil, stdoutIsTerminal: stdout.isTerminal)
                outputs.append(Output(target: stdout, format: format, bom: bom && format == .csv))
            }
            for (path, format) in zip(paths, chosen) {
                outputs.append(Output(target: try OutputTarget(path: path), format: format, bom: bom && format == .csv))
            }
        } catch {
            throw .output(error)
        }
        if bom && !outputs.contains(where: \.bom) { throw .usage("--bom is for CSV output; add --format csv") }
        var seen: [String: String] = [:]
        for output in outputs {
            guard let path = output.target.path else { continue }
            let key = ReportOutputs.identity(of: path)
            if let first = seen[key] {
                throw .usage(
                    "\(output.target.option) \(path) names the same file as \(first): give each output a file of its own"
                )
            }
            seen[key] = "\(output.target.option) \(path)"
        }
        self.outputs = outputs
    }

    /// Renders `report` into every output in turn, each in chunks of about 64 KiB (a large report
    /// is never held as one string plus its bytes). `color` says whether a table output gets ANSI
    /// colours; `wrote` is called after each output is closed.
    package func write(
        _ report: Report, width: Int, color: (OutputTarget) -> Bool, wrote: (Output) -> Void = { _ in }
    ) throws(OutputTarget.Problem) {
        for output in outputs {
            let file = try output.target.output()
            if output.bom { file.write("\u{FEFF}") }
            output.format.write(report, color: color(output.target), width: width) { file.write($0) }
            output.target.close()
            wrote(output)
        }
    }

    /// The format of each `--output` file (one for stdout when none is named).
    static func formats(_ given: [ReportFormat], paths: [String]) throws(Problem) -> [ReportFormat] {
        if paths.count <= 1 {
            if given.count > 1 {
                throw .usage(
                    "--format lists \(given.count) formats: name one --output FILE for each, in the same order")
            }
            guard let path = paths.first else { return given }
            return [ReportFormat.chosen(given.first, outputPath: path, stdoutIsTerminal: false)]
        }
        if !given.isEmpty {
            guard given.count == paths.count else {
                throw .usage(
                    "--format lists \(given.count) format\(given.count == 1 ? "" : "s") for \(paths.count) --output files: list one per file, in the same order, or leave --format out and let each file's extension choose"
                )
            }
            return given
        }
        return try paths.map { path throws(Problem) in
            guard let format = ReportFormat(fileName: path) else {
                throw .usage(
                    "--output \(path): with several outputs each file's extension picks its format (.html .csv .md .json .jsonl .txt); rename it or list the formats with --format"
                )
            }
            return format
        }
    }

    /// What makes two paths the same file: its device and inode when it exists, else its real
    /// folder and name (the folder exists: `OutputTarget` checked it).
    static func identity(of path: String) -> String {
        var info = stat()
        if stat(path, &info) == 0 { return "inode \(info.st_dev):\(info.st_ino)" }
        let folder = OutputTarget.parentFolder(of: path)
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let resolved = realpath(folder, nil) else { return "path \(path)" }
        defer { free(resolved) }
        return "path \(String(cString: resolved))/\(name)"
    }
}
