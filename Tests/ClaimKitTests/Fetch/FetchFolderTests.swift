import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimKit

@Suite struct FetchFolderTests {
    private func page(_ url: String, final: String? = nil, type: String? = "text/html") -> DownloadedPage {
        DownloadedPage(
            url: url, finalURL: final ?? url, status: 200, contentType: type, body: Array("<p>x</p>".utf8),
            fetched: Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func filesAreNamedAfterTheFinalHostAndPathWithAHashOfTheURL() {
        let a = FetchFolder.fileName(
            url: "https://www.x.test/news/story.html?id=1", finalURL: "https://www.x.test/news/story.html?id=1",
            contentType: "text/html")
        let b = FetchFolder.fileName(
            url: "https://www.x.test/news/story.html?id=2", finalURL: "https://www.x.test/news/story.html?id=2",
            contentType: "text/html")
        #expect(a.hasPrefix("www.x.test_news_story-") && a.hasSuffix(".html"))
        #expect(a != b, "the query tells two pages apart")
        #expect(
            FetchFolder.fileName(
                url: "https://x.test/a", finalURL: "https://x.test/a", contentType: "text/plain; charset=utf-8"
            ).hasSuffix(".txt"))
        #expect(
            FetchFolder.fileName(url: "https://x.test/ä b", finalURL: "https://x.test/%C3%A4%20b", contentType: nil)
                .allSatisfy { $0.isASCII })
    }

    @Test func theManifestKeepsOtherRowsAndColumnsAndIsReadableByTheManifestReader() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        try temp.write("manifest.csv", "file,outlet,url,published,notes\nmine.txt,My Outlet,,2023-01-02,kept\n")
        try temp.write("mine.txt", "Five mines were found.")
        let folder = try FetchFolder(path: temp.path, force: false)
        let name = try folder.save(page("http://x.test/a", final: "http://x.test/b")).get()
        try folder.writeManifest()
        let text = try String(contentsOfFile: temp.path + "/manifest.csv", encoding: .utf8)
        #expect(
            text.hasPrefix(
                "file,outlet,url,published,notes,final_url,fetched,status,content_type\r\nmine.txt,My Outlet,,2023-01-02,kept,,,,\r\n"
            ))
        #expect(text.contains("\(name),,http://x.test/a,,,http://x.test/b,2023-11-14T22:13:20Z,200,text/html\r\n"))
        let manifest = try #require(Manifest.load(path: temp.path + "/manifest.csv"))
        #expect(manifest.diagnostics.isEmpty)
        #expect(manifest.hints(forRelativePath: "mine.txt")?.outlet == "My Outlet")
        #expect(manifest.hints(forRelativePath: name)?.url == "http://x.test/b", "the final URL is where the page is")
    }

    @Test func aManifestWithoutAFileColumnIsLeftAlone() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        try temp.write("manifest.csv", "name,outlet\n")
        #expect(throws: FetchFolderError.self) { try FetchFolder(path: temp.path, force: false) }
    }

    @Test func theSummaryCountsFailuresByReason() {
        var summary = FetchSummary()
        summary.saved = 1
        summary.failures = [.timeout: 2, .notFound: 1]
        #expect(summary.line(folder: "out") == "claims: 1 page saved into out, 3 failed: 1 404 not found, 2 timeout")
        #expect(summary.exitStatus == 1)
        #expect(FetchSummary().exitStatus == 0)
    }
}
