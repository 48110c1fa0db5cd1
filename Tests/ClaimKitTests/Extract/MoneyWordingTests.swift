import Testing

@testable import ClaimKit

/// Precision-audit classes (issue 10, the money subjects first judged in session 19): wordings the
/// money cascade misread — an amount word before "of", a saving, a relative clause of buying,
/// "can be had for", a bracket's second price, "pricing on X from", "to the value of", a change
/// noun, a starred label, a payer. Sentences are made up in the wording of the classes.
@Suite struct MoneyWordingTests {
    @Test func anAmountWordBeforeOfIsNoSubject() {
        #expect(
            moneySubjects("The firm's annual sales rose 8 percent to a record of $12.5 billion.") == [
                "12500000000 firm's annual sales"
            ])
        // (An average of a sum whose borrower only is named names nothing.)
        #expect(
            moneySubjects("Most students borrowing an average of $30,000 say so.").allSatisfy {
                !$0.hasSuffix("average")
            })
        // A real noun before "of" stays the subject.
        #expect(moneySubjects("The bank reported revenue of $3 billion.") == ["3000000000 revenue"])
    }

    @Test func aSavingIsOnTheThingChosen() {
        #expect(moneySubjects("Save $40 if you buy the Deluxe Garden Edition.") == ["40 Deluxe Garden Edition"])
        #expect(
            moneySubjects("You can pick a $99.99 yearly membership plan, which saves you $20.").last
                == "20 yearly membership plan")
        // "if" without a verb of choosing names no thing.
        #expect(moneySubjects("Save $40 if it rains.") == ["40 "])
    }

    @Test func aRelativeClauseOfBuyingIsAboutItsNoun() {
        #expect(
            moneySubjects("The group cut jobs at Brightline, which it bought for $90 million in 2018.").last
                == "90000000 Brightline")
        // A relative clause with no sale verb is left to the other rules.
        #expect(
            moneySubjects("Jobs went at Brightline, which it runs for $90 million.").allSatisfy {
                !$0.hasSuffix("Brightline")
            })
    }

    @Test func canBeHadForNamesTheThingHad() {
        #expect(moneySubjects("Older Galaxy S9 phones can be had for under $300.") == ["300 Older Galaxy S9 phones"])
        #expect(moneySubjects("It can be had for $300.") == ["300 "])
    }

    @Test func aSecondPriceInAProductsBracketIsTheProducts() {
        #expect(
            moneySubjects("I tried the Acme Aero 5 Speaker (list $250, now on sale for $180) at home.")
                == ["250 Acme Aero 5 Speaker", "180 Acme Aero 5 Speaker"])
        // A bracket after lower-case words names no product.
        #expect(
            moneySubjects("We ate there (lunch was $20, dinner cost $45) twice.").allSatisfy { !$0.hasSuffix("there") })
    }

    @Test func pricingOnNamesTheThingPriced() {
        #expect(moneySubjects("You'll find holiday pricing on Nest cameras from $99.") == ["99 Nest cameras"])
        // "from" after a noun with no offer word stays unread.
        #expect(moneySubjects("There is funding available for Poland from $6 million.") == ["6000000 "])
    }

    @Test func toTheValueOfMeasuresTheNounBeforeIt() {
        #expect(
            moneySubjects("The firms took out credits from Delta Bank to the value of $2.4 billion.")
                == ["2400000000 credits from Delta Bank"])
    }

    @Test func aChangeNounNamesWhatChanges() {
        #expect(
            moneySubjects("The study found a drop in household real income of $900 million per month.")
                == ["900000000 drop in household real income"])
        #expect(
            moneySubjects("The plan seeks a reduction in battery pack costs from $0.40 today to $0.15 by 2030.")
                == ["0.4 battery pack costs", "0.15 battery pack costs"])
        // A money noun without a change before it still names the sum.
        #expect(moneySubjects("The council has income of $4 million.") == ["4000000 income"])
    }

    @Test func aStarredLabelNamesTheSum() {
        #expect(moneySubjects("ESTIMATED RESALE VALUE*: $850") == ["850 ESTIMATED RESALE VALUE"])
        #expect(moneySubjects("OUR ESTIMATED VALUE: $850").allSatisfy { !$0.hasSuffix("VALUE*") })
    }

    @Test func aPayerNamesNothing() {
        #expect(moneySubjects("Drivers caught speeding twice can be fined £2,500.") == ["2500 "])
        #expect(moneySubjects("Plan to pay $25") == ["25 "])
        // A subject before an active verb with a purpose keeps the purpose.
        #expect(moneySubjects("Plan to pay $25 for the parking permit.") == ["25 parking permit"])
    }

    @Test func aSaleInADealIsOfTheThingBought() {
        #expect(
            moneySubjects("Acme bought Rivertown Mills for $80 million in a deal backed by banks.") == [
                "80000000 Rivertown Mills"
            ])
        // Without a sale verb the deal is left to the other rules.
        #expect(
            moneySubjects("It closed for $80 million in a deal backed by banks.").allSatisfy { !$0.hasSuffix("Mills") })
    }

    @Test func aDiscountOffTwoJoinedNamesIsOffBoth() {
        #expect(moneySubjects("$15 Off Xbox Series S and Halo Bundle") == ["15 Off Xbox Series S and Halo Bundle"])
        // A lower-case second noun is not part of the name.
        #expect(moneySubjects("$15 off Xbox Series S and more") == ["15 off Xbox Series S"])
    }
}
