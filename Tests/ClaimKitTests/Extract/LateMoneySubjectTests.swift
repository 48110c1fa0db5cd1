import Testing

@testable import ClaimKit

/// Money subjects of the s19 audit-pool classes: a verb of change's object before "to" and the sum,
/// a price per item, the holder of a value, a listed item after an earlier price, a purpose
/// infinitive's object after a possessive, a price noun after the sum, a record level, a clause a
/// sum opens ending in "in" and a plural, a sale verb's object before "for", two coordinated
/// names, and a shop after a listed price. Sentences are made up in the wording of the classes.
@Suite struct LateMoneySubjectTests {
    @Test func theObjectOfAVerbOfChangeBeforeToIsTheSubject() {
        #expect(
            moneySubjects(
                "The ministry wants to raise its annual grants to rural schools to well over $4 billion a year.")
                == ["4000000000 annual grants to rural schools"])
        // A pronoun object names nothing.
        #expect(moneySubjects("They want to raise it to $5 million.") == ["5000000 "])
    }

    @Test func aPricePerItemPricesTheNounBeforeItsPreposition() {
        #expect(moneySubjects("The festival has 30 local bands from just $5 each.") == ["5 local bands"])
        // Without "each" a "from" after a verb that sells nothing names nothing.
        #expect(moneySubjects("The festival has 30 local bands from just $5.") == ["5 "])
    }

    @Test func theHolderOfAValueBeforeWithIsTheSubject() {
        #expect(
            moneySubjects("The agency signed two consulting contracts with a combined maximum value of $80 million.")
                == ["80000000 two consulting contracts"])
        #expect(moneySubjects("A value of $80 million was set.") == ["80000000 "])
    }

    @Test func aListedItemAfterAnEarlierPriceHasTheSum() {
        #expect(
            moneySubjects("Best Buy discounts laptops from $300, Pixel 7 with case $420, TV deals, more")
                == ["300 laptops", "420 Pixel 7 with case"])
        // Without an earlier price before the comma the word before the sum is not an item.
        #expect(moneySubjects("Sales rose, profits $5 million") == ["5000000 "])
    }

    @Test func aPurposeInfinitivesObjectAfterAPossessiveIsTheSubject() {
        #expect(
            moneySubjects("The club will pay the agent nearly $2 million to renew her contract before the summer.")
                == ["2000000 contract"])
        // Nothing after the possessive pronoun: the clause subject stays.
        #expect(moneySubjects("The club will pay nearly $2 million to thank her.") == ["2000000 The club"])
    }

    @Test func aPriceNounAfterTheSumEndsItsPhrase() {
        #expect(
            moneySubjects(
                "That’s down from the usual $249 price tag and typical $199 spring advertised rate you’ll find at other shops."
            )
                == ["249 price tag", "199 spring advertised rate"])
        // Without a price noun the words after the sum are left alone.
        #expect(
            moneySubjects(
                "That’s down from the usual $249 price tag and typical $199 spring sale you’ll find at other shops.")
                == ["249 price tag", "199 "])
    }

    @Test func aThingDroppedToARecordLowHasThePriceAfterIt() {
        #expect(moneySubjects("The Galaxy Buds 2 fell to a new low on Walmart at only $89.") == ["89 Galaxy Buds 2"])
        #expect(moneySubjects("It dropped to a record low at $5.") == ["5 "])
    }

    @Test func aClauseTheSumOpensEndsInWhatTheMoneyIsIn() {
        #expect(
            moneySubjects("The agents were blunt: $20 million a month is flowing out of the region in bribes.")
                == ["20000000 bribes"])
        // A month is no thing the money is in.
        #expect(
            moneySubjects("The agents were blunt: $20 million a month is flowing out of the region in May.") == [
                "20000000 "
            ])
    }

    @Test func theObjectOfASaleVerbBeforeForIsWhatIsSold() {
        #expect(
            moneySubjects("The studio sold the network the rights to air the series “Harbor” for $12 million.")
                == ["12000000 rights to air the series “Harbor”"])
        #expect(
            moneySubjects(
                "The shop sells a compact 3-in-1 travel adapter with two ports for charging a phone over the cable for $15 less."
            ) == ["15 compact 3-in-1 travel adapter"])
        // A phrase after the object that belongs to it is kept as before.
        #expect(moneySubjects("The firm sold its stake in Uber for $5 billion.") == ["5000000000 stake in Uber"])
    }

    @Test func twoCoordinatedNamesAreBothBought() {
        #expect(
            moneySubjects("Investors welcomed the fund's purchase of The Herald and the Evening Post for $90 million.")
                == ["90000000 The Herald and the Evening Post"])
    }

    @Test func aShopAfterAListedPriceIsNoPurpose() {
        #expect(
            moneySubjects("Vintage prints of the poster from 1977 started at $350 on Etsy.")
                == ["350 Vintage prints of the poster"])
        // After a verb of spending the name after "on" is what the money bought.
        #expect(moneySubjects("Amazon spent $5 billion on Whole Foods.") == ["5000000000 Whole Foods"])
    }

    @Test func aPricingPhraseIsWhatIsListed() {
        #expect(
            moneySubjects("Early pricing on Sony's new headphones is now live at Target for $299.")
                == ["299 Early pricing on Sony's new headphones"])
    }
}
