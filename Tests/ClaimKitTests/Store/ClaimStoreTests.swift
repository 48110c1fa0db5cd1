import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimKit

/// `ClaimStore`: the tables it makes, what an update reads again and what it keeps when it fails.
@Suite struct ClaimStoreTests {
    static let killed = "Four police officers were killed in a mine blast near Aghdam on Tuesday, the ministry said."
    static let killedFive = "Five police officers were killed in a mine blast near Aghdam on Tuesday, officials said."
    static let injured = "Twelve people were injured when a bus overturned near Ganja, police said."

    /// A folder of three small articles and a store beside it.
    private func setUp() throws -> (TemporaryFolder, ClaimStore) {
        let folder = try TemporaryFolder()
        try folder.write("pages/a.txt", "Mine blast near Aghdam\n\(ClaimStoreTests.killed)")
        try folder.write("pages/b.txt", "Blast kills police near Aghdam\n\(ClaimStoreTests.killedFive)")
        try folder.write("pages/c.txt", "Bus overturns near Ganja\n\(ClaimStoreTests.injured)")
        var store = ClaimStore(path: folder.path + "/claims.db")
        store.runner = BatchRunner(jobs: 2)
        return (folder, store)
    }

    private func quiet() -> BatchConsole {
        BatchConsole(output: FileOutput(descriptor: open("/dev/null", O_WRONLY)), showsProgress: false)
    }

    private func rows(_ store: ClaimStore, _ sql: String) throws -> [[SQLiteDatabase.Value]] {
        try SQLiteDatabase(path: store.path).rows(sql)
    }

    private func count(_ store: ClaimStore, _ table: String) throws -> Int {
        try rows(store, "SELECT count(*) FROM \(table)").first?.first?.integer ?? -1
    }

    @Test func anArticlesNotesAreCountedAsInEveryBatch() throws {
        let (folder, store) = try setUp()
        defer { folder.remove() }
        // "café" in windows-1252: not UTF-8, read with a note.
        let latin1 = Data("Caf".utf8) + Data([0xE9]) + Data(" owner says \(ClaimStoreTests.injured)".utf8)
        try latin1.write(to: URL(fileURLWithPath: folder.path + "/pages/d.txt"))
        let summary = try store.update(paths: [folder.path + "/pages"], console: quiet())
        #expect(summary.batch.read == 4 && summary.batch.readWithNotes == 1)
        #expect(summary.exitStatus == 1)
    }

    @Test func schemaHasForeignKeysIndexesAndASentenceSearch() throws {
        let (folder, store) = try setUp()
        defer { folder.remove() }
        _ = try store.update(paths: [folder.path + "/pages"], console: quiet())
        let tables = Set(
            try rows(store, "SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0[0].text })
        for table in [
            "articles", "claims", "stories", "facts", "differences", "variants", "omissions", "story_outlets",
            "claims_fts",
        ] {
            #expect(tables.contains(table), "\(table)")
        }
        let claimKeys = try rows(store, "SELECT \"table\", \"from\" FROM pragma_foreign_key_list('claims')").map {
            "\($0[0].text!).\($0[1].text!)"
        }
        #expect(Set(claimKeys) == ["articles.article_id", "facts.fact_id"])
        let factKeys = try rows(store, "SELECT \"table\" FROM pragma_foreign_key_list('facts')").compactMap {
            $0[0].text
        }
        #expect(factKeys == ["stories"])
        let indexes = Set(
            try rows(store, "SELECT name FROM sqlite_master WHERE type = 'index'").compactMap { $0[0].text })
        #expect(indexes.isSuperset(of: ["claims_article", "claims_fact", "facts_story", "omissions_outlet"]))
        #expect(try rows(store, "PRAGMA foreign_key_check").isEmpty)
        let found = try rows(
            store,
            "SELECT c.sentence FROM claims_fts f JOIN claims c ON c.id = f.rowid WHERE claims_fts MATCH 'overturned'")
        #expect(found.map { $0[0].text } == [ClaimStoreTests.injured])
    }

    @Test func factsAreTheReportsFactsOfTheSameArticles() throws {
        let (folder, store) = try setUp()
        defer { folder.remove() }
        _ = try store.update(paths: [folder.path + "/pages"], console: quiet())
        let (report, _) = try ClaimsPipeline(paths: [folder.path + "/pages"], jobs: 1, console: quiet()).buildReport()
        let stored = try rows(store, "SELECT id, summary, story_id, disagreement FROM facts ORDER BY position")
        #expect(stored.map { $0[0].text! } == report.groups.map(\.id.rawValue))
        #expect(stored.map { $0[1].text! } == report.groups.map(\.summary))
        // Four and five officers killed: one fact whose outlets disagree on the number.
        #expect(stored.contains { $0[1].text!.hasPrefix("killed:") && $0[3].text?.contains("number") == true })
        let grouped = try rows(store, "SELECT count(*) FROM claims WHERE fact_id IS NOT NULL").first?.first?.integer
        #expect(grouped == report.claims.filter { $0.group != nil }.count)
    }

    @Test func unchangedFilesAreNotReadAgainAndAChangedOneIsReplaced() throws {
        let (folder, store) = try setUp()
        defer { folder.remove() }
        let pages = folder.path + "/pages"
        let first = try store.update(paths: [pages], console: quiet())
        #expect(first.batch.read == 3 && first.added == 3 && first.unchanged == 0)
        let again = try store.update(paths: [pages], console: quiet())
        #expect(again.batch.read == 0 && again.unchanged == 3 && again.added == 0)
        #expect(again.facts == first.facts && again.claims == first.claims)

        try folder.write(
            "pages/c.txt", "Bus overturns near Ganja\nNine people were injured when a bus overturned near Ganja.")
        try folder.write("pages/d.txt", "Mines found\nSappers found 30 mines near Fuzuli, the agency said.")
        let changed = try store.update(paths: [pages], console: quiet())
        #expect(changed.batch.read == 2 && changed.replaced == 1 && changed.added == 1 && changed.unchanged == 2)
        let sentences = try rows(
            store, "SELECT c.sentence FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.path LIKE '%/c.txt'")
        #expect(sentences.map { $0[0].text } == ["Nine people were injured when a bus overturned near Ganja."])
        // The replaced claim left the sentence index too.
        #expect(try rows(store, "SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'twelve'").isEmpty)
        #expect(try count(store, "articles") == 4)
    }

    @Test func aRemovedFileStaysUntilPrune() throws {
        let (folder, store) = try setUp()
        defer { folder.remove() }
        let pages = folder.path + "/pages"
        _ = try store.update(paths: [pages], console: quiet())
        try FileManager.default.removeItem(atPath: pages + "/b.txt")
        let kept = try store.update(paths: [pages], console: quiet())
        #expect(kept.removed == 0 && kept.articles == 3 && kept.batch.read == 0)
        let pruned = try store.update(paths: [pages], prune: true, console: quiet())
        #expect(pruned.removed == 1 && pruned.articles == 2 && pruned.batch.read == 0)
        #expect(try rows(store, "SELECT path FROM articles WHERE path LIKE '%/b.txt'").isEmpty)
        #expect(
            try rows(
                store, "SELECT count(*) FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE a.id IS NULL"
            ).first?.first?.integer == 0)
    }

    @Test func anUnreadablePageIsStoredAsSkippedAndNotReadAgain() throws {
        let (folder, store) = try setUp()
        defer { folder.remove() }
        try folder.write("pages/empty.txt", "")
        let first = try store.update(paths: [folder.path + "/pages"], console: quiet())
        #expect(first.batch.read == 3 && first.batch.skippedCount == 1)
        let again = try store.update(paths: [folder.path + "/pages"], console: quiet())
        #expect(again.batch.read == 0 && again.batch.skippedCount == 1 && again.batch.exitStatus == 1)
        #expect(try count(store, "skipped_files") == 1)
    }

    @Test func aFailedUpdateLeavesThePreviousState() throws {
        let (folder, store) = try setUp()
        defer { folder.remove() }
        let pages = folder.path + "/pages"
        _ = try store.update(paths: [pages], console: quiet())
        let before = try rows(store, "SELECT path, content_hash FROM articles ORDER BY path")
        let facts = try rows(store, "SELECT id, summary FROM facts ORDER BY id")
        try folder.write("pages/c.txt", "Bus overturns\nNine people were injured when a bus overturned.")
        try folder.write("pages/e.txt", "Aid\nDonors pledged $5 million for the flood victims.")
        struct Injected: Error {}
        var failing = store
        failing.beforeCommit = { throw Injected() }
        #expect(throws: Injected.self) { try failing.update(paths: [pages], prune: true, console: quiet()) }
        #expect(try rows(store, "SELECT path, content_hash FROM articles ORDER BY path") == before)
        #expect(try rows(store, "SELECT id, summary FROM facts ORDER BY id") == facts)
        // The next update still sees both changes.
        let next = try store.update(paths: [pages], console: quiet())
        #expect(next.batch.read == 2 && next.replaced == 1 && next.added == 1)
    }

    @Test func aSecondWriterGetsAClearErrorAfterItsWait() throws {
        let (folder, store) = try setUp()
        defer { folder.remove() }
        _ = try store.update(paths: [folder.path + "/pages"], console: quiet())
        let holder = try SQLiteDatabase(path: store.path)
        try holder.execute("BEGIN IMMEDIATE")
        var second = store
        second.busyTimeout = 0.2
        #expect(throws: StoreError.busy(path: store.path, seconds: 0.2)) {
            try second.update(paths: [folder.path + "/pages"], console: quiet())
        }
        try holder.execute("ROLLBACK")
        #expect(try second.update(paths: [folder.path + "/pages"], console: quiet()).unchanged == 3)
    }

    @Test func aFileWithOtherTablesIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/other.db"
        try SQLiteDatabase(path: path).execute("CREATE TABLE notes (x TEXT)")
        #expect(throws: StoreError.notAStore(path: path)) {
            try ClaimStore(path: path).update(paths: [folder.path], console: quiet())
        }
    }

    @Test func storedDigestsRoundTrip() {
        let article = Article(
            path: "x.txt", title: "Mine blast near Aghdam", outlet: "Example", paragraphs: [ClaimStoreTests.killed])
        let digest = ArticleDigest(article)
        let stored = StoredDigest(digest)
        let sketch = StoredDigest.sketch(stored.sketch, complete: stored.sketchComplete)
        #expect(sketch == digest.sketch)
        #expect(StoredDigest.fingerprint(stored.fingerprint) == digest.story)
        #expect(
            stored.fingerprint.hasPrefix("aghdam:")
                && stored.fingerprint.split(separator: " ").count == digest.story.count)
        // A term without a weight is not stored (nothing to pair it with).
        var short = digest
        short.story = StoryFingerprint(terms: ["telavi", "kakheti"], weights: [300])
        #expect(StoredDigest(short).fingerprint == "telavi:300")
    }

    @Test func contentHashChangesWithTheBytesAndTheManifestHints() {
        let bytes = Array("Four were killed.".utf8)
        let plain = ContentHash.of(bytes, hints: nil)
        #expect(plain == ContentHash.of(bytes, hints: nil))
        #expect(plain.hasSuffix("-17"))
        #expect(plain != ContentHash.of(Array("Five were killed.".utf8), hints: nil))
        #expect(plain != ContentHash.of(bytes, hints: ArticleHints(outlet: "Example")))
        #expect(
            ContentHash.of(bytes, hints: ArticleHints(outlet: "A"))
                != ContentHash.of(bytes, hints: ArticleHints(url: "A")))
        // One byte changed anywhere in a longer file: in a 32-byte block, in the last word, in the trailing bytes.
        let long = Array(String(repeating: "Twelve people were injured near Ganja. ", count: 5).utf8)
        let base = ContentHash.of(long, hints: nil)
        for index in [3, long.count - 12, long.count - 1] {
            var changed = long
            changed[index] ^= 0x20
            #expect(ContentHash.of(changed, hints: nil) != base, "byte \(index)")
        }
    }
}
