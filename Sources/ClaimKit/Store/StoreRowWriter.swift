/// Inserts and removes the stored inputs of one update: article rows with their claims, and skipped files.
/// The statements are prepared once per update.
struct StoreRowWriter {
    private let db: SQLiteDatabase
    private let insertArticle: SQLiteDatabase.Statement
    private let insertClaim: SQLiteDatabase.Statement
    private let deleteArticle: SQLiteDatabase.Statement
    private let deleteSkipped: SQLiteDatabase.Statement
    private let insertSkippedFile: SQLiteDatabase.Statement

    init(_ db: SQLiteDatabase) throws {
        self.db = db
        insertArticle = try db.prepare(
            """
            INSERT INTO articles (path, content_hash, bytes, title, outlet, url, published, words, claim_count,
                sketch, sketch_complete, fingerprint, outlet_known) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        insertClaim = try db.prepare(
            """
            INSERT INTO claims (article_id, ordinal, outlet, published, category, value, upper, qualifier, unit, subject,
                speaker, speaker_entity, sentence, start_offset, end_offset, trigger_word, cue, vague)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        deleteArticle = try db.prepare("DELETE FROM articles WHERE path = ?")
        deleteSkipped = try db.prepare("DELETE FROM skipped_files WHERE path = ?")
        insertSkippedFile = try db.prepare(
            "INSERT INTO skipped_files (path, content_hash, reason, detail) VALUES (?,?,?,?)")
    }

    /// Removes whatever is stored for `path` (its claims go with the article row).
    func remove(path: String) throws {
        try deleteArticle.run([.text(path)])
        try deleteSkipped.run([.text(path)])
    }

    /// Stores an article's digest and claims.
    func insert(_ digest: ArticleDigest, hash: String, bytes: Int, claims: [Claim]) throws {
        let stored = StoredDigest(digest)
        try insertArticle.run([
            .text(digest.path), .text(hash), .int(bytes), .optional(digest.title),
            .text(digest.outlet ?? ReportBuilder.fileName(digest.path)), .optional(digest.url),
            .optional(digest.published),
            .int(digest.words), .int(claims.count), stored.sketch, .int(stored.sketchComplete ? 1 : 0),
            .text(stored.fingerprint), .int(digest.outlet == nil ? 0 : 1),
        ])
        let article = db.lastInsertRowID
        for (ordinal, c) in claims.enumerated() {
            try insertClaim.run([
                .integer(article), .int(ordinal), .optional(c.outlet), .optional(c.published),
                .text(c.category.rawValue),
                .optional(c.value), .optional(c.upper), .text(c.qualifier.rawValue), .optional(c.unit),
                .text(c.subject),
                .optional(c.speaker), .optional(c.speakerEntity), .text(c.sentence), .int(c.start), .int(c.end),
                .optional(c.trigger), .optional(c.cue), c.vague.map { .int($0 ? 1 : 0) } ?? .null,
            ])
        }
    }

    /// Stores a file that could not be made an article, so an unchanged copy is not read again.
    func insertSkipped(_ diagnostic: Diagnostic, hash: String) throws {
        try insertSkippedFile.run([
            .text(diagnostic.path), .text(hash), .text(diagnostic.reason.rawValue), .text(diagnostic.detail),
        ])
    }
}
