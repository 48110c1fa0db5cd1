import Testing

@testable import ClaimKit

/// One test per rule of `NotClaimRules.table`: what it rejects, and a count next to it that it keeps.
@Suite struct NotClaimRuleTests {
    @Test func gluedToName() {
        #expect(rejected(by: GluedToName(), in: "COVID-19 killed 19 people.") == ["19"])
        #expect(rejected(by: GluedToName(), in: "It flew an Il-76 with 40 troops.") == ["76"])
    }
    @Test func afterAnotherNumber() {
        #expect(rejected(by: AfterAnotherNumber(), in: "In 2019 12 people died.") == ["12"])
    }
    @Test func gluedSuffix() {
        #expect(rejected(by: GluedSuffix(), in: "In the 1990s, 40% of 300 soldiers left.") == ["1990", "40"])
    }
    @Test func yearNumber() {
        #expect(rejected(by: YearNumber(), in: "In 2024, 2000 troops arrived.") == ["2024"])
        // a year after a determiner before a capitalised name, even when a counted noun word follows
        #expect(
            rejected(by: YearNumber(), in: "It joined the 1997 Landmine Ban Treaty as 2000 Ukrainian soldiers left.")
                == ["1997"])
    }
    @Test func bareFraction() {
        #expect(rejected(by: BareFraction(), in: "It rose 2.5 as 2.5 million people fled.") == ["2.5"])
    }
    @Test func ageInApposition() {
        #expect(rejected(by: AgeInApposition(), in: "John Smith, 34, was among 34 people killed.") == ["34"])
        #expect(rejected(by: AgeInApposition(), in: "John Smith (34) was hurt.") == ["34"])
    }
    @Test func labelBefore() {
        #expect(rejected(by: LabelBefore(), in: "Flight 17 carried 17 crew.") == ["17"])
    }
    @Test func unitAfter() {
        #expect(
            rejected(by: UnitAfter(), in: "After 44 days, 44 soldiers and a 34-year-old were freed at 4 am.") == [
                "44", "34", "4",
            ])
    }
    @Test func noValue() {
        #expect(
            rejected(by: NoValue(), in: "123456789012345678901 people and 12 soldiers.") == ["123456789012345678901"])
    }
    @Test func oneAsPronoun() {
        #expect(rejected(by: OneAsPronoun(), in: "No one was hurt; one soldier died.") == ["one"])
        #expect(rejected(by: OneAsPronoun(), in: "They blamed one another.") == ["one"])
    }
}
