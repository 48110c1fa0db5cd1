import Testing

@testable import ClaimKit

/// Money subjects set apart from the sum (s19 never-judged pool wording): a purpose past a span of
/// time, a purpose noun that opens with a measure, "with X sinking to $N", a price noun before
/// "from", a price in a bracket after a name, "can be had for" and "X, which it acquired for".
/// Sentences are made up in the wording of the classes. (Two helpers wrote rules for these the same
/// morning; the rules of `ClaimRules+MoneyPhrases` and `+MoneyPurposes` were kept, so these
/// sentences check them in other words: an offer's "on" phrase is what is priced.)
@Suite struct MoneyAsideTests {
    @Test func aPurposePastASpanOfTime() {
        #expect(
            moneySubjects(
                "The fund will spend $2 billion over the next three years to speed up the rollout of rural broadband.")
                == ["2000000000 rollout of rural broadband"])
        // A span of time alone names nothing.
        #expect(
            moneySubjects("The fund will spend $2 billion over the next three years.").allSatisfy {
                !$0.contains("years")
            })
    }

    @Test func aPurposeThatOpensWithAMeasure() {
        #expect(
            moneySubjects("The agency spending more than $90 million on a 12-mile light rail line asked for patience.")
                == ["90000000 12-mile light rail line"])
    }

    @Test func theNounOfWithXSinkingToTheSum() {
        #expect(
            moneySubjects("Sales have slowed, with imports from Mexico in the second quarter falling to $2.1 billion.")
                == ["2100000000 imports from Mexico"])
        // Without "with" the rule names nothing.
        #expect(moneySubjects("Sales have slowed, falling to $2.1 billion.").allSatisfy { !$0.contains("Sales") })
    }

    @Test func aPriceNounBeforeFromNamesThePrice() {
        #expect(moneySubjects("You can also find early pricing on Sonos speakers from $179.") == ["179 Sonos speakers"])
    }

    @Test func aPriceInABracketPricesTheNameBeforeIt() {
        #expect(
            moneySubjects(
                "I have been using the Netgear Orbi 6 Mesh System (regular $500, now on sale for $350) for a month."
            )
            .contains("350 Netgear Orbi 6 Mesh System"))
    }

    @Test func aPassiveVerbOfGettingHasItsSubject() {
        #expect(moneySubjects("Pixel 6 refurbs can be had for just over $300 this week.") == ["300 Pixel 6 refurbs"])
    }

    @Test func theAntecedentOfARelativeSaleClause() {
        #expect(
            moneySubjects("The group is cutting staff at Tidal, which it acquired for $300 million in 2021.")
                == ["300000000 Tidal"])
    }

    @Test func aLimitInABracketBoundsTheCopulasSubject() {
        #expect(moneySubjects("Cash balances are fully insured (up to $100k).") == ["100000 Cash balances"])
        // A bracket after a noun is no predicate's limit.
        #expect(
            moneySubjects("Cash balances (up to $100k) earn interest.").allSatisfy { !$0.contains("balances earn") })
    }
}
