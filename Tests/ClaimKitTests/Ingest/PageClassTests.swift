import Foundation
import Testing

@testable import ClaimKit

/// One page per kind of page on which the body extractor used to lose part of the article
/// (Tests/Fixtures/ingest-pages, written for these tests): what the body must and must not hold.
@Suite struct PageClassTests: IngestPageChecks {
    /// A subheading and a table standing between two parts of the body are article text; a list after the
    /// last part and a box of links are not.
    @Test func structuredTextBetweenParts() throws {
        expect(
            try body("parts-with-table.html"),
            has: [
                "The county will spend more on its roads", "The budget line by line", "Resurfacing of county roads",
                "0.9 million", "Councillors from the southern wards",
            ],
            lacks: [
                "Council meetings are open to the public", "More from the county", "New school bus routes",
                "All rights reserved",
            ])
    }

    /// A forum thread: every post is the text, not only the longest; the list of similar threads is not.
    @Test func streamOfPosts() throws {
        expect(
            try body("forum-thread.html"),
            has: [
                "Our old apple tree has started to lose its bark", "That sounds like sun scald",
                "Check for canker as well", "so do the cutting on a dry day", "Thank you both",
            ],
            lacks: ["Similar threads", "Pear tree with black leaves", "Log in", "All rights reserved"])
    }

    /// A lead box and a body cut into two boxes by a figure and an ad: all three are the article.
    @Test func bodySplitOverSiblingBoxes() throws {
        expect(
            try body("split-body.html"),
            has: [
                "After two years of repairs", "The first ship to be unloaded", "A long wait for parts",
                "Shipping lines had moved", "a public meeting is planned for the same week.",
            ],
            lacks: [
                "Ferry timetable", "Fishing fleet lands", "New crossings on Fridays", "Photo: harbour office",
                "Advertisement", "All rights reserved",
            ])
    }

    /// The first paragraphs in the wrapper, the rest in a nested box; a short promo line after the body is not text.
    @Test func paragraphsBesideANestedBox() throws {
        expect(
            try body("wrapper-paragraphs.html"),
            has: [
                "The town library will stay open until midnight", "Students had asked for quiet rooms",
                "The longer hours will cost about 80,000", "visitor numbers every month",
            ],
            lacks: ["Get our morning letter free", "Library opens at night"])
    }

    /// An article inside an `<aside>` and a side-bar class that wrap the whole page is still the article.
    @Test func articleInsideAChromeWrapper() throws {
        expect(
            try body("chrome-wrapper.html"),
            has: ["Growers in the upper valley", "about 40,000 tonnes", "left on the trees."],
            lacks: ["Weather", "Markets", "Contact the newsroom"])
    }

    /// A page rendered by script whose article is only in `<noscript>`.
    @Test func articleOnlyInNoscript() throws {
        expect(
            try body("noscript-page.html"),
            has: ["foundations are sound", "temporary path beside it."],
            lacks: ["window.start", "Bridge inspection results"])
        // A small noscript notice beside a real article stays out (ContentExtractorTests covers the notice alone).
        let html =
            "<html><body><noscript><p>Please turn on JavaScript to read the comments and see the pictures on this page.</p></noscript><article>"
            + String(
                repeating:
                    "<p>The valley road reopened on Friday after crews cleared the rocks, and buses run again on the old timetable, officials said.</p>",
                count: 3)
            + "</article></body></html>"
        var extractor = ContentExtractor(document: HTMLParser.parse(utf8: Array(html.utf8))!)
        expect(
            extractor.paragraphs(jsonLDBody: nil).joined(separator: "\n"), has: ["The valley road reopened"],
            lacks: ["JavaScript"])
    }

    /// A lead paragraph classed like a teaser inside the article is its first paragraph; a related-teaser link box is not.
    @Test func leadParagraphWithATeaserClass() throws {
        expect(
            try body("lead-classes.html"),
            has: ["The city will build a tram line", "nine kilometres", "same running costs."],
            lacks: ["Five questions about the tram", "New tram line approved"])
    }

    /// Short lines that close the body as labels of the boxes after it ("...:", "...?") are not text, in any
    /// language; a closing signature or a last short sentence stays.
    @Test func trailingLabelLinesAreDropped() {
        let story = (1...4).map {
            "<p>Paragraph \($0) of the story says that the ferry ran late on Tuesday, and that 120 people waited at the pier for an hour.</p>"
        }.joined()
        func body(_ tail: String) -> String {
            var extractor = ContentExtractor(
                document: HTMLParser.parse(
                    utf8: Array("<html><body><article>\(story)\(tail)</article></body></html>".utf8))!)
            return extractor.paragraphs(jsonLDBody: nil).joined(separator: "\n")
        }
        expect(
            body("<p>Weitere Informationen:</p><p>War der Artikel nützlich?</p>"), has: ["Paragraph 4 of the story"],
            lacks: ["Weitere Informationen", "nützlich"])
        expect(body("<p>Contact:</p>"), has: ["Paragraph 4"], lacks: ["Contact:"])
        expect(body("<p>x Anna</p>"), has: ["Paragraph 4", "x Anna"], lacks: [])
        expect(body("<p>The ferry is due again at noon.</p>"), has: ["due again at noon."], lacks: [])
    }

    /// An article's own `<header>` holds its lead paragraph: the lead is text, the headline and byline are not;
    /// the page's header outside the article stays chrome.
    @Test func leadInTheArticlesHeader() {
        let html =
            "<html><body><header><p>City News, the paper of the valley since 1921, delivered every morning to your door.</p></header><article>"
            + "<header><h1>Market hall to reopen</h1><p>The old market hall will reopen in May after three years of repairs, the city said on Monday, with forty stalls.</p><p>By Jane Roe</p></header>"
            + String(
                repeating:
                    "<p>Traders who had moved to a tent on the square said they were glad to return, although rents will rise by a tenth next year.</p>",
                count: 3)
            + "</article></body></html>"
        var extractor = ContentExtractor(document: HTMLParser.parse(utf8: Array(html.utf8))!)
        expect(
            extractor.paragraphs(jsonLDBody: nil).joined(separator: "\n"),
            has: ["The old market hall will reopen in May", "Traders who had moved"],
            lacks: ["Market hall to reopen", "By Jane Roe", "the paper of the valley"])
    }

    /// A lead classed "intro" in the article's header, outside the box of the body, is its first paragraph;
    /// a deck heading, the breadcrumb and the summaries of other stories after the article are not.
    @Test func leadBoxOutsideTheBody() throws {
        let text = try body("lead-outside-body.html")
        expect(
            text,
            has: [
                "The harbour wall will be raised by one metre", "Engineers will add a concrete cap",
                "before the summer season.",
            ],
            lacks: ["Work starts in spring", "Home", "The volunteers were praised", "Storm closes the pier"])
        #expect(text.hasPrefix("The harbour wall will be raised"), "the lead comes first")
    }

    /// A cookie consent dialog is never the article, even when it holds more text than the article.
    @Test func consentDialogIsNotTheArticle() throws {
        expect(
            try body("consent-dialog.html"),
            has: ["The hillside vineyard above the river", "next to the press house."],
            lacks: ["We use cookies", "Marketing cookies", "privacy policy"])
    }

    /// Subheadings classed "subheadline" and paragraphs whose class starts with "tag" are article text;
    /// a heading over a closing list of links is the title of that box, not text.
    @Test func subheadingsAndGeneratedClasses() throws {
        expect(
            try body("body-subheads.html"),
            has: [
                "Late apples keep for months", "Pick them at the right time", "Keep them cool",
                "so that air can pass between the apples.",
            ],
            lacks: ["More garden guides", "Pruning pear trees"])
    }

    /// Subheadings whose ids are anchors made from their own words ("nav_…", "share-…", "related-…"): the id
    /// is not a role, so the subheadings stay; a box whose id names it navigation still goes.
    @Test func subheadingsWithAnchorIDs() throws {
        expect(
            try body("heading-anchors.html"),
            has: [
                "Stones that still turn", "Share of places for apprentices", "Related work on the river",
                "The water mill at the end of Bridge Lane", "before the autumn rains begin.",
            ],
            lacks: ["Front page", "Food and drink", "Contact the town desk", "Old mill turns into a bakery school"])
    }

    /// Readers' comments that hold more prose than a short article are still comments, never the body;
    /// an opinion column classed "commentary" is the body.
    @Test func commentsThatOutgrowTheArticle() throws {
        expect(
            try body("comments-outgrow-article.html"),
            has: ["Every sample taken from the lake since June", "will come down next week."],
            lacks: ["I have lived by the lake", "Readers' comments", "Reader1"])
        expect(
            try body("commentary-column.html"),
            has: ["Night trains were written off a decade ago", "a berth costs less than a hotel."],
            lacks: ["Letters to the editor", "Opinion"])
    }

    /// A lead box with no class right before the body box, inside the article: it opens the body.
    @Test func unclassedLeadBeforeTheBody() throws {
        let text = try body("lead-unclassed.html")
        expect(
            text,
            has: [
                "A single crossing will cost two euros more", "The company blamed fuel prices",
                "before any further rise is agreed.",
            ],
            lacks: ["The Island Post", "Harbour ramp finally opens", "Travel desk"])
        #expect(text.hasPrefix("A single crossing"))
    }

    /// A body a page builder cut into rows and columns inside a box classed as the entry content: all rows
    /// are the article, the related links after them are not.
    @Test func bodyCutIntoBuilderRows() throws {
        expect(
            try body("builder-rows.html"),
            has: [
                "The town lends each household", "Who can apply", "Owners of houses built before 1990",
                "A pump for a family house costs", "The first forty pumps", "if the first one fills up quickly.",
            ],
            lacks: ["Solar roofs on every school", "More to read", "Events", "Weather"])
    }

    /// The body box's class names a body and a chrome word ("entry-content-read-more"), inside a wrapper
    /// classed as a header, on a page where comments and a popular list hold more text: the body wins.
    @Test func bodyClassWithChromeWord() throws {
        expect(
            try body("body-class-chrome-word.html"),
            has: [
                "The town library will stay open until midnight", "Two extra staff members",
                "The trial costs about 12,000 euros", "Her last word on it: the doors stay open.",
            ],
            lacks: [
                "Share on the first network", "Filed under", "Most popular this week", "Ferry crossings",
                "Readers wrote to us",
            ])
    }

    /// Class names read one by one: a body name beats a chrome word in the same name.
    @Test func bodyNameBeatsChromeWord() {
        func weight(_ cls: String) -> Int8 { ClassNameJudge.weight(of: [("class", cls)][...]) }
        #expect(weight("entry-content entry-content-read-more") == 1)
        #expect(weight("article-body share-enabled") == 1)
        #expect(weight("read-more") == -1)
        #expect(weight("article-header") == -1)
    }
}
