import Testing

@testable import ClaimKit

/// Grouping rules that matter once facts meet only inside a story: prices, one article's two
/// counts, sums told with two numbers.
@Suite struct InStoryGroupingTests {
    typealias F = ReportFixtures

    static let text =
        "Black Friday deals on Apple gadgets at Amazon and Walmart: AirPods, Apple Watch, MacBook and iPad prices."

    func build(_ claims: [Claim]) -> Report {
        let paths = Array(Set(claims.map(\.article))).sorted()
        let articles = paths.map {
            Article(path: $0, outlet: $0.uppercased(), published: "2019-11-20", paragraphs: [Self.text])
        }
        return ReportBuilder().build(articles: articles, claims: claims)
    }

    func money(_ article: String, _ value: Double, _ sentence: String, subject: String = "") -> Claim {
        F.claim(
            article, outlet: article.uppercased(), published: "2019-11-20", category: .money, value, unit: "USD",
            subject: subject, sentence: sentence)
    }

    @Test func twoPricesOfUnknownPurposeAreTwoFactsUnlessTheirSentencesMeet() {
        let apart = build([
            money("a", 200, "New Price Drop: Apple Watch Series 3 for $169.99 (Originally $200)."),
            money("b", 200, "The current console bundle ranges up to $200 before tax."),
        ])
        #expect(apart.groups.count == 2)
        let one = build([
            money("a", 169.99, "Apple Watch Series 3 38mm smart watch drops to $169.99 at Amazon."),
            money("b", 169.99, "Apple Watch Series 3 smart watch starts at $169.99 at Amazon."),
        ])
        #expect(one.groups.count == 1)
        // A large sum is no price: unknown purpose, other words, still one fact.
        let large = build([
            money("a", 449_000, "The campaign cost the state roughly $449,000."),
            money("b", 449_000, "South Dakota paid an agency $449,000 for its work."),
        ])
        #expect(large.groups.count == 1)
    }

    @Test func aSumToldWithTwoNumbersIsOneFactOnlyWithAKnownPurpose() {
        let report = build([
            money("a", 6_500_000_000, "SoftBank agreed to inject $6.5 billion into the company."),
            money("b", 8_000_000_000, "A lifeline from SoftBank worth $8 billion kept the company going."),
        ])
        #expect(report.groups.count == 2)
    }

    @Test func oneArticlesTwoNumbersForTwoSubjectsAreTwoFacts() {
        let s1 = "At least 35 Tunisian pilgrims died in the heat, the agency said."
        let s2 = "Jordan said 41 Jordanian pilgrims died in the heat."
        let report = build([
            F.claim(
                "a", outlet: "A", published: "2019-11-20", 35, .atLeast, subject: "Tunisian pilgrims", sentence: s1),
            F.claim(
                "a", outlet: "A", published: "2019-11-20", 41, subject: "Jordanian pilgrims", sentence: s2, start: 70),
        ])
        #expect(report.groups.count == 2)
        // The same subject told with a hedge and a number in one article is one fact.
        let same = build([
            F.claim(
                "a", outlet: "A", published: "2019-11-20", 100, .moreThan, subject: "people",
                sentence: "More than 100 people died."),
            F.claim(
                "a", outlet: "A", published: "2019-11-20", 103, subject: "people",
                sentence: "Officials said 103 people died.", start: 30),
        ])
        #expect(same.groups.count == 1)
    }
}
