import Testing

@testable import ClaimKit

@Suite struct RobotsRulesTests {
    @Test func theGenericGroupAppliesWhenNoGroupNamesUs() {
        let rules = RobotsRules(
            text: "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n", agent: "claims")
        #expect(rules.allows("/news/a"))
        #expect(!rules.allows("/private/a"))
    }

    @Test func aGroupNamingOurTokenReplacesTheGenericOne() {
        let text = "User-agent: *\nDisallow: /\n\nUser-agent: Claims/0.1\nDisallow: /drafts\n"
        let rules = RobotsRules(text: text, agent: "claims")
        #expect(rules.allows("/news/a"), "our group allows what * forbids")
        #expect(!rules.allows("/drafts/1"))
    }

    @Test func agentsListedTogetherShareTheirRulesAndGroupsForUsAreMerged() {
        let text = "User-agent: a\nUser-agent: claims\nDisallow: /x\n\nUser-agent: claims\nDisallow: /y\n"
        let rules = RobotsRules(text: text, agent: "claims")
        #expect(!rules.allows("/x"))
        #expect(!rules.allows("/y"))
        #expect(rules.allows("/z"))
    }

    @Test func theLongestMatchWinsAndAllowWinsATie() {
        let rules = RobotsRules(
            text: "User-agent: *\nDisallow: /private/\nAllow: /private/open\nDisallow: /same\nAllow: /same\n",
            agent: "claims")
        #expect(rules.allows("/private/open/page"))
        #expect(!rules.allows("/private/closed"))
        #expect(rules.allows("/same/page"))
    }

    @Test func wildcardsAndEndAnchors() {
        let rules = RobotsRules(text: "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n", agent: "claims")
        #expect(!rules.allows("/files/report.pdf"))
        #expect(rules.allows("/files/report.pdf.html"))
        #expect(!rules.allows("/search?lang=en&q=floods"))
        #expect(rules.allows("/search?lang=en"))
    }

    @Test func emptyDisallowCommentsAndUnknownLinesChangeNothing() {
        let rules = RobotsRules(
            text: "# hello\nUser-agent: * # all\nCrawl-delay: 5\nDisallow:\nSitemap: https://x.test/s.xml\n",
            agent: "claims")
        #expect(rules.allows("/anything"))
        #expect(RobotsRules.disallowAll.allows("/robots.txt"), "robots.txt itself is always allowed")
        #expect(!RobotsRules.disallowAll.allows("/"))
    }
}
