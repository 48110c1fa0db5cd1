import ClaimKit
import ClaimTestSupport
import Foundation
import Testing

/// `claims db update` through the built binary: the summary line, exit codes and one-line errors.
@Suite struct DBCommandTests {
    private func pages(_ scratch: Scratch) throws -> String {
        try scratch.write(
            "pages/a.txt",
            "Blast near Aghdam\nFour police officers were killed in a mine blast near Aghdam, the ministry said.")
        try scratch.write(
            "pages/b.txt",
            "Blast kills police\nFive police officers were killed in a mine blast near Aghdam, officials said.")
        try scratch.write(
            "pages/c.txt", "Bus overturns\nTwelve people were injured when a bus overturned near Ganja, police said.")
        return scratch.path + "/pages"
    }

    @Test func aSecondUpdateReadsOnlyWhatChangedAndPruneRemoves() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try pages(scratch)
        let db = scratch.path + "/claims.db"
        let first = try BinaryLocator.run(["db", "update", db, folder])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        #expect(first.stderrLines.count == 1)
        #expect(
            first.stderr.hasPrefix(
                "claims: db: 3 pages read, 0 unchanged, 3 added, 0 replaced, 0 removed; now 3 articles"))
        let again = try BinaryLocator.run(["db", "update", db, folder])
        #expect(again.status == 0)
        #expect(
            again.stderr.hasPrefix(
                "claims: db: 0 pages read, 3 unchanged, 0 added, 0 replaced, 0 removed; now 3 articles"))
        try FileManager.default.removeItem(atPath: folder + "/c.txt")
        try scratch.write(
            "pages/a.txt", "Blast near Aghdam\nSix police officers were killed in a mine blast near Aghdam.")
        let pruned = try BinaryLocator.run(["db", "update", "--prune", db, folder])
        #expect(pruned.status == 0)
        #expect(
            pruned.stderr.hasPrefix(
                "claims: db: 1 page read, 1 unchanged, 0 added, 1 replaced, 1 removed; now 2 articles"),
            "\(pruned.stderr)")
    }

    @Test func aLockedDatabaseIsOneLineAndExitTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try pages(scratch)
        let db = scratch.path + "/claims.db"
        #expect(try BinaryLocator.run(["db", "update", db, folder]).status == 0)
        let holder = try SQLiteDatabase(path: db)
        try holder.execute("BEGIN IMMEDIATE")
        let blocked = try BinaryLocator.run(["db", "update", "--wait", "0.2", db, folder])
        try holder.execute("ROLLBACK")
        #expect(blocked.status == 2)
        #expect(
            blocked.stderrLines == [
                "claims: \(db): another update is writing to this database (waited 0.20 s); nothing was changed, try again when it has finished"
            ])
    }

    @Test func aFileThatIsNoClaimsDatabaseIsRefusedInOneLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try pages(scratch)
        let notes = try scratch.write(
            "notes.txt", "Not a database at all, but some text that is long enough to fill a header page.\n")
        let run = try BinaryLocator.run(["db", "update", notes, folder])
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.hasPrefix("claims: \(notes): SQLite: file is not a database"), "\(run.stderr)")
        #expect(try String(contentsOfFile: notes, encoding: .utf8).hasPrefix("Not a database"))
    }

    @Test func helpNamesTheCommand() throws {
        let run = try BinaryLocator.run(["db", "update", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--prune"))
        #expect(run.stdout.contains("one transaction"))
    }
}
