import Testing

@testable import ClaimKit

@Suite struct PageMetadataTests {
    private func metadata(_ html: String) -> PageMetadata {
        PageMetadata.read(from: HTMLParser.parse(utf8: Array(html.utf8))!)
    }

    @Test func siteSuffixIsStrippedFromTheTitleElement() {
        #expect(
            PageMetadata.stripSiteSuffix("Floods kill 12 in the north | Example News", siteName: "Example News")
                == "Floods kill 12 in the north")
        #expect(
            PageMetadata.stripSiteSuffix("Floods kill 12 in the north - Example", siteName: nil)
                == "Floods kill 12 in the north")
        #expect(
            PageMetadata.stripSiteSuffix("Floods kill 12 in the north – Example Daily", siteName: nil)
                == "Floods kill 12 in the north")
        #expect(PageMetadata.stripSiteSuffix("Mines cleared", siteName: nil) == "Mines cleared")
    }

    @Test func titlePrefersJSONLDThenOpenGraphThenTitleElement() {
        let ld = metadata(
            """
            <html><head><title>T | Site</title><meta property="og:title" content="OG title">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline"}</script></head><body></body></html>
            """)
        #expect(ld.title == "LD headline")
        let og = metadata(
            "<html><head><title>T | Site</title><meta property='og:title' content='OG title'></head><body></body></html>"
        )
        #expect(og.title == "OG title")
        let plain = metadata("<html><head><title>Storm hits the coast | Site</title></head><body></body></html>")
        #expect(plain.title == "Storm hits the coast")
    }

    @Test func publishedFollowsTheOrderOfTrust() {
        let page = metadata(
            """
            <html><head><meta property="article:published_time" content="2023-01-02T10:00:00Z">
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"W"},{"@type":"NewsArticle","datePublished":"2023-01-01"}]}</script>
            </head><body><time datetime="2023-01-03">x</time></body></html>
            """)
        #expect(page.published == "2023-01-01")
        #expect(page.publishedSource == "json-ld")
        let meta = metadata(
            "<html><head><meta property='article:published_time' content='2023-01-02T10:00:00Z'></head><body><time datetime='2023-01-03'>x</time></body></html>"
        )
        #expect(meta.published == "2023-01-02T10:00:00Z")
        #expect(meta.publishedSource == "meta:article:published_time")
        let time = metadata("<html><body><time datetime='2023-01-03'>x</time></body></html>")
        #expect(time.publishedSource == "time")
    }

    @Test func datelineThenURLWhenTheMarkupSaysNothing() {
        var page = metadata(
            "<html><head><link rel='canonical' href='https://news.example.org/2021/05/06/story'></head><body></body></html>"
        )
        page.fillPublished(fromParagraphs: [], leadingLines: ["Posted May 7, 2021"])
        #expect(page.published == "2021-05-07")
        #expect(page.publishedSource == "dateline")
        var fromURL = metadata(
            "<html><head><link rel='canonical' href='https://news.example.org/2021/05/06/story'></head><body></body></html>"
        )
        fromURL.fillPublished(fromParagraphs: [], leadingLines: [])
        #expect(fromURL.published == "2021-05-06")
        #expect(fromURL.publishedSource == "url")
    }

    @Test func outletFromSiteNameElseDomain() {
        #expect(
            metadata("<html><head><meta property='og:site_name' content='Example Times'></head><body></body></html>")
                .outlet == "Example Times")
        let fromDomain = metadata(
            "<html><head><meta property='og:url' content='https://www.example-news.com/a/b'></head><body></body></html>"
        )
        #expect(fromDomain.outlet == "example-news.com")
        #expect(fromDomain.url == "https://www.example-news.com/a/b")
        #expect(PageMetadata.domain(of: "http://sub.example.co.uk:8080/x") == "sub.example.co.uk")
    }

    @Test func bylineFromJSONLDAuthorList() {
        let page = metadata(
            """
            <html><head><script type="application/ld+json">[{"@type":"Article","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Ray"}],"publisher":{"name":"Pub"}}]</script></head><body></body></html>
            """)
        #expect(page.byline == "Ann Lee, Bo Ray")
        #expect(page.outlet == "Pub")
    }
}

@Suite struct CharacterReferenceTests {
    @Test func doublyEscapedReferencesInMetadataAreDecoded() {
        #expect(PageMetadata.clean("Why you can&#39;t trust it &amp; why") == "Why you can't trust it & why")
        #expect(PageMetadata.clean("doesn&#8217;t &#x2014; ok") == "doesn’t — ok")
        #expect(PageMetadata.clean("AT&T and R&D; &unknown;") == "AT&T and R&D; &unknown;")
    }
}
