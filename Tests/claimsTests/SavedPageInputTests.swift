import ClaimTestSupport
import Foundation
import Testing

/// Input as people save pages, through the built binary.
@Suite struct SavedPageInputTests {
    static let corpus = BinaryLocator.root.appendingPathComponent("corpus/html").path

    func copy(_ stem: String, to path: String) throws {
        try FileManager.default.copyItem(atPath: Self.corpus + "/\(stem).html", toPath: path)
    }

    @Test func savedPagesAreReadAndTheirAssetFoldersSkippedQuietly() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try copy("000_ca97ee247fc324aa", to: scratch.path + "/Story.html")
        for n in 1...5 { try scratch.write("Story_files/script\(n).js", "var x = \(n);") }
        try copy("001_d0a399db87bfc5a2", to: scratch.path + "/Story_files/frame.html")
        try copy("002_0de00e5ba888a785", to: scratch.path + "/index.php")
        try copy("003_2a5ef0d17f8faac8", to: scratch.path + "/story-without-extension")
        try scratch.write("photo", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])
        let run = try BinaryLocator.run(["text", "--format", "summary", "--progress", scratch.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.count == 3)
        #expect(
            run.stdout.contains("/Story.html ·") && run.stdout.contains("/index.php ·")
                && run.stdout.contains("/story-without-extension ·"))
        #expect(!run.stdout.contains("Story_files"))
        #expect(!run.stderr.contains("Story_files/"), "no line per asset: \(run.stderr)")
        #expect(run.stderr.contains("1 saved-page asset folder skipped"))
    }

    @Test func aServerPageNamedDirectlyIsSniffedAndAnMHTMLArchiveIsRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let php = scratch.path + "/article.shtml"
        try copy("002_0de00e5ba888a785", to: php)
        let html = try String(contentsOfFile: Self.corpus + "/004_32f26e86991f06c8.html", encoding: .utf8)
        let mhtml = try scratch.write(
            "saved.mhtml",
            "MIME-Version: 1.0\r\nSnapshot-Content-Location: https://news.example.org/x\r\n"
                + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/html\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Data(html.utf8).base64EncodedString(options: .lineLength76Characters)
                + "\r\n--b1--\r\n")
        let run = try BinaryLocator.run(["extract", "--format", "jsonl", php, mhtml])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"article\":\"\(php)\""))
        #expect(run.stdout.contains("\"article\":\"\(mhtml)\""))
    }

    @Test func gzippedPagesInAFolderAreRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let html = try Data(contentsOf: URL(fileURLWithPath: Self.corpus + "/004_32f26e86991f06c8.html"))
        try html.write(to: URL(fileURLWithPath: scratch.path + "/story.html"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-n", scratch.path + "/story.html"]
        try gzip.run()
        gzip.waitUntilExit()
        try scratch.write("broken.htm.gz", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3, 0x41, 0x42])
        let run = try BinaryLocator.run(["text", "--format", "jsonl", scratch.path])
        #expect(run.stdout.contains("\"article\":\"\(scratch.path)/story.html.gz\""), "\(run.stderr)")
        #expect(run.stderr.contains("broken.htm.gz: not a readable gzip file"), "\(run.stderr)")
        #expect(!run.stderr.contains("story.html.gz"))
    }

    @Test(arguments: ["empty-folder", "pdf-folder", "empty-stdin"])
    func aRunWithNoArticleWarnsAndExitsOne(kind: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var arguments = ["report", "--format", "jsonl"]
        var stdin: String?
        switch kind {
        case "pdf-folder":
            try scratch.write("a.pdf", "%PDF-1.4\n")
            arguments.append(scratch.path)
        case "empty-stdin":
            arguments.append("-")
            stdin = "\n\n"
        default:
            arguments.append(scratch.path)
        }
        let run = try BinaryLocator.run(arguments, stdin: stdin)
        #expect(run.status == 1, "\(kind)")
        #expect(run.stderr.contains("claims: warning: no article was read"), "\(kind): \(run.stderr)")
    }

    @Test func blankLinesOnStdinAreNotPaths() throws {
        let run = try BinaryLocator.run(
            ["text", "--format", "summary", "-"],
            stdin: "\n   \ncorpus/txt/000_ca97ee247fc324aa.txt\n\t\n\ncorpus/txt/001_d0a399db87bfc5a2.txt\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.count == 2)
        #expect(run.stderr.isEmpty)
    }
}
