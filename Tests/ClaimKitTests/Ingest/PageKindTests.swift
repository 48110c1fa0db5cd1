import Foundation
import Testing

@testable import ClaimKit

/// Kinds of text inside or beside the chosen body that the extractor used to lose, each on a page written
/// for these tests (Tests/Fixtures/ingest-pages) or inline: what the body must and must not hold.
@Suite struct PageKindTests: IngestPageChecks {
    /// A paragraph sharing its box with a pruned list of teaser links is article text: the pruned links do
    /// not make its box link-dense. Loose short lines beside a pruned box of links stay out.
    @Test func paragraphBesideAPrunedTeaserList() throws {
        expect(
            try body(file: "teaser-list-in-body.html"),
            has: [
                "When a day has too few hours again", "keeping your household budget in order",
                "Next week I will show the paper planner",
            ],
            lacks: [
                "Household bingo", "Folding fitted sheets", "Ten ways to fold towels", "Turn on the little bell",
                "Follow us on", "Photos may be symbolic", "All rights reserved",
            ])
    }

    /// A page that renders a how-to only from script: the JSON-LD description and steps are the body.
    @Test func howToOnlyInScript() throws {
        expect(
            try body(file: "howto-in-script.html"),
            has: [
                "A round table softens any room", "from one piece of fabric.",
                "Measure the diameter of the table top", "add that drop twice.",
                "Fold the fabric in half", "sew it all the way round",
            ],
            lacks: ["Step 1:", "Tape measure", "Craft Corner", "Log in", "Imprint", "<p>"])
    }

    /// A page whose markup holds the article keeps it; the how-to in its script is not added.
    @Test func howToInScriptBesideABody() throws {
        let script = """
            <script type="application/ld+json">{"@type":"HowTo","description":"Script-only summary of the steps.",
            "step":[{"@type":"HowToStep","text":"Script-only first step."}]}</script>
            """
        let prose = [
            "Measure the table top from edge to edge through its centre, then add twice the drop you want.",
            "Fold the fabric twice so that the folded corner marks the centre, and cut along a curve.",
            "Turn the edge under twice and sew it all the way round; press the seam when it is done.",
        ]
        let html =
            "<html><head><title>Tablecloth</title>\(script)</head><body><div class='entry-content'>"
            + prose.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
        expect(try body(html: html), has: prose, lacks: ["Script-only"])
    }

    /// The how-to text of JSON-LD: a recipe's instructions as strings or steps; an article has none.
    @Test func instructionMarkupOfHowToAndRecipe() {
        let recipe = JSONLDArticle.read([
            #"{"@type":"Recipe","description":"Quick cake.","recipeInstructions":["Mix the flour.","Bake 30 min."]}"#
        ])
        #expect(recipe.instructions == "<p>Quick cake.</p>\n<p>Mix the flour.</p>\n<p>Bake 30 min.</p>")
        let steps = JSONLDArticle.read([
            #"{"@graph":[{"@type":"HowTo","step":[{"@type":"HowToStep","text":"<p>Cut.</p>"}]}]}"#
        ])
        #expect(steps.instructions == "<p>Cut.</p>")
        let article = JSONLDArticle.read([#"{"@type":"NewsArticle","description":"A summary.","text":"Body."}"#])
        #expect(article.instructions == nil)
        let empty = JSONLDArticle.read([#"{"@type":"HowTo","name":"No steps"}"#])
        #expect(empty.instructions == nil)
    }
}
