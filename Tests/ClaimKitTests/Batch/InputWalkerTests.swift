import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimKit

@Suite struct InputWalkerTests {
    /// A readable form of each input: `file PATH`, `skipped PATH reason` ...
    private func walk(_ paths: [String], stdin: [String] = [], relativeTo root: String) -> [String] {
        var lines = stdin[...]
        let walker = InputWalker(paths: paths, readLine: { lines.popFirst() })
        return walker.map { input -> String in
            func rel(_ p: String) -> String { p.hasPrefix(root + "/") ? String(p.dropFirst(root.count + 1)) : p }
            switch input {
            case .file(let f): return "file \(rel(f.path))" + (f.hints?.outlet.map { " [\($0)]" } ?? "")
            case .skipped(let d): return "skipped \(rel(d.path)) \(d.reason)"
            case .notArticle(let d): return "note \(rel(d.path))"
            case .manifestProblem(let d): return "manifest-problem \(rel(d.path))"
            case .manifest(let p): return "manifest \(rel(p))"
            case .hidden(let p): return "hidden \(rel(p))"
            case .assetFolder(let p): return "assets \(rel(p))"
            case .alreadyWalked(let d): return "again \(rel(d.path))"
            case .archive(let p): return "archive \(rel(p))"
            case .archiveRecord(let kind): return "record \(kind)"
            }
        }
    }

    @Test func walksInByteOrderOfTheFullPath() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        for name in ["b.txt", "a/z.html", "a-b.htm", "a.txt", "B.xhtml", "a/sub/x.txt", "é.txt"] { try tmp.write(name) }
        // '-' (0x2D) < '.' (0x2E) < '/' (0x2F): a folder's files come after names that extend it with those.
        #expect(
            walk([tmp.path], relativeTo: tmp.path) == [
                "file B.xhtml", "file a-b.htm", "file a.txt", "file a/sub/x.txt", "file a/z.html", "file b.txt",
                "file é.txt",
            ])
    }

    @Test func hiddenNamesAreCountedNotReadAndOtherFilesAreNoted() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        try tmp.write(".git/HEAD.txt")
        try tmp.write(".draft.txt")
        try tmp.write("photo.PNG")
        try tmp.write("story.HTML")
        #expect(
            walk([tmp.path], relativeTo: tmp.path) == [
                "hidden .draft.txt", "hidden .git", "note photo.PNG", "file story.HTML",
            ])
    }

    @Test func filesNamedDirectlyAreReadEvenIfHiddenButOtherTypesAreSkipped() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        let hidden = try tmp.write(".x.txt")
        let json = try tmp.write("data.json")
        #expect(
            walk([hidden, json, tmp.path + "/missing.txt"], relativeTo: tmp.path) == [
                "file .x.txt", "skipped data.json unsupportedType", "skipped missing.txt notFound",
            ])
    }

    @Test func symlinkLoopsAreReportedAndNotFollowed() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        try tmp.write("d/a.txt")
        try tmp.link("d/up", to: "..")  // back to an ancestor
        try tmp.link("d/self", to: "self")  // a link to itself
        try tmp.link("d/gone.txt", to: "nowhere.txt")
        try tmp.write("e/b.txt")
        try tmp.link("d/e-link", to: "../e")  // a folder elsewhere: followed
        #expect(
            walk([tmp.path + "/d"], relativeTo: tmp.path) == [
                "file d/a.txt", "file d/e-link/b.txt", "skipped d/gone.txt notFound", "skipped d/self symlinkLoop",
                "skipped d/up symlinkLoop",
            ])
        #expect(walk([tmp.path + "/d/self"], relativeTo: tmp.path) == ["skipped d/self symlinkLoop"])
    }

    @Test func aFolderReachedTwiceIsWalkedOnce() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        try tmp.write("d/e/b.txt")
        try tmp.link("d/link", to: "e")
        // A chain of folders each holding two links to the next: 2^20 paths without the check.
        for level in 0..<20 {
            try tmp.write("chain/\(level)/x.txt")
            if level > 0 {
                try tmp.link("chain/\(level - 1)/a", to: "../\(level)")
                try tmp.link("chain/\(level - 1)/b", to: "../\(level)")
            }
        }
        #expect(
            walk([tmp.path + "/d", tmp.path + "/d/e"], relativeTo: tmp.path) == [
                "file d/e/b.txt", "again d/link", "again d/e",
            ])
        let chain = walk([tmp.path + "/chain/0"], relativeTo: tmp.path)
        #expect(chain.filter { $0.hasPrefix("file") }.count == 20)
        #expect(chain.filter { $0.hasPrefix("again") }.count == 19)
    }

    @Test func aNameThatIsNotUTF8IsSkippedWithAReason() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        try tmp.write("ok.txt")
        let raw: [UInt8] = Array((tmp.path + "/bad").utf8) + [0xFF, 0x2E, 0x74, 0x78, 0x74, 0]
        let fd = raw.withUnsafeBufferPointer {
            $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) {
                open($0, O_CREAT | O_WRONLY, 0o644)
            }
        }
        #expect(fd >= 0)
        close(fd)
        #expect(walk([tmp.path], relativeTo: tmp.path) == ["file ok.txt", "skipped \u{FFFD} unreadable"])
    }

    @Test func manifestHintsApplyToTheFilesItNamesIncludingSubfolders() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        try tmp.write(
            "in/manifest.csv",
            "file,outlet,url,published\na.txt,Outer,,\nsub/b.txt,Outer B,,\nsub/c.txt,Outer C,,\nbad,row\n")
        try tmp.write("in/a.txt")
        try tmp.write("in/sub/manifest.csv", "file,outlet\nc.txt,Inner C\n")
        try tmp.write("in/sub/b.txt")
        try tmp.write("in/sub/c.txt")
        try tmp.write("in/sub/d.txt")
        #expect(
            walk([tmp.path + "/in"], relativeTo: tmp.path) == [
                "manifest in/manifest.csv", "manifest-problem in/manifest.csv",
                "file in/a.txt [Outer]",
                "manifest in/sub/manifest.csv",
                "file in/sub/b.txt [Outer B]", "file in/sub/c.txt [Inner C]", "file in/sub/d.txt",
            ])
        // A file named directly gets the hints of the manifest beside it.
        #expect(walk([tmp.path + "/in/sub/c.txt"], relativeTo: tmp.path) == ["file in/sub/c.txt [Inner C]"])
    }

    @Test func dashReadsPathsFromStandardInputOnce() throws {
        let tmp = try TemporaryFolder()
        defer { tmp.remove() }
        let a = try tmp.write("a.txt")
        let b = try tmp.write("f/b.txt")
        #expect(
            walk(["-", "-"], stdin: [a, "", (b as NSString).deletingLastPathComponent + "\r"], relativeTo: tmp.path)
                == ["file a.txt", "file f/b.txt"])
    }

    @Test func articleFileExtensions() {
        #expect(InputWalker.isArticleFile("a.HTM"))
        #expect(InputWalker.isArticleFile("x.y.xhtml"))
        #expect(!InputWalker.isArticleFile(".txt"))
        #expect(!InputWalker.isArticleFile("txt"))
        #expect(!InputWalker.isArticleFile("a.txt.gz"))
    }
}
