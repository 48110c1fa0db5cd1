import Testing

@testable import ClaimKit

/// A timeline links one measure revised over time: not two counts one article gives side by side,
/// nor a period's statistic and an incident's toll, nor what was cleared and what remains.
@Suite struct TimelineScopeTests {
    typealias F = ReportFixtures

    /// One story (same words in every article), the claims given, and each claim's timeline id.
    func timelines(_ claims: [Claim]) -> [String?] {
        let text = "Mines laid along the front line in the region keep killing people near the border villages."
        let paths = Array(Set(claims.map(\.article))).sorted()
        let articles = paths.map { Article(path: $0, outlet: $0, published: "2023-09-19", paragraphs: [text]) }
        let report = ReportBuilder().build(articles: articles, claims: claims)
        return report.claims.map { claim in report.groups.first { $0.id.rawValue == claim.group }?.timeline }
    }

    func toll(
        _ article: String, _ value: Double, _ sentence: String, _ qualifier: Qualifier = .exact,
        published: String = "2023-09-19",
        category: ClaimCategory = .killed, subject: String = "people", start: Int = 0
    ) -> Claim {
        F.claim(
            article, published: published, category: category, value, qualifier, subject: subject, sentence: sentence,
            start: start)
    }

    @Test func twoRunningCountsOfOneArticleAreTwoMeasures() {
        let t = timelines([
            toll("a.txt", 61, "The incident raised the number of people who lost their lives due to mines to 61."),
            toll(
                "a.txt", 12, "Since last December, the blockade has left nearly a dozen people dead on both sides.",
                .nearly, start: 200),
        ])
        #expect(t.allSatisfy { $0 == nil })
    }

    @Test func twoDistrictsOfOneSentenceAreNoTimeline() {
        let sentence =
            "Since August, 1,119 landmines were found in the border districts, as well as 1,609 in the economic region."
        let t = timelines([
            toll("a.txt", 1_119, sentence, category: .mines, subject: "landmines"),
            toll("a.txt", 1_609, sentence, category: .mines, subject: "landmines"),
        ])
        #expect(t.allSatisfy { $0 == nil })
    }

    @Test func aTollRevisedByTwoOutletsStaysATimeline() {
        let t = timelines([
            toll("a.txt", 61, "The incident raised the number of people killed by mines since the war to 61."),
            toll(
                "b.txt", 64, "The number of people killed by mines since the war has risen to 64.",
                published: "2023-10-02"),
        ])
        #expect(t[0] != nil && t[0] == t[1])
    }

    @Test func lastYearsStatisticIsNotAStepOfThisYearsToll() {
        let claims = [
            toll("a.txt", 183, "The ministry raised its death toll to 183 on Friday."),
            toll("b.txt", 313, "So far the ministry counts 313 deaths recorded last year.", published: "2023-09-21"),
        ]
        #expect(timelines(claims).allSatisfy { $0 == nil })
        #expect(ClaimContext.scope(of: claims[1]) == "last year" && ClaimContext.scope(of: claims[0]) == "")
        // The same wording with no period in the clause: one toll raised, a timeline.
        let raised = timelines([
            claims[0], toll("b.txt", 190, "So far the ministry counts 190 deaths.", published: "2023-09-21"),
        ])
        #expect(raised[0] != nil && raised[0] == raised[1])
    }

    @Test func whatRemainsIsNotAStepOfWhatWasCleared() {
        let cleared = toll(
            "a.txt", 840, "Since then the trust has cleared 840 minefields.", category: .mines, subject: "minefields")
        let remain = toll(
            "b.txt", 1_000, "Since 1994 the trust has worked there, and it estimates about 1,000 minefields remain.",
            .about,
            published: "2023-10-02", category: .mines, subject: "minefields")
        #expect(timelines([cleared, remain]).allSatisfy { $0 == nil })
        #expect(ClaimContext.scope(of: remain) == "remaining")
    }

    @Test func aYearNamedInTheNumbersClauseIsItsScopeUnlessItIsStillToCome() {
        #expect(ClaimContext.scope(of: toll("a.txt", 45, "In 2022, mines killed 45 people in the region.")) == "")
        #expect(ClaimContext.scope(of: toll("a.txt", 45, "Mines killed 45 people in 2022 in the region.")) == "in 2022")
        #expect(
            ClaimContext.scope(of: toll("a.txt", 300, "More than 300 people were hurt by mines since 2020."))
                == "since 2020")
        #expect(
            ClaimContext.scope(of: toll("a.txt", 12, "Mines killed 12 people, one in five of the 60 killed annually."))
                == "")
        #expect(
            ClaimContext.scope(of: toll("a.txt", 60, "Mines killed 12 people, one in five of the 60 killed annually."))
                == "yearly")
        // A later year than the article's is a plan, not a period counted.
        #expect(
            ClaimContext.scope(
                of: toll(
                    "a.txt", 40_000, "The allies will bring more than 40,000 troops together in 2024.",
                    category: .troops, subject: "troops")) == "")
    }
}
