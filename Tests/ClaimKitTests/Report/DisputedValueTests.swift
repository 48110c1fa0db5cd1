import Testing

@testable import ClaimKit

/// The number that speaks for a group when relating it to others, and one article's repeated number.
@Suite struct DisputedValueTests {
    typealias F = ReportFixtures

    func contexts(_ values: [Double]) -> [ClaimContext] {
        values.enumerated().map { i, v in
            let claim = F.claim("a\(i).txt", v, subject: "people")
            return ClaimContext(
                index: i, claim: claim, article: i, source: i, day: nil,
                kind: SubjectKindTable.standard.kind(of: "people", category: .killed))
        }
    }

    @Test func aTieOfThreeNumbersIsSpokenForByTheMiddleOne() {
        let grouper = FactGrouper(options: ReportOptions())
        #expect(grouper.modalValue([0, 1, 2], contexts([100, 137, 135])) == 135)
        #expect(grouper.modalValue([0, 1], contexts([100, 137])) == 100, "two tied: the first given")
        #expect(grouper.modalValue([0, 1, 2], contexts([100, 137, 137])) == 137, "the most given")
    }

    @Test func anArticleRepeatingItsNumberDoesNotKeepTwoFactsApart() {
        // Facts {at least 100 (c), almost 137 (a), 135 (b)} and {at least 137 (a)}: a.txt is in both,
        // with one number, so it is no reason to keep them apart.
        let told: [(String, Int, Double, Qualifier, String)] = [
            ("c.txt", 2, 100, .atLeast, "The port explosion in Beirut killed at least 100 people, the Red Cross said."),
            ("a.txt", 0, 137, .nearly, "The ministry said the port explosion in Beirut killed almost 137 people."),
            ("b.txt", 1, 135, .exact, "The port explosion in Beirut killed 135 people, the ministry said."),
            ("a.txt", 0, 137, .atLeast, "Port explosion in Beirut killed at least 137 people"),
        ]
        let contexts = told.enumerated().map { i, t in
            ClaimContext(
                index: i, claim: F.claim(t.0, t.2, t.3, subject: "people", sentence: t.4, start: i * 100), article: t.1,
                source: t.1,
                day: nil, kind: SubjectKindTable.standard.kind(of: "people", category: .killed))
        }
        let grouper = FactGrouper(options: ReportOptions())
        #expect(grouper.mergeDisputed([[0, 1, 2], [3]], contexts, sums: [[], []]) == [[0, 1, 2, 3]])
        // Had a.txt given two numbers, the facts would stay two.
        let other = contexts.enumerated().map { i, c in
            i == 3
                ? ClaimContext(
                    index: 3,
                    claim: F.claim("a.txt", 136, .atLeast, subject: "people", sentence: told[3].4, start: 300),
                    article: 0, source: 0,
                    day: nil, kind: c.kind) : c
        }
        #expect(grouper.mergeDisputed([[0, 1, 2], [3]], other, sums: [[], []]).count == 2)
    }
}
