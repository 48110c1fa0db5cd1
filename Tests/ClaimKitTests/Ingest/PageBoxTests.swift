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
}
