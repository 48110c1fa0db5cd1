import Testing

@testable import ClaimKit

@Suite struct ManifestTests {
    private func manifest(_ text: String) -> Manifest { Manifest(bytes: Array(text.utf8), path: "in/manifest.csv") }

    @Test func rowsGiveHintsByRelativeFile() {
        let m = manifest(
            "file,outlet,url,published\na.txt,Daily Sabah,https://x.test/a,2023-09-19\nsub/b.txt,\"Reuters, London\",,\n"
        )
        #expect(m.diagnostics.isEmpty)
        #expect(
            m.hints(forRelativePath: "a.txt")
                == ArticleHints(outlet: "Daily Sabah", url: "https://x.test/a", published: "2023-09-19"))
        #expect(
            m.hints(forRelativePath: "sub/b.txt") == ArticleHints(outlet: "Reuters, London", url: nil, published: nil))
        #expect(m.hints(forRelativePath: "c.txt") == nil)
    }

    @Test func columnsInAnyOrderAndExtraColumnsIgnored() {
        let m = manifest("Published,notes,FILE,outlet\n2020-11-10T08:00:00Z,seen,./a.txt,AP\n")
        #expect(m.diagnostics.isEmpty)
        #expect(
            m.hints(forRelativePath: "a.txt") == ArticleHints(outlet: "AP", url: nil, published: "2020-11-10T08:00:00Z")
        )
    }

    @Test func badRowsBecomeDiagnosticsWithTheirLine() {
        let m = manifest(
            "file,outlet,url,published\na.txt,A,,2023-09-19\n,B,,\na.txt,C,,\nb.txt,D\nc.txt,E,,19 Sept 2023\n")
        #expect(m.hints(forRelativePath: "a.txt")?.outlet == "A")
        #expect(m.hints(forRelativePath: "b.txt") == nil)
        #expect(m.hints(forRelativePath: "c.txt") == ArticleHints(outlet: "E", url: nil, published: nil))
        let lines = m.diagnostics.map(\.line)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("claims: in/manifest.csv: manifest line 3: no file name"))
        #expect(lines[1].contains("line 4: a.txt is already listed on line 2"))
        #expect(lines[2].contains("line 5: 2 fields, the header has 4"))
        #expect(lines[3].contains("line 6: published \"19 Sept 2023\" is not an ISO 8601 date"))
    }

    @Test func missingFileColumnOrEmptyManifestIsOneDiagnostic() {
        #expect(manifest("name,outlet\na.txt,A\n").diagnostics.count == 1)
        #expect(manifest("name,outlet\na.txt,A\n").hintsByFile.isEmpty)
        #expect(manifest("").diagnostics.first?.detail.contains("empty manifest") == true)
    }

    @Test func unterminatedQuoteKeepsEarlierRowsAndSaysWhere() {
        let m = manifest("file,outlet\na.txt,A\nb.txt,\"B\n")
        #expect(m.hints(forRelativePath: "a.txt")?.outlet == "A")
        #expect(
            m.diagnostics.map(\.detail) == [
                "manifest line 3: quoted field never closed; the rest of the manifest is ignored"
            ])
    }

    @Test func isoDateCheck() {
        #expect(Manifest.looksLikeISODate("2023-09-19"))
        #expect(Manifest.looksLikeISODate("2023-09-19T10:00:00+03:00"))
        #expect(!Manifest.looksLikeISODate("2023-13-01"))
        #expect(!Manifest.looksLikeISODate("2023/09/19"))
        #expect(!Manifest.looksLikeISODate("2023-09-1"))
    }
}
