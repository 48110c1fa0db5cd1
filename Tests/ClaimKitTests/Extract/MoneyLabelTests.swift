import Testing

@testable import ClaimKit

/// Precision-audit classes (issue 10, seed 5151): a label before a colon, "to the tune of", a list
/// after "include", a coordinated purpose, a possessive's owned name, "for prices starting at" and
/// a noun after the sum's currency word ("a $75.3 billion dollar hit").
/// Sentences are made up in the wording of the classes.
@Suite struct MoneyLabelTests {
    @Test func aLabelBeforeAColonNamesTheSum() {
        #expect(moneySubjects("Reviewed by: Anna Berg MSRP: $89.99 Website: www.example.com") == ["89.99 MSRP"])
        #expect(moneySubjects("Monthly fee: $12.50") == ["12.5 Monthly fee"])
        // A record's generic "Value" key stands for the key of the record it is in.
        #expect(
            moneySubjects(#"{ "Name": "Jo", "Savings (net)": { "Value": "$4,100", "Margin": "$90" } }"#)
                == ["4100 Savings (net)", "90 Margin"])
        // A colon after a sentence's words is no label.
        #expect(
            moneySubjects("He said the answer was simple: $5 would be enough.").allSatisfy { !$0.contains("simple") })
    }

    @Test func theNounBeforeToTheTuneOfIsTheSubject() {
        #expect(
            moneySubjects("The funds were spent on grants to schools damaged by the storm, to the tune of $4 billion.")
                == ["4000000000 grants"])
        // Without a money verb before the comma the rule names nothing.
        #expect(moneySubjects("Officials praised the schools, to the tune of $4 billion.") != ["4000000000 schools"])
    }

    @Test func aListedItemAfterIncludeHasThePrice() {
        #expect(
            moneySubjects("This week's picks include several Dell laptops from $450 at Walmart.") == [
                "450 several Dell laptops"
            ])
        // Without "include" nothing before "from" is named.
        #expect(moneySubjects("Funding available for Poland from $6.1 million.") == ["6100000 "])
    }

    @Test func aCoordinatedPurposeKeepsBothNouns() {
        #expect(
            moneySubjects("The studio is spending more than $2 billion on research and marketing to keep its lead.")
                == ["2000000000 research and marketing"])
        // A second clause after "and" is not part of the purpose.
        #expect(moneySubjects("The firm spent $5 million on software and hired 40 staff.") == ["5000000 software"])
    }

    @Test func aPossessivesOwnedNameIsPartOfThePurpose() {
        #expect(
            moneySubjects(
                "The museum paid 12 million euros to acquire Claude Monet’s 1872 The Harbour for its collection.")
                == ["12000000 Claude Monet’s 1872 The Harbour"])
        #expect(
            moneySubjects("The city set aside $40 million to buy the club's stadium.") == ["40000000 club's stadium"])
        // A purpose without a possessive is read as before.
        #expect(moneySubjects("The city set aside $40 million to buy the stadium.") == ["40000000 stadium"])
    }

    @Test func whatIsOfferedForPricesStartingAtIsTheSubject() {
        #expect(
            moneySubjects(
                "The Pixel 9 is the cheapest phone of the range, packing 8 GB of memory for prices starting at $599.")
                == ["599 The Pixel 9"])
        #expect(
            moneySubjects("The shop sells refurbished tablets for prices starting at $120.") == [
                "120 refurbished tablets"
            ])
        // A pronoun opening the sentence names nothing.
        #expect(moneySubjects("It is the cheapest, packing 8 cores for prices starting at $599.") == ["599 "])
    }

    @Test func aNounAfterTheCurrencyWordIsTheSubject() {
        #expect(
            moneySubjects("That would mean a $12.5 billion dollar blow to regional trade, she said.")
                == ["12500000000 blow to regional trade"])
        #expect(moneySubjects("They signed a 40 million euro contract.") == ["40000000 contract"])
        #expect(moneySubjects("It was a $2 billion dollar hit on farm incomes.") == ["2000000000 hit on farm incomes"])
        // "dollars of" keeps its old reading: the noun after "of".
        #expect(
            moneySubjects("The band is owed $7.9 million dollars of unpaid royalties.") == ["7900000 unpaid royalties"])
    }
}
