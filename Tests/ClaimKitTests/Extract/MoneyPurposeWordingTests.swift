import Testing

@testable import ClaimKit

/// Precision-audit classes (issue 10, session 19): a purpose set off from its sum by a rate or a
/// span, a span of a thing, a number compound, a stop-word modifier, a coordination before a
/// preposition, payment nouns and model names after a sum. Sentences are made up.
@Suite struct MoneyPurposeWordingTests {
    @Test func anInfinitiveAfterASpanOrARateIsThePurpose() {
        #expect(
            moneySubjects(
                "The bank will invest $2 billion over the next five years to build up the supply of clean hydrogen.")
                == ["2000000000 supply of clean hydrogen"])
        #expect(moneySubjects("Members pay $90 a year to get priority boarding.") == ["90 priority boarding"])
        #expect(moneySubjects("Guests paid up to $400 a night for “luxury” suites.") == ["400 “luxury” suites"])
        // A recipient after "to" is no infinitive; a bare rate names nothing.
        #expect(moneySubjects("They give $200 a year to those in need.") == ["200 "])
        #expect(moneySubjects("Members pay $90 a year.").allSatisfy { !$0.contains("year") })
    }

    @Test func aSpanOfAThingNamesTheThing() {
        #expect(
            moneySubjects("The spa charges $45 for thirty minutes of hot stone massage.") == [
                "45 thirty minutes of hot stone massage"
            ])
        // A span of a year is no thing.
        #expect(moneySubjects("The spa charges $45 for three months of 2024.").allSatisfy { !$0.contains("2024") })
    }

    @Test func aNumberCompoundOpensThePurpose() {
        #expect(
            moneySubjects("The state is spending $80 million on a 12-mile light rail line.") == [
                "80000000 12-mile light rail line"
            ])
    }

    @Test func aStopWordModifierAndACoordinationKeepTheWholePurpose() {
        #expect(
            moneySubjects("The owner will pay $52,000 in back wages and penalties, officials said.") == [
                "52000 back wages and penalties"
            ])
        #expect(
            moneySubjects("The fund will put $2 billion in cash and shares into Acme.") == [
                "2000000000 cash and shares"
            ])
        // A second clause after "and" is not part of the purpose.
        #expect(moneySubjects("The fund will put $2 billion in cash and the firm will grow.") == ["2000000000 cash"])
    }

    @Test func aPaymentNounAfterTheSumIsWhatItIs() {
        #expect(moneySubjects("Both clubs received $100,000 fines.") == ["100000 fines"])
        // Another noun after the sum leaves the reading as it was.
        #expect(moneySubjects("The club paid $100,000 last week.").allSatisfy { !$0.contains("week") })
    }

    @Test func aModelNameRunsPastItsNumbers() {
        #expect(
            moneySubjects("The $29 Acme USB 2 to USB 3 converter works with it.") == [
                "29 Acme USB 2 to USB 3 converter"
            ])
        #expect(moneySubjects("The $999 Pixel 9 Pro is fast.") == ["999 Pixel 9 Pro"])
        // A time after the name is no part of it.
        #expect(moneySubjects("The $999 Pixel 3 days ago was cheaper.").allSatisfy { !$0.contains("days") })
    }

    @Test func aBracketBoundingAParticipleIsTheCopulasSubject() {
        #expect(moneySubjects("Savings deposits are state insured (up to $100k).") == ["100000 Savings deposits"])
        // A bracket after a noun is left to the price rules.
        #expect(moneySubjects("Deposits (up to $100k) are safe.").allSatisfy { !$0.hasSuffix("safe") })
    }

    @Test func aTimeBetweenASubjectAndItsVerbOfChangeIsSkipped() {
        #expect(
            moneySubjects("Sales fell, with imports from Peru in the second half of 2021 falling to $2.5 billion.")
                == ["2500000000 imports from Peru"])
    }

    @Test func aValuePhraseMeasuresTheNounBeforeIt() {
        #expect(
            moneySubjects("The airline placed an order of 20 cargo jets on Tuesday at a value of $4 billion.")
                == ["4000000000 order of 20 cargo jets"])
    }

    @Test func theLastVerbOfASeriesSharesTheSubject() {
        #expect(
            moneySubjects("Besides, a lack of nurses can slow care, requires overtime and costs $2 billion a year.")
                == ["2000000000 a lack of nurses"])
        // A pronoun opening the series names nothing.
        #expect(moneySubjects("It can slow care, requires overtime and costs $2 billion.") == ["2000000000 "])
    }
}
