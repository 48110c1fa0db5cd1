import Testing

@testable import ClaimKit

@Suite struct DifferenceTests {
    typealias F = ReportFixtures

    private func differences(_ claims: [Claim]) -> [FactDifference] {
        let report = ReportBuilder().build(articles: [], claims: claims)
        #expect(report.groups.count >= 1)
        return report.groups[0].differences
    }

    @Test func attributedVersusOwnVoiceIsShownWithTheOutlets() {
        let d = differences([
            F.claim("a.txt", outlet: "A", 4, subject: "police officers", speaker: "Azerbaijan"),
            F.claim("b.txt", outlet: "B", 4, subject: "police officers"),
        ])
        let attribution = d.first { $0.kind == .attribution }
        #expect(attribution?.variants.map(\.text) == ["attributed", "own voice (unattributed)"])
        #expect(attribution?.variants.map(\.outlets) == [["A"], ["B"]])
    }

    @Test func anUnattributedHeadlineOverAnAttributedBodyIsAttribution() {
        let d = differences([
            F.claim("a.txt", outlet: "A", 4, subject: "police officers", sentence: "Four police officers killed"),
            F.claim("a.txt", outlet: "A", 4, subject: "police officers", speaker: "Baku", start: 30),
            F.claim("b.txt", outlet: "B", 4, subject: "police officers", speaker: "Baku"),
        ])
        #expect(!d.contains { $0.kind == .attribution })
    }

    @Test func missingSubjectsAreNoWordingDifference() {
        let d = differences([
            F.claim("a.txt", outlet: "A", 9, subject: "", sentence: "Nine killed in floods"),
            F.claim("b.txt", outlet: "B", 9, subject: "people"),
        ])
        #expect(!d.contains { $0.kind == .subject })
    }

    @Test func differentSpeakersAreShown() {
        let d = differences([
            F.claim("a.txt", outlet: "A", 4, subject: "police officers", speaker: "Azerbaijan"),
            F.claim("b.txt", outlet: "B", 4, subject: "police officers", speaker: "the security service"),
            F.claim("c.txt", outlet: "C", 4, subject: "police officers", speaker: "azerbaijan"),
        ])
        let speakers = d.first { $0.kind == .speaker }
        #expect(speakers?.variants.map(\.text) == ["Azerbaijan", "the security service"])
        #expect(speakers?.variants[0].outlets == ["A", "C"])
        #expect(!d.contains { $0.kind == .attribution })
    }

    @Test func hedgesAndNumbersAreSeparateDifferences() {
        let d = differences([
            F.claim("a.txt", outlet: "A", category: .casualties, 300, .moreThan, subject: "nationals"),
            F.claim("b.txt", outlet: "B", category: .casualties, 300, .about, subject: "nationals"),
            F.claim("c.txt", outlet: "C", category: .casualties, 310, subject: "nationals"),
        ])
        #expect(d.first { $0.kind == .number }?.variants.map(\.text) == ["300", "310"])
        #expect(d.first { $0.kind == .hedge }?.variants.map(\.text) == ["more than", "about", "no hedge"])
    }

    @Test func subjectWordingIgnoresCaseAndArticles() {
        let d = differences([
            F.claim("a.txt", outlet: "A", 4, subject: "the police officers"),
            F.claim("b.txt", outlet: "B", 4, subject: "Police officers"),
        ])
        #expect(!d.contains { $0.kind == .subject })
    }

    @Test func omissionsNameOutletsThatCoveredTheStoryButNotTheFact() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim("a.txt", outlet: "A", 4, subject: "police officers"),
                F.claim("a.txt", outlet: "A", 2, subject: "civilians", start: 50),
                F.claim("b.txt", outlet: "B", 4, subject: "police officers"),
                F.claim("c.txt", outlet: "C", published: "2021-01-01", 9, subject: "soldiers"),
            ])
        let civilians = report.groups.first { $0.valueText == "2" }!
        let omission = civilians.differences.first { $0.kind == .omission }
        #expect(omission?.variants.flatMap(\.outlets) == ["B"])
        let police = report.groups.first { $0.valueText == "4" }!
        #expect(!police.differences.contains { $0.kind == .omission })
    }

    @Test func anOmissionByAShortArticleSaysItIsShort() {
        let long = Array(repeating: "Words about the blast and the police officers.", count: 30).joined(separator: " ")
        let articles = [
            Article(path: "a.txt", outlet: "A", published: "2023-09-19", paragraphs: [long]),
            Article(path: "b.txt", outlet: "B", published: "2023-09-19", paragraphs: ["Four police officers died."]),
        ]
        let report = ReportBuilder().build(
            articles: articles,
            claims: [
                F.claim("a.txt", outlet: "A", 4, subject: "police officers"),
                F.claim("a.txt", outlet: "A", 2, subject: "civilians", start: 50),
                F.claim("b.txt", outlet: "B", 4, subject: "police officers"),
            ])
        let omission = report.groups.first { $0.valueText == "2" }?.differences.first { $0.kind == .omission }
        #expect(omission?.variants.map(\.text) == ["omitted (article text only 4 words)"])
    }

    @Test func differenceCountsAddUpOverGroups() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim("a.txt", outlet: "A", 4, subject: "police officers", speaker: "X"),
                F.claim("b.txt", outlet: "B", 4, subject: "police officers"),
                F.claim("a.txt", outlet: "A", 2, subject: "civilians", speaker: "X", start: 50),
                F.claim("b.txt", outlet: "B", 2, subject: "civilians", start: 50),
            ])
        #expect(report.differenceCounts.first { $0.kind == .attribution }?.count == 2)
    }

    @Test func aShorterFormOfOneSpeakerIsNotADifferentSpeaker() {
        let d = differences([
            F.claim("a.txt", outlet: "A", 4, subject: "people", speaker: "Governor"),
            F.claim("a.txt", outlet: "A", 4, subject: "people", speaker: "regional governor Anna Berg", start: 30),
            F.claim("b.txt", outlet: "B", 4, subject: "people", speaker: "Ms. Berg"),
            F.claim("c.txt", outlet: "C", 4, subject: "people", speaker: "the regional governor"),
        ])
        #expect(!d.map(\.kind).contains(.speaker))
        let withOther = differences([
            F.claim("a.txt", outlet: "A", 4, subject: "people", speaker: "Governor"),
            F.claim("b.txt", outlet: "B", 4, subject: "people", speaker: "regional governor Anna Berg"),
            F.claim("c.txt", outlet: "C", 4, subject: "people", speaker: "the army"),
        ])
        let speakers = withOther.first { $0.kind == .speaker }
        #expect(speakers?.variants.map(\.text) == ["regional governor Anna Berg", "the army"])
        #expect(speakers?.variants[0].outlets == ["A", "B"])
    }

    @Test func aShortNameThatFitsTwoSpeakersKeepsThemApart() {
        let d = differences([
            F.claim("a.txt", outlet: "A", 4, subject: "people", speaker: "officials"),
            F.claim("b.txt", outlet: "B", 4, subject: "people", speaker: "Western officials"),
            F.claim("c.txt", outlet: "C", 4, subject: "people", speaker: "Eastern officials"),
            F.claim("d.txt", outlet: "D", 4, subject: "people", speaker: "the health ministry"),
            F.claim("e.txt", outlet: "E", 4, subject: "people", speaker: "the interior ministry"),
        ])
        let speakers = d.first { $0.kind == .speaker }
        #expect(
            speakers?.variants.map(\.text) == [
                "officials", "Western officials", "Eastern officials", "the health ministry", "the interior ministry",
            ])
    }
}

@Suite struct SubjectWordingTests {
    typealias F = ReportFixtures

    @Test func aFactIsNamedByASubjectInsideASentenceRatherThanOneCapitalisedAtItsStart() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim("a.txt", 58, subject: "Death toll", sentence: "Death toll from the quake climbs to 58"),
                F.claim(
                    "a.txt", 58, subject: "death toll", sentence: "The death toll rose to 58, officials said.",
                    start: 40),
            ])
        #expect(report.groups.count == 1)
        #expect(report.groups[0].summary == "killed: 58 death toll")
    }

    @Test func leadingNamesAreNotAWordingDifference() {
        #expect(DifferenceFinder.withoutLeadingNames("Azerbaijani police officers") == "police officers")
        #expect(
            DifferenceFinder.withoutLeadingNames("the Azerbaijani Armed Forces")
                == "the Azerbaijani Armed Forces".split(separator: " ").dropFirst().joined(separator: " "))
        #expect(
            DifferenceFinder.withoutLeadingNames("employees of the Ministry of Internal Affairs")
                == "employees of the Ministry of Internal Affairs")
        #expect(DifferenceFinder.withoutLeadingNames("Citizens") == "Citizens")
    }
}
