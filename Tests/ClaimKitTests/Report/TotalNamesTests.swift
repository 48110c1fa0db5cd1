import Testing

@testable import ClaimKit

/// A total and its parts count the same people: a count of one nationality is no sum of counts of
/// others, while a count naming no one, or the same name, may be.
@Suite struct TotalNamesTests {
    typealias F = ReportFixtures

    func total(_ totalSubject: String, _ partSubjects: (String, String)) -> FactGroup {
        let sentence = "Officials said 11 \(partSubjects.0) and three \(partSubjects.1) were among the dead."
        // One story: the same words in both articles.
        let text = "Pilgrims died in the extreme heat during the hajj, officials of several countries said."
        let articles = ["a.txt", "b.txt"].map {
            Article(path: $0, outlet: $0, published: "2023-09-19", paragraphs: [text])
        }
        let report = ReportBuilder().build(
            articles: articles,
            claims: [
                F.claim("a.txt", 11, subject: partSubjects.0, sentence: sentence),
                F.claim("a.txt", 3, subject: partSubjects.1, sentence: sentence),
                F.claim("b.txt", 14, subject: totalSubject, sentence: "The ministry said 14 \(totalSubject) had died."),
            ])
        return report.groups.first { $0.valueText == "14" }!
    }

    @Test func aCountOfOneNationalityIsNoSumOfOthers() {
        #expect(total("Jordanian pilgrims", ("Iranian citizens", "citizens")).sumOf.isEmpty)
        #expect(total("Armenians", ("Bangladeshis", "Filipinos")).sumOf.isEmpty)
    }

    @Test func aCountNamingNoOneOrTheSameNameIsTheirSum() {
        #expect(total("pilgrims", ("Iranian pilgrims", "pilgrims")).sumOf.count == 2)
        #expect(total("Azerbaijani citizens", ("Azerbaijani police officers", "civilians")).sumOf.count == 2)
    }
}
