import Testing

@testable import ClaimKit

/// Precision-audit classes (issue 10, seed 9090): sums that continue or restate another sum, a
/// noun set off from its sum, a listing participle after a comma, and pounds that weigh a person.
/// Sentences are made up in the wording of the classes.
@Suite struct MoneyScaleTests {
    @Test func aStepOnAChargesScaleTakesTheCharge() {
        #expect(
            moneySubjects("Parking fines for lorries, starting at £100 for a first breach, rise to £900 for a third.")
                == ["100 Parking fines", "900 Parking fines"])
        #expect(
            moneySubjects(
                "Drivers could get a fixed penalty notice of £200 for speeding, rising to £2,000 for a repeat.")
                == ["200 fixed penalty notice", "2000 fixed penalty notice"])
        #expect(
            moneySubjects("Late fees for the library are to be increased to a maximum of $40 for adult members.")
                == ["40 Late fees"])
    }

    @Test func aStepWithoutAChargeKeepsItsPurpose() {
        // No charge before the step: "for X" still names what the sum is for.
        #expect(
            moneySubjects("The budget is rising to $40 million for new schools.").allSatisfy { $0.hasSuffix("schools") }
        )
        // A charge in the sentence, but the sum is no step on a scale.
        #expect(
            moneySubjects("The fines were dropped, and the city paid $5,000 for legal costs.") == ["5000 legal costs"])
    }

    @Test func alternativesInABracketShareTheFirstSumsSubject() {
        #expect(
            moneySubjects("Rumours put his net worth of $9 million (or $4 million or $2 million) too high.")
                == ["9000000 net worth", "4000000 net worth", "2000000 net worth"])
        // An "or" outside a bracket offers no alternative sum of the same thing.
        #expect(
            moneySubjects("Lunch costs $9 or a voucher, and dinner $40 or more.").allSatisfy {
                !$0.hasSuffix(" Lunch") || $0.hasPrefix("9 ")
            })
    }

    @Test func aNounAfterASumSetOffFromItsDeterminer() {
        #expect(
            moneySubjects(
                "They want relief from tariffs imposed on an earlier, $50 billion list of steel and aluminum goods.")
                == ["50000000000 list of steel and aluminum goods"])
        #expect(moneySubjects("The 3-million-euro ($3.3 million) bridge opened in May.").last == "3300000 bridge")
        #expect(moneySubjects("The 40-million-yuan (US$5.6-million) dam was built.").last == "5600000 dam")
        // A bracketed sum after a sum used as no modifier is not set off: nothing after it is its noun.
        #expect(
            moneySubjects("The city paid 3 million euros ($3.3 million) last year.").allSatisfy {
                !$0.hasSuffix("year")
            })
    }

    @Test func aListingParticipleAfterACommaNamesTheThing() {
        #expect(
            moneySubjects("Try the braided USB-C cable, available in three lengths from $8 to $15.")
                == ["8 braided USB-C cable", "15 braided USB-C cable"])
        // A participle that is not set off by a comma is no listing of the noun before it.
        #expect(moneySubjects("Tickets are on sale now from $20.").allSatisfy { !$0.contains("now") })
    }

    @Test func poundsAfterAWeightVerbAreAWeight() {
        #expect(moneySubjects("At his last check-up he clocked in at 210 pounds.").isEmpty)
        #expect(moneySubjects("The boxer tipped the scales at 160 pounds.").isEmpty)
        // Pounds with a money context stay sterling.
        #expect(extract("The repair bill clocked in at £600.").map(\.unit) == ["GBP"])
    }

    @Test func anEarlierValueComparedWithASumTakesItsSubject() {
        #expect(
            moneySubjects(
                "The average price of a used car in May was $21,500, up from $19,800 a year ago and from $17,000 in 2017."
            )
                == ["21500 average price", "19800 average price", "17000 average price"])
        #expect(
            moneySubjects("Farm exports to Japan fell to $4.2 billion in 2019, down from $5.1 billion the year before.")
                == ["4200000000 Farm exports to Japan", "5100000000 Farm exports to Japan"])
        // "from" after no word of comparison is a range or a source, not an earlier value.
        #expect(moneySubjects("The charity got $500 from a donor after it spent $300.").first != "500 charity")
    }

    @Test func aSumRestatingAPercentChangeMeasuresTheVerbsObject() {
        #expect(
            moneySubjects("The new levy could reduce exports by 2 percent or $4 billion.") == ["4000000000 exports"])
        // Without "by N percent or", the object is not taken.
        #expect(
            moneySubjects("The new levy could reduce exports, costing $4 billion.").allSatisfy {
                !$0.hasSuffix("exports")
            })
    }
}
