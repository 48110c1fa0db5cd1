import Foundation

/// A folder's `manifest.csv`: metadata for the files it names that their text cannot give.
///
/// Columns `file,outlet,url,published` (any order, a header row first, extra columns ignored;
/// `final_url`, when present and filled, is used as the URL);
/// `file` is relative to the manifest's folder. Rows that cannot be used become diagnostics
/// naming the manifest and the line; the other rows still apply.
package struct Manifest: Sendable {
    /// The file name a folder's manifest must have.
    package static let fileName = "manifest.csv"

    /// The manifest's own path, as diagnostics name it.
    package var path: String
    /// Hints by normalised relative file path.
    package private(set) var hintsByFile: [String: ArticleHints] = [:]
    /// Problems found in the manifest, one per bad row (or one for the whole file).
    package private(set) var diagnostics: [Diagnostic] = []

    /// Parses manifest bytes read from `path`.
    package init(bytes: [UInt8], path: String) {
        self.path = path
        let parsed = CSVParser().parse(bytes)
        guard let header = parsed.records.first else {
            problem(line: nil, "empty manifest, no header row")
            return
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let fileColumn = names.firstIndex(of: "file") else {
            problem(line: header.line, "no `file` column in the header (expected file,outlet,url,published)")
            return
        }
        let outletColumn = names.firstIndex(of: "outlet")
        let urlColumn = names.firstIndex(of: "url")
        let finalURLColumn = names.firstIndex(of: "final_url")  // written by `claims fetch`: where the page really is
        let publishedColumn = names.firstIndex(of: "published")
        var firstLineOf: [String: Int] = [:]

        for record in parsed.records.dropFirst() {
            func value(_ column: Int?) -> String? {
                guard let column, column < record.fields.count else { return nil }
                let v = record.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            if record.fields.count != names.count {
                problem(line: record.line, "\(record.fields.count) fields, the header has \(names.count); row ignored")
                continue
            }
            guard let file = value(fileColumn).map(Manifest.normalise), !file.isEmpty else {
                problem(line: record.line, "no file name; row ignored")
                continue
            }
            if let earlier = firstLineOf[file] {
                problem(line: record.line, "\(file) is already listed on line \(earlier); row ignored")
                continue
            }
            var published = value(publishedColumn)
            if let date = published, !Manifest.looksLikeISODate(date) {
                problem(line: record.line, "published \"\(date)\" is not an ISO 8601 date (YYYY-MM-DD); date ignored")
                published = nil
            }
            firstLineOf[file] = record.line
            hintsByFile[file] = ArticleHints(
                outlet: value(outletColumn), url: value(finalURLColumn) ?? value(urlColumn), published: published)
        }
        if let line = parsed.unterminatedQuoteLine {
            problem(line: line, "quoted field never closed; the rest of the manifest is ignored")
        }
    }

    /// Reads the manifest at `path`; nil when there is no such file, a diagnostic when it cannot be read.
    package static func load(path: String) -> Manifest? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            var manifest = Manifest(bytes: [], path: path)
            manifest.diagnostics = [Diagnostic(path: path, reason: .unreadable, detail: "cannot read the manifest")]
            return manifest
        }
        return Manifest(bytes: [UInt8](data), path: path)
    }

    /// The hints for `relativePath` (relative to the manifest's folder), if a row names it.
    package func hints(forRelativePath relativePath: String) -> ArticleHints? {
        hintsByFile[Manifest.normalise(relativePath)]
    }

    /// Drops `./` segments, doubled and trailing slashes, and turns backslashes into slashes.
    static func normalise(_ file: String) -> String {
        file.replacingOccurrences(of: "\\", with: "/")
            .split(separator: "/", omittingEmptySubsequences: true)
            .filter { $0 != "." }
            .joined(separator: "/")
    }

    /// `YYYY-MM-DD`, optionally followed by a time (`T...` or a space).
    static func looksLikeISODate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 10 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[$0]) }),
            b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-")
        else { return false }
        let month = Int(b[5] - 48) * 10 + Int(b[6] - 48), day = Int(b[8] - 48) * 10 + Int(b[9] - 48)
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        return b.count == 10 || b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ")
    }

    private mutating func problem(line: Int?, _ detail: String) {
        let prefix = line.map { "line \($0): " } ?? ""
        diagnostics.append(Diagnostic(path: path, reason: .other, detail: "manifest " + prefix + detail))
    }
}
