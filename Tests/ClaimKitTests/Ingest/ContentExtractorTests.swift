import Testing

@testable import ClaimKit

@Suite struct ContentExtractorTests {
    static let body = [
        "Rescue teams pulled twelve people from the rubble on Tuesday, officials said, and the search went on through the night.",
        "The regional governor said, in a statement, that 40 homes had been destroyed and that shelters were open in three towns.",
        "Aid groups warned that roads into the valley remained blocked, slowing deliveries of water, food and medicine to the area.",
    ]

    /// A page whose article is `body`, wrapped in `chrome` placed before and after it.
    private func page(before: String = "", inside: String = "", after: String = "") -> String {
        "<html><head><title>Quake | News</title></head><body>\(before)<div class='article-body'><h1>Quake strikes</h1>"
            + Self.body.map { "<p>\($0)</p>" }.joined() + inside + "</div>\(after)</body></html>"
    }

    private func paragraphs(_ html: String) -> [String] {
        var extractor = ContentExtractor(document: HTMLParser.parse(utf8: Array(html.utf8))!)
        return extractor.paragraphs(jsonLDBody: nil)
    }

    private func expectOnlyBody(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(paragraphs(html) == Self.body, sourceLocation: sourceLocation)
    }

    @Test func keepsTheBodyAndDropsTheHeadline() {
        expectOnlyBody(page())
    }

    @Test func dropsNavigationHeaderAndFooter() {
        expectOnlyBody(
            page(
                before:
                    "<header><a href='/'>Home</a> News Sport</header><nav><ul><li><a href='/w'>World</a></li><li><a href='/b'>Business</a></li></ul></nav>",
                after:
                    "<footer><p>Contact us. About us. Terms of use and privacy policy for all readers, everywhere.</p></footer>"
            ))
    }

    @Test func dropsRelatedStoriesAndNewsletterBoxes() {
        expectOnlyBody(
            page(
                inside:
                    "<div class='related-stories'><h3>Related</h3><ul><li><a href='/1'>Storm kills 3 in the south as rivers rise</a></li><li><a href='/2'>Markets fall on rate fears</a></li></ul></div>"
                    + "<div class='newsletter-signup'><p>Get the morning briefing, every day, in your inbox, free of charge, with 5 stories.</p></div>"
            ))
    }

    @Test func dropsCommentsAndCookieBanner() {
        expectOnlyBody(
            page(
                after:
                    "<section id='comments'><p>Reader one wrote: this is terrible, 100 people must have been hurt, surely.</p></section>"
                    + "<div class='cookie-consent'><p>We use cookies to improve your experience, measure traffic and show ads you may like.</p></div>"
            ))
    }

    @Test func dropsFigureCaptionsAndCredits() {
        expectOnlyBody(
            page(
                inside:
                    "<figure><img src='a.jpg'><figcaption>Rescuers search the rubble, where 12 people were found. Photo: Agency</figcaption></figure>"
                    + "<span class='image-credit'>Photo by Jane Doe for the agency, all rights reserved</span>"))
    }

    @Test func dropsShareBarsAndLinkDenseLists() {
        expectOnlyBody(
            page(
                inside:
                    "<ul><li><a href='/a'>Five things to know about the quake zone today</a></li><li><a href='/b'>How the rescue unfolded, hour by hour, in pictures</a></li><li><a href='/c'>Maps of the affected region and the roads</a></li></ul>",
                after:
                    "<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>Twitter</a> <a href='#'>Email</a></div>"
            ))
    }

    @Test func dropsBylineAndDatelineLines() {
        expectOnlyBody(
            page(
                before: "",
                inside: "<p>By Jane Doe and John Roe</p><p>Published November 25, 2022 10:30 AM</p><p>Advertisement</p>"
            ))
    }

    @Test func dropsPromoAndSocialLines() {
        expectOnlyBody(
            page(
                inside:
                    "<p>Follow our reporters on Twitter and Facebook for the latest updates from the region.</p><p>Have a tip? Reach the newsroom by email at any hour.</p>"
            ))
        // A sentence that only starts like a social line stays.
        let kept = "Follow-up inspections found 14 more damaged buildings in the old town."
        #expect(paragraphs(page(inside: "<p>\(kept)</p>")).last == kept)
    }

    @Test func keepsListsOfProseAndLinksInsideSentences() {
        let html = page(
            inside:
                "<ul><li>The first convoy, with <a href='/x'>20 trucks</a>, reached the valley at dawn on Wednesday.</li></ul>"
        )
        #expect(paragraphs(html).last == "The first convoy, with 20 trucks, reached the valley at dawn on Wednesday.")
    }

    @Test func hiddenElementsAreNotText() {
        expectOnlyBody(
            page(
                inside:
                    "<div style='display: none'>Hidden text that a reader never sees on the page at all.</div><p hidden>Also hidden from every reader of the page.</p>"
            ))
    }

    @Test func scriptsStylesAndNoscriptAreDropped() {
        expectOnlyBody(
            page(
                inside:
                    "<script>var x = 'Rescue teams pulled twelve';</script><style>p { color: red }</style><noscript>Please enable JavaScript to see this content.</noscript>"
            ))
    }

    @Test func looseTextInABoxBeatsAWordyFooter() {
        let story =
            "The city council voted on Monday to close the old bridge, citing cracks found by inspectors, and traffic will be diverted for two months while repairs go on."
        let menu = (1...12).map { "<li><a href='/s\($0)'>Section number \($0) of the site</a></li>" }.joined()
        let html =
            "<html><body><div class='row'><div class='menu'><ul>\(menu)</ul></div>"
            + "<div class='col'><b>05/10/2018</b><br>\(story)</div></div>"
            + "<div class='bottom'><p>Company Ltd - Street 1 - City - Country - phone 555 - fax 556</p></div></body></html>"
        #expect(paragraphs(html).contains(story))
        #expect(!paragraphs(html).contains { $0.contains("Company Ltd") })
    }

    @Test func aShortPageStillYieldsItsText() {
        #expect(
            paragraphs("<html><body><nav><a href='/'>Home</a></nav><p>Two dead in crash.</p></body></html>") == [
                "Two dead in crash."
            ])
    }

    @Test func jsonLDArticleBodyIsTheFallbackForAnEmptyShell() {
        var extractor = ContentExtractor(
            document: HTMLParser.parse(utf8: Array("<html><body><div id='app'></div></body></html>".utf8))!)
        let text = Self.body.joined(separator: "\n")
        #expect(extractor.paragraphs(jsonLDBody: text) == Self.body)
    }

    /// Closing labels and subheadings that are not sentences leave the end of a body of more than three
    /// paragraphs, two at most; sentences, and a body of three paragraphs, stay whole.
    @Test func trimsClosingLabelsAndSubheadings() {
        var lines =
            Self.body + ["One more paragraph of the article, long enough to be one.", "Related news", "Contact:"]
        let removed = ContentExtractor.trimClosingLabels(&lines, isHeading: [false, false, false, false, true, false])
        #expect(removed == ["Contact:", "Related news"])
        #expect(lines.count == 4)
        var sentence = Self.body + ["One more paragraph of the article.", "The vote is on Friday."]
        #expect(ContentExtractor.trimClosingLabels(&sentence, isHeading: [false, false, false, false, true]).isEmpty)
        var plain = Self.body + ["One more paragraph of the article.", "Related news"]
        #expect(ContentExtractor.trimClosingLabels(&plain, isHeading: [false, false, false, false, false]).isEmpty)
        var short = Array(Self.body.prefix(2)) + ["Related news"]
        #expect(ContentExtractor.trimClosingLabels(&short, isHeading: [false, false, true]).isEmpty)
        #expect(ContentExtractor.endsAsSentence("He said: \u{201C}We will.\u{201D}"))
        #expect(!ContentExtractor.endsAsSentence("Write a comment"))
        #expect(ContentExtractor.isSubheading("h3") && !ContentExtractor.isSubheading("h1"))
        #expect(!ContentExtractor.isSubheading("hr"))
    }

    /// The copyright sign marks a credit or a notice wherever it stands; a long paragraph that mentions it stays.
    @Test func copyrightSignMarksCreditLines() {
        #expect(ContentExtractor.holdsCopyrightSign("Skiers at the start. \u{A9} Agency / Name"))
        #expect(ContentExtractor.holdsCopyrightSign("\u{A9} 2024 The Paper"))
        #expect(!ContentExtractor.holdsCopyrightSign("Copyright law protects the paper's photos."))
        let long = String(
            repeating: "The court heard that the logo with the \u{A9} sign was copied, and more. ", count: 5)
        let block = ContentExtractor.Block(
            text: long, linkBytes: 0, textBytes: long.utf8.count, tag: "p", inListItem: false)
        let html = "<html><body><p>\(long)</p></body></html>"
        var extractor = ContentExtractor(document: HTMLParser.parse(utf8: Array(html.utf8))!)
        #expect(extractor.keeps(block))
        #expect(!extractor.paragraphs(jsonLDBody: nil).isEmpty)
    }
}
