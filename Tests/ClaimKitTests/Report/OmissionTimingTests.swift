import Testing

@testable import ClaimKit

/// Omissions are flagged only where the outlet could have told the fact: not by an article that
/// was out before anyone reported it.
@Suite struct OmissionTimingTests {
    typealias F = ReportFixtures

    private func omitted(_ claims: [Claim], value: String) -> [String] {
        let report = ReportBuilder().build(articles: [], claims: claims)
        let fact = report.groups.first { $0.valueText == value }
        #expect(fact != nil)
        return fact?.differences.filter { $0.kind == .omission }.flatMap { $0.variants.flatMap(\.outlets) } ?? []
    }

    @Test func anArticlePublishedBeforeTheFactWasFirstToldIsNoOmission() {
        let claims = [
            F.claim("a.txt", outlet: "A", published: "2024-03-22", 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-23", 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-23", 2, subject: "civilians", start: 50),
            F.claim("c.txt", outlet: "C", published: "2024-03-23", 4, subject: "police officers"),
        ]
        #expect(omitted(claims, value: "2") == ["C"])
    }

    @Test func anArticleFromTheDayTheFactWasFirstToldOrLaterCanOmitIt() {
        let claims = [
            F.claim("a.txt", outlet: "A", published: "2024-03-24", 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-23", 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-23", 2, subject: "civilians", start: 50),
            F.claim("c.txt", outlet: "C", published: "2024-03-23", 4, subject: "police officers"),
        ]
        #expect(omitted(claims, value: "2") == ["A", "C"])
    }

    @Test func anOutletWithOneArticleAfterTheFactWasToldCanOmitIt() {
        // A's first-day article could not have the fact, its next-day article could.
        let claims = [
            F.claim("a1.txt", outlet: "A", published: "2024-03-22", 4, subject: "police officers"),
            F.claim("a2.txt", outlet: "A", published: "2024-03-23", 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-23", 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-23", 2, subject: "civilians", start: 50),
        ]
        #expect(omitted(claims, value: "2") == ["A"])
    }

    @Test func theFirstDayIsTheEarliestDatedClaimOfTheFact() {
        // C tells the fact on day 1, B on day 2: A on day 1 could have told it.
        let claims = [
            F.claim("a.txt", outlet: "A", published: "2024-03-22", 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-23", 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-23", 2, subject: "civilians", start: 50),
            F.claim("c.txt", outlet: "C", published: "2024-03-22", 2, subject: "civilians"),
        ]
        #expect(omitted(claims, value: "2") == ["A"])
    }

    private static let place = "at the concert hall near Krasnogorsk after the gunmen opened fire"

    private func toll(_ outlet: String, _ published: String?, _ value: Double) -> Claim {
        F.claim(
            outlet.lowercased() + ".txt", outlet: outlet, published: published, value,
            subject: "people", sentence: "\(Int(value)) people were killed \(Self.place).")
    }

    @Test func anUndatedArticleThatGaveTheSupersededTollIsNoOmission() {
        // A (undated) and B (day 1) gave 40; C and D gave 133 from day 2 on: A's 40 is the earlier value.
        let claims = [
            toll("A", nil, 40), toll("B", "2024-03-22", 40),
            toll("C", "2024-03-23", 133), toll("D", "2024-03-24", 133),
        ]
        #expect(omitted(claims, value: "133") == [])
    }

    @Test func aValueStillToldAfterTheNewOneIsNoSupersededValue() {
        // E repeats 40 on day 2, so 40 is not simply the earlier value: E is flagged. A (undated) told
        // only 40, first told on day 1: it may be a day-1 article, before 133 was known.
        let claims = [
            toll("A", nil, 40), toll("B", "2024-03-22", 40), toll("E", "2024-03-23", 40),
            toll("C", "2024-03-23", 133), toll("D", "2024-03-24", 133),
        ]
        #expect(omitted(claims, value: "133") == ["E"])
    }

    @Test func anUndatedArticleThatGaveOnlyTheLaterTollIsNoOmissionOfTheEarlierOne() {
        // B gave 40 on day 1, C 133 on day 2; A (undated) gave 133 only: it did not leave out 40.
        let claims = [toll("B", "2024-03-22", 40), toll("A", nil, 133), toll("C", "2024-03-23", 133)]
        #expect(omitted(claims, value: "40") == [])
    }

    @Test func aCountOfNamedPeopleIsNoEarlierValueOfTheWholeToll() {
        // B's "11 Iranian citizens" (day 1) is a part, not an earlier toll: C, telling only the day-2 toll, left it out.
        let claims = [
            F.claim(
                "b.txt", outlet: "B", published: "2024-03-22", 11, subject: "Iranian citizens",
                sentence: "11 Iranian citizens were killed \(Self.place)."),
            toll("B", "2024-03-22", 40), toll("C", "2024-03-23", 133),
        ]
        #expect(omitted(claims, value: "11") == ["C"])
    }

    @Test func anUndatedArticleWhoseFactsWereAllFirstToldEarlierIsNoOmission() {
        // "2 civilians" is first told on day 2; A (undated) tells only what B told on day 1.
        let claims = [
            F.claim("a.txt", outlet: "A", published: nil, 4, subject: "police officers"),
            F.claim("b.txt", outlet: "B", published: "2024-03-22", 4, subject: "police officers"),
            F.claim("c.txt", outlet: "C", published: "2024-03-23", 4, subject: "police officers"),
            F.claim("c.txt", outlet: "C", published: "2024-03-23", 2, subject: "civilians", start: 50),
        ]
        #expect(omitted(claims, value: "2") == [])
    }

    @Test func anUndatedArticleTellingAFactFirstToldThatDayOrLaterCanOmit() {
        // A (undated) tells the 4 first told on day 2, the day "2 civilians" was first told: it could have told it.
        let claims = [
            F.claim("a.txt", outlet: "A", published: nil, 4, subject: "police officers"),
            F.claim("c.txt", outlet: "C", published: "2024-03-23", 4, subject: "police officers"),
            F.claim("c.txt", outlet: "C", published: "2024-03-23", 2, subject: "civilians", start: 50),
        ]
        #expect(omitted(claims, value: "2") == ["A"])
    }
}
