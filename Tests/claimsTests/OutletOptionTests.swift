import ClaimTestSupport
import Foundation
import Testing

/// `--outlets FILE` and the default outlet names, through the built binary.
@Suite struct OutletOptionTests {
    static func page(site: String?, canonical: String?) -> String {
        let meta = site.map { "<meta property=\"og:site_name\" content=\"\($0)\">" } ?? ""
        let link = canonical.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? ""
        return
            "<html><head><title>Blast</title>\(meta)\(link)</head><body><article><p>Police said 12 people were killed "
            + "in the blast on Monday, and officials said dozens more were hurt as rescuers searched the rubble of the market.</p>"
            + "<p>The city council said 3 buildings collapsed and the mayor said roads would stay closed for a week.</p></article></body></html>"
    }

    @Test func defaultsCleanSiteNamesAndFallBackToTheDomain() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("a.html", Self.page(site: "Riverside Post | Your trusted local news", canonical: nil))
        try scratch.write("b.html", Self.page(site: "@citydesk", canonical: nil))
        try scratch.write("c.html", Self.page(site: nil, canonical: "https://www.harbour-times.example/news/blast"))
        let run = try BinaryLocator.run(["text", "--format", "summary", scratch.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdoutLines.map { $0.components(separatedBy: " · ")[1] } == [
                "Riverside Post", "citydesk", "harbour-times.example",
            ])
    }

    @Test func aTableNamesOutletsInEveryCommand() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("in/c.html", Self.page(site: nil, canonical: "https://www.harbour-times.example/news/blast"))
        try scratch.write("in/d.html", Self.page(site: "ht", canonical: "https://m.harbour-times.example/x"))
        let table = try scratch.write("outlets.txt", "# our names\nharbour-times.example = Harbour Times\n")
        for command in ["text", "extract", "report"] {
            let run = try BinaryLocator.run([command, "--format", "jsonl", "--outlets", table, scratch.path + "/in"])
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stdout.contains("\"outlet\":\"Harbour Times\""), "\(command): \(run.stdout.prefix(300))")
            #expect(!run.stdout.contains("harbour-times.example\""), "\(command)")
        }
        let bad = try scratch.write("bad.txt", "harbour-times.example = Harbour Times\nno equals sign here\n")
        let run = try BinaryLocator.run([
            "check", scratch.path + "/in", "--gold", "corpus/seeds.gold.json", "--outlets", bad,
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(bad): line 2: expected 'domain or site name = Outlet Name'"), "\(run.stderr)")
    }

    /// `report --claims FILE` with no PATH still reads `--outlets`: a bad table is one line and
    /// status 2, never silently ignored.
    @Test func aBadTableFailsReportFromClaimRecordsWithoutPaths() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let claims = try scratch.write("claims.jsonl", "")
        let bad = try scratch.write("bad.txt", "no equals sign here\n")
        let missing = scratch.path + "/missing.txt"
        for (table, reason) in [
            (bad, "line 1: expected 'domain or site name = Outlet Name'"), (missing, "no such file"),
        ] {
            let run = try BinaryLocator.run(["report", "--format", "jsonl", "--claims", claims, "--outlets", table])
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(
                run.stderr == "claims: --outlets \(table): \(reason)"
                    + (reason == "no such file" ? "; check the path" : "") + "\n")
        }
    }
}
