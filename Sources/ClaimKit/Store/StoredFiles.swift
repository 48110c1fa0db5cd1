/// The files a database already holds, by path: their content hashes, and the diagnostics of those
/// stored as unreadable (so an unchanged bad page is not read again either).
struct StoredFiles: Sendable {
    /// Content hash of every stored path (articles and skipped files).
    var hashes: [String: String] = [:]
    /// The diagnostic of each stored skipped file.
    var skipped: [String: Diagnostic] = [:]
    /// Every stored path, sorted (the prune order).
    var paths: [String] { hashes.keys.sorted() }

    init(_ db: SQLiteDatabase) throws {
        for row in try db.rows("SELECT path, content_hash FROM articles") {
            if let path = row[0].text, let hash = row[1].text { hashes[path] = hash }
        }
        for row in try db.rows("SELECT path, content_hash, reason, detail FROM skipped_files") {
            guard let path = row[0].text, let hash = row[1].text else { continue }
            hashes[path] = hash
            let reason = row[2].text.flatMap(Diagnostic.Reason.init(rawValue:)) ?? .other
            skipped[path] = Diagnostic(path: path, reason: reason, detail: row[3].text ?? "")
        }
    }
}
