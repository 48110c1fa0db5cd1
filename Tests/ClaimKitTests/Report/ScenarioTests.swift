import Testing

@testable import ClaimKit

/// Eight invented outlets telling three facts of one event in their own words: the grouping must
/// find the three facts, flag the wording, hedges and numbers, and keep the total apart.
@Suite struct ScenarioTests {
    typealias F = ReportFixtures

    static func claims() -> [Claim] {
        var out: [Claim] = []
        func add(
            _ outlet: String, _ date: String, _ value: Double, _ subject: String, _ speaker: String?,
            _ sentence: String,
            category: ClaimCategory = .killed, q: Qualifier = .exact, start: Int = 0
        ) {
            // Every outlet names the place: the articles are one story by what they are about.
            out.append(
                F.claim(
                    "\(outlet).html", outlet: outlet, published: date, category: category, value, q, subject: subject,
                    speaker: speaker, sentence: sentence.dropLast() + " in the Tovuz district of Karabakh.",
                    start: start))
        }
        let s1 =
            "Four police officers and two civilians were killed in two mine blasts in the mountain district, the interior ministry said."
        add("One", "2024-03-04", 4, "police officers", "the interior ministry", s1)
        add("One", "2024-03-04", 2, "civilians", "the interior ministry", s1)
        add(
            "One", "2024-03-04", 300, "nationals", "the government",
            "More than 300 nationals have been killed or wounded by mines since the war ended, the government said.",
            category: .casualties, q: .moreThan, start: 130)
        let s2 = "Mine blasts killed four servicemen and two men on Monday, officials said."
        add("Two", "2024-03-04", 4, "servicemen", "officials", s2)
        add("Two", "2024-03-04", 2, "men", "officials", s2)
        add(
            "Three", "2024-03-05", 4, "interior ministry employees", nil,
            "The blast killed 4 interior ministry employees whose truck hit a mine near the tunnel.")
        add("Three", "2024-03-05", 2, "residents", nil, "Two residents also died in a second mine blast.", start: 90)
        add(
            "Four", "2024-03-04", 300, "people", nil,
            "About 300 people have been killed or injured by mines since the war, according to rights groups.",
            category: .casualties, q: .about)
        add(
            "Five", "2024-03-04", 6, "people", "the ministry",
            "Six people were killed in mine blasts on Monday, the ministry said.")
        add(
            "Six", "2024-03-05", 4, "law enforcement officers", "the ministry",
            "Four law enforcement officers died when their vehicle struck a mine, the ministry said.")
        add(
            "Six", "2024-03-05", 2, "local residents", "the ministry",
            "Two local residents were killed by another mine, it said.", start: 95)
        add(
            "Seven", "2024-03-04", 300, "victims", "the government",
            "At least 300 victims of mines have been counted since the war, the government says.",
            category: .casualties, q: .atLeast)
        add(
            "Eight", "2024-03-05", 5, "police officers", "local media",
            "Five police officers were killed when a mine blast hit their truck, local media reported.")
        add(
            "Eight", "2024-03-05", 2, "civilians", "local media", "Two civilians were killed by a second mine.",
            start: 100)
        return out
    }

    @Test func threeFactsAndATotal() {
        let report = ReportBuilder().build(articles: [], claims: Self.claims())
        let byValue = Dictionary(grouping: report.claims.indices, by: { report.claims[$0].group! })
        let police = report.claims.filter { $0.value == 4 || $0.value == 5 }.map(\.group)
        let civilians = report.claims.filter { $0.value == 2 }.map(\.group)
        let casualties = report.claims.filter { $0.category == .casualties }.map(\.group)
        #expect(Set(police).count == 1)
        #expect(Set(civilians).count == 1)
        #expect(Set(casualties).count == 1)
        #expect(byValue.count == 4, "police, civilians, casualties and the total")
        let total = report.groups.first { $0.valueText == "6" }!
        #expect(total.sumOf.count == 2)
        let policeGroup = report.groups.first { $0.id.rawValue == police[0] }!
        let kinds = Set(policeGroup.differences.map(\.kind))
        #expect(kinds.isSuperset(of: [.number, .subjectKind, .subject, .attribution]))
        let casualtyGroup = report.groups.first { $0.id.rawValue == casualties[0] }!
        #expect(casualtyGroup.differences.contains { $0.kind == .hedge })
        #expect(
            casualtyGroup.differences.first { $0.kind == .omission }?.variants.flatMap(\.outlets) == [
                "Two", "Three", "Five", "Six", "Eight",
            ])
    }
}
