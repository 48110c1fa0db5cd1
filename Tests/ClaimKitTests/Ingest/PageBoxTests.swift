import Foundation
import Testing

@testable import ClaimKit

/// Pages on which the wrong box used to win the choice of the article's container
/// (Tests/Fixtures/ingest-pages, written for these tests): what the body must and must not hold.
@Suite struct PageBoxTests: IngestPageChecks {
    /// A two-line tip in unnamed boxes beside teaser cards whose blurbs (long, full of commas) sit inside links:
    /// text inside a link is never the article's paragraph.
    @Test func teaserBlurbsInsideLinks() throws {
        expect(
            try body("teaser-card-links.html"),
            has: ["Keep ripe tomatoes in a bowl on the counter", "only an opened tomato goes into the fridge"],
            lacks: [
                "Onions, garlic, shallots and leeks", "Fresh herbs: in a glass of water", "a magazine for home cooks",
            ])
    }

    /// A short post in unnamed boxes beside teasers whose boxes are classed "field-content": a content class on
    /// a blurb does not outweigh the post.
    @Test func shortPostBesideContentClassedTeasers() throws {
        expect(
            try body("short-post-teasers.html"),
            has: ["Our spring concert is on Sunday at five", "the repair of the organ"],
            lacks: ["New members welcome", "Thanks to all who came to the bake sale", "founded 1952"])
    }

    /// The body sits in a box whose class reads as chrome ("text-image") and holds a little over half the
    /// page's paragraphs, beside an aside of company facts: it is the article, the aside is not.
    @Test func bodyInChromeClassedBoxWithHalfTheParagraphs() throws {
        expect(
            try body("half-prose-chrome-class.html"),
            has: [
                "The district has approved the wind farm", "enough power for about twelve thousand homes",
                "the turbines are expected to be turning",
            ],
            lacks: ["supplies electricity and gas to homes", "Four hydro plants", "Customer line open every day"])
    }

    /// A video page whose only text is a short description in a box classed "item-caption", beside a sign-in
    /// dialog full of form messages: without class pruning the description is the body, the dialog is not.
    @Test func captionClassedDescriptionBesideLoginDialog() throws {
        expect(
            try body("video-caption-login-modal.html"),
            has: [
                "The island ferries will stay in the harbour until Friday", "asked a second nurse to stay overnight",
            ],
            lacks: ["The password must be at least eight characters", "Please agree to the terms of use"])
    }

    /// A container chosen around the article box and the side column after it (a contact card, a link box): the
    /// small boxes after the box that holds nearly all the prose are not the article.
    @Test func sideColumnAfterArticleBox() throws {
        expect(
            try body("side-column-after-body.html"),
            has: ["Bakeries use a great deal of energy", "a small bakery with three ovens can take on its own"],
            lacks: [
                "Your contact for this topic", "Mara Lind", "NET ZERO FOR COMPANIES", "call itself climate neutral",
            ])
    }

    /// Four paragraphs of one short article, for pages built inline.
    static let poolParagraphs = [
        "The council has agreed to open the swimming pool again next summer, after two years of repairs to its roof and pumps.",
        "The repairs cost more than planned, because the old pipes under the pool had to be replaced as well as the roof.",
        "Tickets will cost the same as before the repairs, and children under six will still swim for free on weekdays.",
        "The pool will open on the first of June, and the opening hours will be longer on warm days than they were.",
    ].map { "<p>\($0)</p>" }.joined()

    /// What closes a container after its article box stays when it is prose (a paragraph after an ad) or a
    /// list standing on its own: only boxes without prose paragraphs are the side column.
    @Test func closingProseAndListAfterArticleBoxStay() throws {
        let paragraphs = Self.poolParagraphs
        let proseAfter =
            "<div><p>The council will also look at a second pool for the new district by the river, a plan that is older than the repairs.</p></div>"
        expect(
            try body(html: "<html><body><div id=\"content\"><div>\(paragraphs)</div>\(proseAfter)</div></body></html>"),
            has: ["open the swimming pool again", "a second pool for the new district"], lacks: [])
        let listAfter = "<ul><li>Open from the first of June</li><li>Children under six swim for free</li></ul>"
        expect(
            try body(html: "<html><body><div id=\"content\"><div>\(paragraphs)</div>\(listAfter)</div></body></html>"),
            has: ["open the swimming pool again", "Children under six swim for free"], lacks: [])
    }

    /// A story box that ends with the subheading of a box outside it (a comment form): a subheading with nothing
    /// after it is the title of a box that was left out, not part of the article; one that reads as a sentence,
    /// or that has text after it, stays.
    @Test func subheadingClosingTheBody() throws {
        expect(
            try body("closing-box-heading.html"),
            has: ["leave the harbour every forty minutes", "how many more people took the boat"],
            lacks: ["Write a comment", "Quay Street"])
        let paragraphs = Self.poolParagraphs
        let page = { (closing: String) in
            "<html><body><div id=\"content\">\(paragraphs)\(closing)</div><div><p>Related</p></div></body></html>"
        }
        expect(
            try body(html: page("<h2>More from the district</h2>")), has: ["open the swimming pool"],
            lacks: ["More from the district"])
        expect(
            try body(html: page("<h2>The pool opens on the first of June.</h2>")),
            has: ["The pool opens on the first of June."], lacks: [])
        expect(
            try body(
                html: page(
                    "<h2>Opening hours</h2><p>Every day from seven in the morning to nine in the evening, all summer.</p>"
                )),
            has: ["Opening hours", "Every day from seven"], lacks: [])
    }

    /// A photo credit between the paragraphs and a copyright notice after them: a short block with the copyright
    /// sign, wherever the sign stands in it, is a credit or a notice, not article text.
    @Test func creditAndCopyrightLines() throws {
        expect(
            try body("credit-lines.html"),
            has: ["opened to cyclists and walkers on Saturday morning", "given a lane of its own"],
            lacks: ["Cyclists on the bridge on its first morning", "Ann Berg", "Written permission", "Main Street"])
    }

    /// A short line that a picture opens inside its paragraph or box, and that is not a sentence, is the picture's
    /// caption; a sentence after a picture, text with a picture inside it and list items that open with one stay.
    @Test func captionsAfterPictures() throws {
        expect(
            try body("image-captions.html"),
            has: [
                "a concert room for four hundred people", "The mayor said the room would open in May.",
                "Choirs and bands", "Seats for four hundred people", "A small bar by the entrance",
                "keep playing in the school hall",
            ],
            lacks: ["The storage rooms as they look today", "Figure 2", "Bridge Road"])
    }

    /// An `<address>` holds the contact details of the article or page (its keeper, its last change), which the
    /// body leaves out, as it does a footer.
    @Test func addressIsNotArticleText() throws {
        expect(
            try body("address-block.html"),
            has: ["The night buses between the station", "a second ticket for the ride home"],
            lacks: ["Page kept by the transport office", "transport@example.org"])
    }

    /// A line that starts with a picture-credit label ("Titelbild:", "Crédits photos", "Foto:") names who made the
    /// picture, in any of the languages of the pages read; a sentence that merely mentions a photo stays.
    @Test func pictureCreditLabels() throws {
        expect(
            try body("picture-credit-labels.html"),
            has: ["Die Fähre über den Fluss fährt seit Montag", "Kinder unter zwölf Jahren fahren umsonst"],
            lacks: ["Titelbild", "Anna Berg"])
        let paragraphs = (1...3).map {
            "<p>Paragraph \($0) of the article about the ferry, long enough to be read as prose.</p>"
        }
        let page = { (line: String) in
            "<html><body><div class=\"post\">\(paragraphs.joined())<p>\(line)</p></div></body></html>"
        }
        expect(try body(html: page("Crédits photos : Agence Ouest")), has: ["Paragraph 1"], lacks: ["Agence Ouest"])
        expect(try body(html: page("Foto: Jan Kowalski")), has: ["Paragraph 1"], lacks: ["Jan Kowalski"])
        expect(
            try body(html: page("Photographs of the old ferry hang in the town hall until May.")),
            has: ["Photographs of the old ferry hang"], lacks: [])
    }

    /// A word that marks an advertisement ("Anzeige", "Advertisement", "Publicidad") standing alone on a line, with
    /// dashes or brackets around it, is the label of an ad slot; a sentence that starts with it stays.
    @Test func advertisementLabels() throws {
        expect(
            try body("ad-labels.html"),
            has: [
                "Der Wochenmarkt zieht im Sommer", "wieder auf den Rathausplatz", "Werbung nervt, sagen viele Besucher",
            ],
            lacks: ["- Anzeige -", "ANZEIGE"])
        #expect(ContentExtractor.isAdLabel("- Advertisement -"))
        #expect(ContentExtractor.isAdLabel("[Publicidad]"))
        #expect(!ContentExtractor.isAdLabel("Advertising works"))
        #expect(!ContentExtractor.isAdLabel("Adverts"))
    }
}
