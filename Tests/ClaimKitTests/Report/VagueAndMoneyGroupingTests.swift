import Testing

@testable import ClaimKit

/// Vague plural amounts ("dozens") and sums of money worded for different purposes.
@Suite struct VagueAndMoneyGroupingTests {
    typealias F = ReportFixtures

    // MARK: vague amounts

    @Test func vagueWordsAreReadBackFromTheSentenceWithTheirSpan() {
        let dozens = VagueAmount.of(
            F.claim("a.txt", category: .injured, 12, .about, subject: "", sentence: "Floods: 20 dead, dozens hurt"))
        #expect(dozens?.words == "dozens")
        #expect(dozens?.interval == ValueInterval(lower: 12, upper: 99))
        let hundreds = VagueAmount.of(
            F.claim(
                "a.txt", category: .injured, 100, .about, subject: "people",
                sentence: "The quake killed 58, with hundreds more injured."))
        #expect(hundreds?.interval == ValueInterval(lower: 100, upper: 999))
        let tens = VagueAmount.of(
            F.claim(
                "a.txt", category: .displaced, 10_000, .about, subject: "people",
                sentence: "Tens of thousands of people fled."))
        #expect(tens?.words == "tens of thousands")
        #expect(tens?.interval == ValueInterval(lower: 10_000, upper: 99_999))
        let huge = VagueAmount.of(
            F.claim(
                "a.txt", category: .displaced, 100_000, .about, subject: "people",
                sentence: "Hundreds of thousands of people have fled since March."))
        #expect(huge?.words == "hundreds of thousands")
        #expect(huge?.interval == ValueInterval(lower: 100_000, upper: 999_999))
        #expect(
            VagueAmount.of(
                F.claim("a.txt", 12, .moreThan, subject: "people", sentence: "More than a dozen people died.")) == nil)
    }

    @Test func aNumberWrittenAsANumberIsNotVague() {
        #expect(
            VagueAmount.of(F.claim("a.txt", 12, .about, subject: "people", sentence: "About 12 people were killed."))
                == nil)
        #expect(
            VagueAmount.of(
                F.claim("a.txt", 12, .about, subject: "people", sentence: "About a dozen people were killed.")) == nil)
        // The sentence holds the word, but the claim's number is written out too.
        #expect(
            VagueAmount.of(
                F.claim(
                    "a.txt", 100, .about, subject: "homes",
                    sentence: "About 100 homes were destroyed and hundreds of people hurt.")) == nil)
        // A value the word is not coded with.
        #expect(
            VagueAmount.of(
                F.claim("a.txt", 38, .atLeast, subject: "people", sentence: "Dozens died, at least 38 people.")) == nil)
        // Money is never a vague count.
        #expect(
            VagueAmount.of(
                F.claim(
                    "a.txt", category: .money, 100, .about, unit: "USD", subject: "",
                    sentence: "Hundreds of donors gave $100.")) == nil)
    }

    /// A fact with a number that `article` shares with the other articles of the story.
    private func sharedFact(_ article: String) -> Claim {
        F.claim(
            article, 23, subject: "people", sentence: "At least 23 people were killed by the river floods.", start: 500)
    }

    @Test func dozensGroupsWithANumberInItsSpanAndTheNumbersAreFlagged() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim(
                    "a.txt", category: .injured, 12, .about, subject: "",
                    sentence: "River floods: more than 20 dead, dozens hurt"),
                F.claim(
                    "b.txt", category: .injured, 41, subject: "people", sentence: "The river floods injured 41 people."),
                F.claim(
                    "c.txt", category: .injured, 40, .moreThan, subject: "people",
                    sentence: "More than 40 people were injured in the floods."),
                sharedFact("a.txt"), sharedFact("b.txt"), sharedFact("c.txt"),
            ])
        let injured = report.claims.filter { $0.category == .injured }
        #expect(Set(injured.map(\.group)).count == 1)
        let group = report.groups.first { $0.id.rawValue == injured[0].group }
        #expect(group?.differences.map(\.kind).contains(.number) == true)
    }

    @Test func aVagueAmountMeetsANumberOfAnotherArticleOnlyWithinOneStory() {
        // Same day, same category, but nothing else links the two articles: two events.
        let apart = F.groups([
            F.claim("a.txt", 12, .about, subject: "", sentence: "Dozens dead in market bombing"),
            F.claim("b.txt", 38, .atLeast, subject: "people", sentence: "The earthquake killed at least 38 people."),
        ])
        #expect(apart[0] != apart[1])
        let linked = F.groups([
            F.claim("a.txt", 12, .about, subject: "", sentence: "Dozens killed in market bombing"),
            F.claim("b.txt", 38, .atLeast, subject: "people", sentence: "The bombing killed at least 38 people."),
            F.claim(
                "a.txt", category: .money, 5_000_000, unit: "USD", subject: "aid",
                sentence: "The city pledged $5 million in aid.", start: 300),
            F.claim(
                "b.txt", category: .money, 5_000_000, unit: "USD", subject: "relief",
                sentence: "Officials set aside $5m for relief.", start: 300),
        ])
        #expect(linked[0] == linked[1])
    }

    @Test func vagueSpanStillKeepsOutNumbersBeyondIt() {
        let g = F.groups([
            F.claim(
                "a.txt", category: .injured, 12, .about, subject: "people",
                sentence: "Dozens of people were hurt in the blast."),
            F.claim("b.txt", category: .injured, 412, subject: "people", sentence: "The blast hurt 412 people."),
            F.claim(
                "c.txt", category: .injured, 100, .about, subject: "people",
                sentence: "Hundreds of people were hurt in the blast."),
            sharedFact("a.txt"), sharedFact("b.txt"), sharedFact("c.txt"),
        ])
        #expect(g[0] != g[1])
        #expect(g[1] == g[2])
        #expect(g[0] != g[2])
    }

    @Test func aVagueAmountAndANumberInOneArticleGroupWhenTheyFit() {
        let g = F.groups([
            F.claim("a.txt", 12, .about, subject: "", sentence: "Dozens killed in market bombing"),
            F.claim(
                "a.txt", 38, .atLeast, subject: "people",
                sentence: "The bombing killed at least 38 people, officials said.", start: 40),
        ])
        #expect(g[0] == g[1])
    }

    @Test func aVagueAmountIsShownInItsOwnWordsAndNamesTheFactOnlyWithoutANumber() {
        let vague = F.claim(
            "a.txt", category: .injured, 100, .about, subject: "people",
            sentence: "Hundreds of people were hurt in the blast.")
        #expect(NumberText.claimValue(vague) == "hundreds")
        #expect(
            NumberText.claimValue(F.claim("a.txt", 100, .about, subject: "people", sentence: "About 100 people died."))
                == "about 100")
        #expect(SentenceHighlighter.html(vague).contains("<mark>Hundreds</mark>"))
        let alone = ReportBuilder().build(articles: [], claims: [vague])
        #expect(alone.groups[0].summary == "injured: hundreds of people")
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                vague,
                F.claim(
                    "a.txt", category: .injured, 412, subject: "people", sentence: "The blast hurt 412 people.",
                    start: 60),
            ])
        #expect(report.groups.count == 1)
        #expect(report.groups[0].valueText == "412")
        let numbers = report.groups[0].differences.first { $0.kind == .number }
        #expect(numbers?.variants.map(\.text) == ["hundreds", "412"])
        // "about" is how the word is coded, not a hedge the outlet used.
        #expect(!report.groups[0].differences.map(\.kind).contains(.hedge))
    }

    // MARK: money

    @Test func purposeWordsDoNotSplitOneSum() {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim(
                    "a.txt", category: .money, 12_000_000, unit: "USD", subject: "emergency aid",
                    sentence: "The government pledged $12 million in emergency aid for the Kakheti floods."),
                F.claim(
                    "b.txt", category: .money, 12_000_000, unit: "USD", subject: "emergency relief",
                    sentence: "The government has set aside $12m for emergency relief after the Kakheti floods."),
                F.claim(
                    "c.txt", category: .money, 12_000_000, .about, unit: "USD", subject: "help",
                    sentence: "Officials promised some $12 million in help to victims of the Kakheti floods."),
                F.claim(
                    "d.txt", category: .money, 12_000_000, unit: "USD", subject: "package",
                    sentence: "A $12 million package for the Kakheti floods was approved."),
            ])
        #expect(report.groups.count == 1)
        let kinds = report.groups[0].differences.map(\.kind)
        #expect(kinds.contains(.subject))
        #expect(!kinds.contains(.omission))
        #expect(!kinds.contains(.subjectKind))
    }

    @Test func sumsWithDifferentPurposesAreNotOneDisputedSum() {
        let g = F.groups([
            F.claim(
                "a.txt", category: .money, 45_000_000, unit: "USD", subject: "reconstruction",
                sentence: "The bank approved $45 million for reconstruction of the grid."),
            F.claim(
                "b.txt", category: .money, 50_000_000, unit: "USD", subject: "weapons",
                sentence: "The allies approved $50 million for weapons for the grid defence."),
        ])
        #expect(g[0] != g[1])
    }

    @Test func sameSumInAnotherCurrencyOrAmountStaysApart() {
        let g = F.groups([
            F.claim("a.txt", category: .money, 12_000_000, unit: "USD", subject: "aid"),
            F.claim("b.txt", category: .money, 12_000_000, unit: "EUR", subject: "relief"),
            F.claim(
                "c.txt", category: .money, 20_000_000, unit: "USD", subject: "relief",
                sentence: "Donors gave $20 million."),
        ])
        #expect(Set(g).count == 3)
    }
}
