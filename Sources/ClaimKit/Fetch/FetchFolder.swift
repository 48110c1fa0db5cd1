import Foundation

/// The folder `claims fetch` saves into: one file per URL and a `manifest.csv` the other
/// commands read (`file,outlet,url,published` plus the fetch columns).
///
/// A file is named after its URL (host, path, and a hash of the whole URL), so the same URL
/// always lands in the same file. A file already there is replaced only when the manifest
/// says it came from the same URL (a refresh) or with `force`; otherwise it is left alone
/// and the URL fails with "file exists". Rows of the manifest for other files are kept,
/// and so are the outlet and published values a user filled in.
public final class FetchFolder: @unchecked Sendable {
    /// The columns written, in this order after any the existing manifest already has.
    public static let columns = [
        "file", "outlet", "url", "published", "final_url", "fetched", "status", "content_type",
    ]

    /// The folder's path.
    public let path: String
    /// Replace files that do not come from the same URL.
    public let force: Bool
    private var header: [String]
    private var rows: [[String]]
    private var rowByFile: [String: Int] = [:]
    private let lock = NSLock()  // workers save in parallel
    private var lastWrite = Date()

    /// Opens `path`, creating it when missing (its parent must exist); reads its manifest if any.
    public init(path: String, force: Bool) throws {
        self.path = path
        self.force = force
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw FetchFolderError("\(path) is a file, not a folder") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            } catch {
                throw FetchFolderError("cannot create the folder \(path) (does its parent folder exist?)")
            }
        }
        let manifestPath = FetchFolder.join(path, Manifest.fileName)
        var records: [[String]] = []
        if let data = FileManager.default.contents(atPath: manifestPath) {
            records = CSVParser().parse([UInt8](data)).records.map(\.fields)
        }
        header = records.first.map { $0.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } } ?? []
        rows = Array(records.dropFirst())
        if !header.isEmpty, !header.contains("file") {
            throw FetchFolderError("\(manifestPath) has no `file` column; not touched (move it away or fix its header)")
        }
        for column in FetchFolder.columns where !header.contains(column) { header.append(column) }
        let fileColumn = header.firstIndex(of: "file")!
        for (index, row) in rows.enumerated() where fileColumn < row.count {
            rowByFile[Manifest.normalise(row[fileColumn])] = index
        }
    }

    /// The file name for `url`: `host_path-words-HASH.html` (or `.txt` for plain text).
    public static func fileName(url: String, finalURL: String, contentType: String?) -> String {
        let parsed = URL(string: finalURL)
        var words = [parsed?.host ?? "page"]
        words += (parsed?.path ?? "").split(separator: "/").map(String.init)
        var slug = ""
        for scalar in words.joined(separator: "_").unicodeScalars {
            let ok =
                scalar.isASCII
                && (CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "-" || scalar == "_")
            slug.unicodeScalars.append(ok ? scalar : "-")
        }
        for ext in [".html", ".htm", ".php", ".shtml", ".aspx", ".asp", ".xhtml"] where slug.lowercased().hasSuffix(ext)
        {
            slug = String(slug.dropLast(ext.count))
        }
        slug = String(slug.prefix(80))
        return "\(slug)-\(hash(url))\(PageKind.fileExtension(contentType: contentType))"
    }

    /// Saves `page`, returning the file name, or why it was not saved.
    public func save(_ page: DownloadedPage) -> Result<String, FetchFailure> {
        lock.lock()
        defer { lock.unlock() }
        let name = FetchFolder.fileName(url: page.url, finalURL: page.finalURL, contentType: page.contentType)
        let full = FetchFolder.join(path, name)
        let existing = rowByFile[name]
        if FileManager.default.fileExists(atPath: full), !force, value("url", existing) != page.url {
            return .failure(
                FetchFailure(.exists, "\(full) exists and is not from this URL; not replaced (use --force)"))
        }
        do {
            try Data(page.body).write(to: URL(fileURLWithPath: full), options: .atomic)
        } catch {
            return .failure(FetchFailure(.writeFailed, "cannot write \(full)"))
        }
        var row = existing.map { rows[$0] } ?? []
        row += Array(repeating: "", count: max(0, header.count - row.count))
        let values = [
            "file": name, "url": page.url, "final_url": page.finalURL,
            "fetched": FetchFolder.timestamp(page.fetched), "status": String(page.status),
            "content_type": page.contentType ?? "",
        ]
        for (column, value) in values { row[header.firstIndex(of: column)!] = value }
        if let existing {
            rows[existing] = row
        } else {
            rowByFile[name] = rows.count
            rows.append(row)
        }
        // Now and then during a run, so an interrupted run leaves its files listed (and refreshable).
        if Date().timeIntervalSince(lastWrite) >= 2 { try? writeUnlocked() }
        return .success(name)
    }

    /// Writes `manifest.csv` (atomically: a reader sees the old one or the new one).
    public func writeManifest() throws {
        lock.lock()
        defer { lock.unlock() }
        try writeUnlocked()
    }

    private func writeUnlocked() throws {
        lastWrite = Date()
        var text = CSVField.row(header)
        for row in rows { text += CSVField.row(row + Array(repeating: "", count: max(0, header.count - row.count))) }
        let manifestPath = FetchFolder.join(path, Manifest.fileName)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: manifestPath), options: .atomic)
        } catch {
            throw FetchFolderError("cannot write \(manifestPath)")
        }
    }

    private func value(_ column: String, _ row: Int?) -> String? {
        guard let row, let index = header.firstIndex(of: column), index < rows[row].count else { return nil }
        return rows[row][index]
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// ISO 8601 in UTC, to the second.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// 32 bits of FNV-1a over the URL, in hex: stable across runs and machines.
    static func hash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let short = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        let hex = String(short, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
