import Testing

@testable import ClaimKit

/// Outlet names: default cleaning and the user's table.
@Suite struct OutletNamesTests {
    let defaults = OutletNames()

    @Test(
        arguments: [
            ("LinkNaija | Nigeria's popular news platform", "https://www.linknaija.example/x", "LinkNaija"),
            ("Daily Planet - Breaking news, sport and weather", nil, "Daily Planet"),
            ("@factcheckers", nil, "factcheckers"),
            ("https://www.newsnation.example", nil, "newsnation.example"),
            ("usatoday", "https://eu.usatoday.com/story/x", "usatoday.com"),
            ("metro", "https://www.metro.example/news/1", "metro.example"),
            ("Al-Monitor", nil, "Al-Monitor"),
        ] as [(String, String?, String)])
    func siteNamesAreCleaned(site: String, url: String?, expected: String) {
        #expect(defaults.name(outlet: site, url: url) == expected)
    }

    @Test func theDomainIsTheFallbackWhenThePageNamesNoSite() {
        #expect(defaults.name(outlet: nil, url: "https://www.example-news.com/a/b?c") == "example-news.com")
        #expect(defaults.name(outlet: nil, url: nil) == nil)
    }

    @Test func theTableWinsByDomainSubdomainOrSiteName() throws {
        let table = try OutletNames(
            parsing: """
                # outlets
                usatoday.com = USA Today
                www.nj.example = NJ Advance Media   # a www. key is its domain
                linknaija = LinkNaija News
                """)
        #expect(table.name(outlet: "usatoday", url: "https://eu.usatoday.com/story/x") == "USA Today")
        #expect(table.name(outlet: nil, url: "https://nj.example/news") == "NJ Advance Media")
        #expect(table.name(outlet: "LinkNaija | Nigeria's popular news platform", url: nil) == "LinkNaija News")
        #expect(table.name(outlet: "Manifest Name", url: nil, cleans: false) == "Manifest Name")
    }

    @Test func aLineWithoutAnEqualsSignIsNamed() {
        #expect(throws: OutletNames.ParseError.self) { try OutletNames(parsing: "a.com = A\njust words\n") }
        do {
            _ = try OutletNames(parsing: "a.com = A\njust words\n")
        } catch {
            #expect(error.line == 2)
        }
    }
}
