import Foundation

/// A SQLite file of articles, claims, stories, facts, differences and omissions (`claims db update`).
///
/// An update walks the inputs like every batch command, hashes each file's bytes first and reads
/// (ingests and extracts) only the files whose hash is new; then it rebuilds stories and facts from
/// every stored claim and article digest, exactly as `claims report` would from the same records.
/// The whole update is one transaction taken before the walk: an interrupted run leaves the previous
/// state, and a second writer waits up to `busyTimeout` seconds, then fails with `StoreError.busy`.
public struct ClaimStore {
    /// The database file.
    public var path: String
    /// Seconds a writer waits for another one to finish.
    public var busyTimeout: Double = 5
    /// Workers for reading the changed files.
    public var runner = BatchRunner()
    /// Ingest limits.
    public var ingestor = Ingestor()
    /// The claim extractor.
    public var extractor = ClaimExtractor()
    /// Builds the stories and facts.
    package var builder = ReportBuilder()
    /// Runs last before the commit: tests make it fail to check that nothing of the run is kept.
    var beforeCommit: () throws -> Void = {}

    /// A store at `path` (created by the first update).
    public init(path: String) { self.path = path }

    /// Brings the database up to date with the files under `paths`; with `prune`, stored files
    /// not found under `paths` are removed. Diagnostics about inputs go to `console`.
    public func update(
        paths: [String], prune: Bool = false, console: BatchConsole,
        readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }
    ) throws -> StoreSummary {
        let db = try open()
        do {
            try db.execute("BEGIN IMMEDIATE")
        } catch let failure as SQLiteDatabase.Failure where failure.isBusy {
            throw StoreError.busy(path: path, seconds: busyTimeout)
        }
        do {
            try prepareSchema(db)
            var summary = try readChanges(db, paths: paths, prune: prune, console: console, readLine: readLine)
            if summary.added + summary.replaced + summary.removed > 0 {
                try rebuildDerived(db, summary: &summary)
            } else {
                // No article came or went: the stories and facts stored are still those of the stored claims.
                try countTotals(db, summary: &summary)
            }
            try beforeCommit()
            try db.execute("COMMIT")
            summary.batch.seconds = console.elapsed
            return summary
        } catch {
            try? db.execute("ROLLBACK")
            if let failure = error as? SQLiteDatabase.Failure {
                throw failure.isBusy
                    ? StoreError.busy(path: path, seconds: busyTimeout)
                    : StoreError.sqlite(path: path, message: failure.description)
            }
            throw error
        }
    }

    /// The connection, with foreign keys on and write-ahead logging (readers such as Datasette go on during an update).
    func open() throws -> SQLiteDatabase {
        do {
            let db = try SQLiteDatabase(path: path, busyTimeout: busyTimeout)
            try db.execute("PRAGMA foreign_keys = ON")
            try db.execute("PRAGMA journal_mode = WAL")
            return db
        } catch let failure as SQLiteDatabase.Failure {
            throw failure.isBusy
                ? StoreError.busy(path: path, seconds: busyTimeout)
                : StoreError.sqlite(path: path, message: failure.description)
        }
    }

    /// The totals of an update that changed no article.
    private func countTotals(_ db: SQLiteDatabase, summary: inout StoreSummary) throws {
        func count(_ table: String) throws -> Int {
            try db.rows("SELECT count(*) FROM \(table)").first?.first?.integer ?? 0
        }
        summary.articles = try count("articles")
        summary.claims = try count("claims")
        summary.stories = try count("stories")
        summary.facts = try count("facts")
    }

    /// Creates the tables of a new file; refuses a file of another schema version.
    private func prepareSchema(_ db: SQLiteDatabase) throws {
        let existing = try db.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'store_info'")
        if !existing.isEmpty {
            let version = try db.rows("SELECT value FROM store_info WHERE key = 'schema_version'").first?.first?.text
            guard version == String(StoreSchema.version) else {
                throw StoreError.otherVersion(path: path, found: version ?? "none")
            }
        } else {
            let others =
                try db.rows("SELECT count(*) FROM sqlite_master WHERE type = 'table'").first?.first?.integer ?? 0
            guard others == 0 else { throw StoreError.notAStore(path: path) }
        }
        try db.execute(StoreSchema.tables)
        try db.run(
            "INSERT OR REPLACE INTO store_info (key, value) VALUES ('schema_version', ?)",
            [.text(String(StoreSchema.version))])
    }

    /// What a worker made of one file.
    enum FileResult: Sendable {
        /// The stored content hash matched: not read.
        case unchanged
        /// Read, ingested and extracted; `notes` are the article's warnings.
        case read(hash: String, bytes: Int, digest: ArticleDigest, claims: [Claim], notes: [Diagnostic])
        /// Could not be made an article; `hash` when the bytes were read.
        case failed(Diagnostic, hash: String?)
    }

    /// Walks `paths`, reads what changed, replaces its rows, and prunes. Returns the counts.
    private func readChanges(
        _ db: SQLiteDatabase, paths: [String], prune: Bool, console: BatchConsole,
        readLine: @escaping () -> String?
    ) throws -> StoreSummary {
        var summary = StoreSummary()
        let known = try StoredFiles(db)
        let hashes = known.hashes
        let ingestor = self.ingestor, extractor = self.extractor
        let detector = WireCopyDetector(threshold: builder.options.wireCopySimilarity)
        let writer = try StoreRowWriter(db)
        var seen = Set<String>()
        var failure: (any Error)?
        console.countAhead(paths: paths)
        let walker = InputWalker(paths: paths, readLine: readLine)
        runner.run(
            walker,
            work: { file in
                ClaimStore.read(
                    file, storedHash: hashes[file.path], ingestor: ingestor, extractor: extractor, detector: detector)
            },
            deliver: { event in
                guard failure == nil else { return }
                do {
                    switch event {
                    case .file(let file, let result):
                        seen.insert(file.path)
                        try deliver(
                            file.path, result, known: known, writer: writer, summary: &summary, console: console)
                        console.fileDone()
                    case .other(let input):
                        console.account(input, in: &summary.batch)
                    }
                } catch {
                    failure = error
                }
            }, idle: console.tick)
        if let failure { throw failure }
        if prune {
            for path in known.paths where !seen.contains(path) {
                try writer.remove(path: path)
                summary.removed += 1
            }
        }
        return summary
    }

    /// What a worker makes of `file`: nothing when its content hash is `storedHash`, else its
    /// digest and claims (the article itself is dropped here, on the worker).
    private static func read(
        _ file: BatchFile, storedHash: String?, ingestor: Ingestor, extractor: ClaimExtractor,
        detector: WireCopyDetector
    ) -> FileResult {
        let bytes: [UInt8]
        if let page = file.page {
            bytes = page.bytes  // a WARC record: its payload is already read
        } else {
            switch ingestor.readFile(file.path) {
            case .success(let b): bytes = b
            case .failure(let diagnostic): return .failed(diagnostic, hash: nil)
            }
        }
        let hash = ContentHash.of(bytes, hints: file.hints)
        if storedHash == hash { return .unchanged }
        let ingested =
            file.page.map { ingestor.ingest(page: $0, path: file.path) }
            ?? ingestor.ingest(bytes: bytes, path: file.path, hints: file.hints)
        switch ingested {
        case .success(let article):
            return .read(
                hash: hash, bytes: bytes.count, digest: ArticleDigest(article, detector: detector),
                claims: extractor.extract(from: article), notes: article.notes)
        case .failure(let diagnostic): return .failed(diagnostic, hash: hash)
        }
    }

    /// Stores one file's result and counts it.
    private func deliver(
        _ path: String, _ result: FileResult, known: StoredFiles, writer: StoreRowWriter,
        summary: inout StoreSummary, console: BatchConsole
    ) throws {
        switch result {
        case .unchanged:
            if let diagnostic = known.skipped[path] {
                // Still the same unreadable page: say so again, as a fresh run would.
                summary.batch.countSkipped(diagnostic)
                console.report(diagnostic)
            } else {
                summary.unchanged += 1
            }
        case .read(let hash, let bytes, let digest, let claims, let notes):
            summary.batch.read += 1
            if !notes.isEmpty {
                // Counted and told as every batch command does (the exit status then says so too).
                summary.batch.readWithNotes += 1
                notes.forEach(console.report)
            }
            if known.hashes[path] != nil { summary.replaced += 1 } else { summary.added += 1 }
            try writer.remove(path: path)
            try writer.insert(digest, hash: hash, bytes: bytes, claims: claims)
        case .failed(let diagnostic, let hash):
            summary.batch.countSkipped(diagnostic)
            console.report(diagnostic)
            if known.hashes[path] != nil && known.skipped[path] == nil { summary.removed += 1 }
            try writer.remove(path: path)
            if let hash { try writer.insertSkipped(diagnostic, hash: hash) }
        }
    }
}
