import ClaimTestSupport
import Foundation
import Testing

/// `claims fetch` against a local server (never the internet): failures named, nothing lost,
/// the folder and manifest the other commands read, and the polite limits seen by the server.
@Suite struct FetchCommandTests {
    @Test func everyFailureKindIsNamedAndTheRunGoesOn() throws {
        let server = try FetchTestServer()
        defer { server.stop() }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = scratch.path + "/pages"
        let urls =
            [
                "/ok/a", "/slow", "/missing", "/broken", "/moved", "/loop-a", "/chain", "/huge", "/huge-declared",
                "/image", "/private/secret", "/to-private", "/to-ftp",
            ].map { server.url($0) } + ["ftp://127.0.0.1/x", "no-scheme.test/page", "http://127.0.0.1:1/closed"]
        let run = try BinaryLocator.run(
            ["fetch", "--into", folder, "--delay", "0", "--timeout", "1", "--max-size", "1M"] + urls)
        #expect(run.status == 1)
        let expected = [
            "/slow: timeout", "/missing: 404 not found", "/broken: server error 500", "/loop-a: redirect loop",
            "/chain: too many redirects (more than 10)", "/huge: too large: over the 1 MiB cap",
            "/huge-declared: too large: 3 MiB announced", "/image: not a web page (content type image/png)",
            "/private/secret: disallowed by robots.txt", "/to-private: disallowed by robots.txt (/private/secret)",
            "/to-ftp: redirect to an address that is not http or https",
            "ftp://127.0.0.1/x: not http or https", "no-scheme.test/page: not a web address",
            "http://127.0.0.1:1/closed: cannot connect",
        ]
        let failures = run.stderrLines.dropLast()
        #expect(failures.count == expected.count, "\(run.stderr)")
        for (line, words) in zip(failures, expected) {
            #expect(line.hasPrefix("claims: ") && line.contains(words), "\(line) should say \(words)")
        }
        #expect(
            run.stderrLines.last
                == "claims: 2 pages saved into \(folder), 14 failed: 1 404 not found, 1 cannot connect, 2 disallowed by robots.txt, 1 not a web address, 1 not a web page, 2 not http or https, 1 redirect loop, 1 server error, 1 timeout, 2 too large, 1 too many redirects"
        )
        #expect(run.stdoutLines.count == 2)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count == 3, "two pages and the manifest: \(names)")
        #expect(names.contains("manifest.csv"))
        let robots = server.requests().filter { $0.path == "/robots.txt" }
        #expect(robots.count == 1, "robots.txt is fetched once per host")
        #expect(server.requests().allSatisfy { $0.agent.hasPrefix("claims/") })
    }

    @Test func theManifestRecordsTheFetchAndReportReadsTheFolder() throws {
        let server = try FetchTestServer()
        defer { server.stop() }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = scratch.path + "/pages"
        let fetch = try BinaryLocator.run([
            "fetch", "--into", folder, "--delay", "0", server.url("/moved"), server.url("/latin1-header"),
            server.url("/ok/b", second: true),
        ])
        #expect(fetch.status == 0, "\(fetch.stderr)")
        let manifest = try String(contentsOfFile: folder + "/manifest.csv", encoding: .utf8)
        let lines = manifest.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "file,outlet,url,published,final_url,fetched,status,content_type")
        #expect(lines.count == 4)
        let moved = lines.first { $0.contains(server.url("/moved")) } ?? ""
        #expect(moved.contains(",\(server.url("/ok/target")),"), "final url after the redirect: \(moved)")
        #expect(moved.contains(",200,text/html; charset=utf-8"))
        // The saved bytes are the served bytes: the ingester finds UTF-8 although the header says latin-1.
        let text = try BinaryLocator.run(["text", "--format", "jsonl", folder])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("\"title\":\"Café report\""))
        #expect(
            text.stdout.contains("\"url\":\"\(server.url("/ok/target"))\""),
            "the url is the final one, from the manifest")
        #expect(text.stdout.contains("\"outlet\":\"127.0.0.2\""), "a page that names no outlet gets its URL's domain")
        let report = try BinaryLocator.run(["report", "--format", "jsonl", folder])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdoutLines.contains { $0.contains("\"category\":\"killed\"") && $0.contains("\"value\":5") })
    }

    @Test func anExistingFileIsReplacedOnlyForTheSameURLOrWithForce() throws {
        let server = try FetchTestServer()
        defer { server.stop() }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = scratch.path + "/pages"
        let url = server.url("/ok/a")
        let first = try BinaryLocator.run(["fetch", "--into", folder, "--delay", "0", url])
        #expect(first.status == 0)
        let saved = first.stdoutLines.first ?? ""
        // The user fills in the outlet; a refresh of the same URL keeps it.
        let manifestPath = folder + "/manifest.csv"
        let edited = try String(contentsOfFile: manifestPath, encoding: .utf8).replacingOccurrences(
            of: ".html,,", with: ".html,Example News,")
        try edited.write(toFile: manifestPath, atomically: true, encoding: .utf8)
        let again = try BinaryLocator.run(["fetch", "--into", folder, "--delay", "0", url])
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: manifestPath, encoding: .utf8).contains(",Example News,\(url),"))
        // A file of the same name that the manifest does not tie to this URL is the user's: kept.
        try FileManager.default.removeItem(atPath: manifestPath)
        try "mine".write(toFile: saved, atomically: true, encoding: .utf8)
        let refused = try BinaryLocator.run(["fetch", "--into", folder, "--delay", "0", url])
        #expect(refused.status == 1)
        #expect(
            refused.stderrLines.first
                == "claims: \(url): \(saved) exists and is not from this URL; not replaced (use --force)")
        #expect(try String(contentsOfFile: saved, encoding: .utf8) == "mine")
        let forced = try BinaryLocator.run(["fetch", "--into", folder, "--delay", "0", "--force", url])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: saved, encoding: .utf8).contains("Five soldiers"))
    }

    @Test func aDelayBetweenRequestsToOneHost() throws {
        let server = try FetchTestServer()
        defer { server.stop() }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let list = try scratch.write(
            "urls.txt",
            "# pages\n" + (1...4).map { server.url("/ok/\($0)") }.joined(separator: "\n") + "\n\n"
                + server.url("/ok/x", second: true) + "\n")
        // The default delay, 1 s.
        let run = try BinaryLocator.run(["fetch", "--into", scratch.path + "/pages", "-i", list])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.count == 5)
        let first = server.requests().filter { $0.host == "127.0.0.1" }.sorted { $0.start < $1.start }
        #expect(first.count == 5, "robots.txt and four pages")
        // The delay runs from the end of one request (as the server logs it) to the next start.
        let pauses = zip(first, first.dropFirst()).map { $1.start - $0.end }
        #expect(pauses.allSatisfy { $0 >= 1.0 }, "pauses between requests to one host: \(pauses)")
        // Another host is not held back by the first one's delay.
        let second = server.requests().filter { $0.host == "127.0.0.2" }.sorted { $0.start < $1.start }
        #expect(second.count == 2)
        #expect((second.last?.start ?? 99) < (first.last?.start ?? 0))
    }

    @Test func atMostTheConnectionLimitPerHost() throws {
        let server = try FetchTestServer()
        defer { server.stop() }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let urls = (1...8).map { server.url("/ok/\($0)") }
        let run = try BinaryLocator.run(
            ["fetch", "--into", scratch.path + "/pages", "--delay", "0", "-i", "-"], stdin: urls.joined(separator: "\n")
        )
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.count == 8, "URLs from stdin")
        let concurrency = server.requests().map(\.concurrent)
        #expect(concurrency.count == 9)
        #expect(concurrency.max() == 2, "the default limit, 2 per host, is used and not passed: \(concurrency)")
        let one = try BinaryLocator.run(
            ["fetch", "--into", scratch.path + "/one", "--delay", "0", "--per-host", "1"] + urls.map { $0 + "?again" })
        #expect(one.status == 0)
        #expect(server.requests().suffix(9).map(\.concurrent).max() == 1)
    }

    @Test func usageAndFolderErrorsExitTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let noFolder = try BinaryLocator.run(["fetch", "http://127.0.0.1:9/x"])
        #expect(noFolder.status == 2)
        let noURL = try BinaryLocator.run(["fetch", "--into", scratch.path + "/p"])
        #expect(noURL.status == 2)
        #expect(noURL.stderr.contains("give at least one URL"))
        let noParent = try BinaryLocator.run(["fetch", "--into", scratch.path + "/no/such/p", "http://127.0.0.1:9/x"])
        #expect(noParent.status == 2)
        #expect(
            noParent.stderrLines == [
                "claims: cannot create the folder \(scratch.path)/no/such/p (does its parent folder exist?)"
            ])
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/no"))
    }

    @Test func ignoreRobotsIsAskedForAndThenRobotsTxtIsNotRead() throws {
        let server = try FetchTestServer()
        defer { server.stop() }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let run = try BinaryLocator.run([
            "fetch", "--into", scratch.path + "/pages", "--ignore-robots", server.url("/private/secret"),
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(server.requests().map(\.path) == ["/private/secret"])
    }
}
