import Testing

@testable import ClaimKit

@Suite struct GroupingTests {
    typealias F = ReportFixtures

    @Test func equalValuesFromTwoOutletsAreOneFact() {
        let g = F.groups([
            F.claim("a.txt", 4, subject: "police officers"), F.claim("b.txt", 4, subject: "police officers"),
        ])
        #expect(g[0] == "g1" && g[1] == "g1")
    }

    @Test func differentValuesOfOneKindInOneArticleAreTwoFacts() {
        let g = F.groups([
            F.claim("a.txt", 4, subject: "civilians"), F.claim("a.txt", 5, subject: "civilians", start: 40),
        ])
        #expect(g[0] != g[1])
    }

    @Test func hedgedValuesThatOverlapAreOneFact() {
        let g = F.groups([
            F.claim("a.txt", category: .casualties, 300, .moreThan, subject: "nationals"),
            F.claim("b.txt", category: .casualties, 300, .about, subject: "nationals"),
            F.claim("c.txt", category: .casualties, 310, subject: "nationals"),
        ])
        #expect(Set(g) == ["g1"])
    }

    @Test func hedgedValuesThatDoNotOverlapStayApart() {
        let g = F.groups([
            F.claim("a.txt", category: .casualties, 300, .moreThan, subject: "nationals"),
            F.claim(
                "b.txt", category: .casualties, 600, .about, subject: "nationals",
                sentence: "Other words entirely here."),
        ])
        #expect(g[0] != g[1])
    }

    @Test func policeWordingsAreOneKind() {
        let table = SubjectKindTable.standard
        let kinds = [
            "Azerbaijani police officers", "interior ministry staff", "employees of the Ministry of Internal Affairs",
            "policemen",
        ]
        .map { table.kind(of: $0).id }
        #expect(Set(kinds) == ["police"])
        #expect(table.kind(of: "two men").id == "civilian")
        #expect(table.kind(of: "civilians").id == "civilian")
        #expect(table.kind(of: "PMN-E anti-personnel mines").id == "mine")
        #expect(table.kind(of: "Armenian armed forces").id == "military")
        #expect(table.kind(of: "heavy artillery weapons").id != table.kind(of: "mortar systems").id)
        #expect(table.kind(of: "clearing of mines").id == "mine")
        #expect(table.kind(of: "widgets of the factory").id == "head:widget")
    }

    @Test func policeAndEmployeesOfTheMinistryGroupAndWordingIsADifference() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim("a.txt", 4, subject: "police officers"),
                F.claim("b.txt", 4, subject: "employees of the Ministry of Internal Affairs"),
            ])
        #expect(report.groups.count == 1)
        #expect(report.groups[0].differences.map(\.kind) == [.subject])
    }

    @Test func soldiersAndPoliceGroupByValueAndEventButAreFlagged() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim("a.txt", 4, subject: "police officers"), F.claim("b.txt", 4, subject: "soldiers"),
            ])
        #expect(report.groups.count == 1)
        let kinds = report.groups[0].differences.map(\.kind)
        #expect(kinds.contains(.subjectKind))
        #expect(
            report.groups[0].differences.first { $0.kind == .subjectKind }?.variants.map(\.text) == [
                "police/security personnel", "soldiers/armed personnel",
            ])
    }

    @Test func civiliansAndPoliceWithTheSameNumberAreTwoFacts() {
        let g = F.groups([F.claim("a.txt", 2, subject: "police officers"), F.claim("b.txt", 2, subject: "civilians")])
        #expect(g[0] != g[1])
    }

    @Test func genericPeopleJoinsASpecificKind() {
        let g = F.groups([F.claim("a.txt", 2, subject: "civilians"), F.claim("b.txt", 2, subject: "people")])
        #expect(g[0] == g[1])
    }

    @Test func aTotalIsNotItsPartsAndTheSumIsFound() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim(
                    "a.txt", 4, subject: "police officers",
                    sentence: "Four police officers and two civilians were killed."),
                F.claim(
                    "a.txt", 2, subject: "civilians", sentence: "Four police officers and two civilians were killed."),
                F.claim("b.txt", 6, subject: "citizens", sentence: "Six citizens were killed."),
            ])
        #expect(report.groups.count == 3)
        let total = report.groups.first { $0.valueText == "6" }!
        #expect(total.sumOf.count == 2)
        let parts = Set(total.sumOf)
        #expect(parts == Set(report.groups.filter { $0.valueText != "6" }.map(\.id)))
        #expect(report.groups.filter { $0.valueText != "6" }.allSatisfy { $0.partOf == [total.id] })
    }

    @Test func noSumWhenThePartsAreNeverReportedTogether() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim("a.txt", 4, subject: "police officers"), F.claim("b.txt", 2, subject: "civilians"),
                F.claim("c.txt", 6, subject: "citizens"),
            ])
        #expect(report.groups.allSatisfy { $0.sumOf.isEmpty })
    }

    @Test func runningTotalsAtDifferentDatesFormATimelineNotADisagreement() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                // A week apart: two events (dates beyond the event window) of one story (within the story window).
                F.claim(
                    "a.txt", published: "2023-09-19", 61, subject: "people",
                    sentence: "The blast raised the number of people killed by mines in Karabakh since the war to 61."),
                F.claim(
                    "b.txt", published: "2023-09-13", 45, subject: "people",
                    sentence: "Since the war, 45 people were killed by mines in Karabakh."),
            ])
        #expect(report.groups.count == 2)
        #expect(report.groups.allSatisfy { !$0.differences.contains { $0.kind == .number } })
        #expect(report.groups[0].timeline == "t1" && report.groups[1].timeline == "t1")
        #expect(report.groups[0].timelineWith == ["g2"])
    }

    @Test func oneOffCountsAtDifferentDatesAreNoTimeline() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim(
                    "a.txt", published: "2023-09-19", 6, subject: "people",
                    sentence: "Six people were killed in a blast."),
                F.claim(
                    "b.txt", published: "2022-11-25", 4, subject: "people",
                    sentence: "Four people were killed in a blast."),
            ])
        #expect(report.groups.allSatisfy { $0.timeline == nil })
    }

    @Test func moneyNeedsTheSameCurrency() {
        let g = F.groups([
            F.claim("a.txt", category: .money, 400_000_000, unit: "USD", subject: "aid"),
            F.claim("b.txt", category: .money, 400_000_000, unit: "EUR", subject: "aid"),
            F.claim("c.txt", category: .money, 400_000_000, unit: "USD", subject: "aid"),
        ])
        #expect(g[0] == g[2] && g[0] != g[1])
    }

    @Test func theSameNumberInEventsWeeksApartIsTwoFacts() {
        let g = F.groups([
            F.claim("a.txt", published: "2023-09-19", 4, subject: "police officers"),
            F.claim("b.txt", published: "2023-10-30", 4, subject: "police officers"),
        ])
        #expect(g[0] != g[1])
    }

    @Test func closeNumbersForOneFactAreOneDisputedFact() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim(
                    "a.txt", 20, subject: "soldiers",
                    sentence: "Twenty soldiers were killed in the shelling of the border post."),
                F.claim("b.txt", 23, subject: "soldiers", sentence: "Shelling of the border post killed 23 soldiers."),
            ])
        #expect(report.groups.count == 1)
        #expect(report.groups[0].differences.first?.kind == .number)
    }

    @Test func aDisputedNumberJoinsItsOwnKindRatherThanATotal() {
        let both = "Three soldiers and two civilians were killed in shelling near the border town."
        let g = F.groups([
            F.claim("a.txt", 3, subject: "soldiers", sentence: both),
            F.claim("a.txt", 2, subject: "civilians", sentence: both),
            F.claim("b.txt", 3, subject: "border guards", sentence: "Three border guards were killed in the shelling."),
            F.claim(
                "c.txt", 5, subject: "people", sentence: "Five people were killed in shelling near the border town."),
            F.claim(
                "d.txt", 4, subject: "soldiers", sentence: "Four soldiers were killed in shelling near the border town."
            ),
        ])
        #expect(g[4] == g[0], "four soldiers is a disputed count of the soldiers")
        #expect(g[3] != g[0] && g[3] != g[1])
    }

    @Test func sixPoliceAgainstFourPoliceIsADispute() {
        let g = F.groups([
            F.claim(
                "a.txt", 4, subject: "police officers",
                sentence: "Four police officers were killed by a mine on the tunnel road."),
            F.claim(
                "b.txt", 6, subject: "policemen", sentence: "Six policemen were killed by a mine on the tunnel road."),
        ])
        #expect(g[1] == g[0])
    }

    @Test func sixPeopleAgainstFourPoliceIsNoDispute() {
        let g = F.groups([
            F.claim(
                "a.txt", 4, subject: "police officers",
                sentence: "Four police officers were killed by a mine on the tunnel road."),
            F.claim("c.txt", 6, subject: "people", sentence: "A mine on the tunnel road killed six people."),
        ])
        #expect(g[1] != g[0])
    }

    @Test func closeNumbersGivenTogetherByOneArticleAreTwoFacts() {
        let g = F.groups([
            F.claim("a.txt", 20, subject: "soldiers", sentence: "Twenty soldiers were killed at the border post."),
            F.claim(
                "a.txt", 23, subject: "soldiers", sentence: "Another 23 soldiers were killed at the border post.",
                start: 60),
            F.claim("b.txt", 23, subject: "soldiers", sentence: "At the border post 23 soldiers were killed."),
        ])
        #expect(g[0] != g[1] && g[1] == g[2])
    }

    @Test func twoClaimsOfOneSentenceAreTwoFacts() {
        let sentence = "They have more than 200 artillery guns and more than 200 mortars."
        let h = F.groups([
            F.claim("a.txt", category: .equipment, 200, .moreThan, subject: "artillery guns", sentence: sentence),
            F.claim("a.txt", category: .equipment, 200, .moreThan, subject: "weapons", sentence: sentence),
        ])
        #expect(h[0] != h[1])
    }

    @Test func groupIdsFollowInputOrder() {
        let g = F.groups([
            F.claim("a.txt", 7, subject: "soldiers"), F.claim("a.txt", 2, subject: "civilians", start: 30),
            F.claim("b.txt", 2, subject: "civilians"), F.claim("b.txt", 7, subject: "soldiers", start: 30),
        ])
        #expect(g == ["g1", "g2", "g2", "g1"])
    }

    @Test func seedGoldClaimsGroupAsTheGoldSays() throws {
        let (gold, optional, articles) = try F.goldClaims()
        let required = gold.filter { !$0.optional }
        let report = ReportBuilder().build(articles: articles, claims: gold.map(\.claim))
        let predicted = zip(gold, report.claims).filter { !$0.0.optional }.map { $0.1.group }
        let score = F.pairwise(gold: required.map(\.group), optional: optional, predicted: predicted)
        #expect(score.f1 >= 0.95, "pairwise grouping P=\(score.p) R=\(score.r) F1=\(score.f1)")
    }
}

@Suite struct SubjectKindTests {
    typealias F = ReportFixtures

    @Test func unknownWordsForPeopleFitAKnownKindOfPeople() {
        let g = F.groups([
            F.claim("a.txt", 4, subject: "police officers"), F.claim("b.txt", 4, subject: "new recruits"),
            F.claim("c.txt", 4, subject: "tunnel staff"),
        ])
        #expect(Set(g) == ["g1"])
    }

    @Test func unknownWordsForThingsMustBeTheSameWord() {
        let g = F.groups([
            F.claim("a.txt", category: .equipment, 5, subject: "howitzers"),
            F.claim("b.txt", category: .equipment, 5, subject: "boats"),
            F.claim("c.txt", category: .equipment, 5, subject: "boats"),
        ])
        #expect(g[0] != g[1] && g[1] == g[2])
    }

    @Test func theHeadNounsKindWinsOverAModifiers() {
        let table = SubjectKindTable.standard
        #expect(table.kind(of: "fighter jets").id == "aircraft")
        #expect(table.kind(of: "naval vessels").id == table.kind(of: "ships").id)
        #expect(table.kind(of: "fighters").id == "military")
        // A generic head noun does not take over: the specific modifier still names the kind.
        #expect(table.kind(of: "police officers").id == table.kind(of: "police").id)
    }
}

@Suite struct KindsFileTests {
    @Test func aNewsroomKindsFileIsTriedFirst() throws {
        let rows = try SubjectKindTable.parse(
            """
            # our words
            medics | medical staff | people, family=care | medic, ambulance crew
            carers | carers | people, family=care | carer
            """)
        #expect(rows.count == 2)
        let table = SubjectKindTable.standard.prepending(rows)
        #expect(table.kind(of: "two ambulance crew members").id == "medics")
        #expect(table.kind(of: "carers").match(table.kind(of: "medics")) == .sameFamily)
        #expect(table.kind(of: "police officers").id == "police")
    }

    @Test func aBadKindsLineIsNamed() {
        #expect(throws: SubjectKindTable.ParseError(line: 2, detail: "expected 'id | label | flags | phrases'")) {
            try SubjectKindTable.parse("ok | ok | | word\nnot a row")
        }
        #expect(throws: SubjectKindTable.ParseError.self) { try SubjectKindTable.parse("x | x | loud | word") }
    }
}
