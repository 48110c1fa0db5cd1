import Testing

@testable import ClaimKit

/// Money subjects a verb of money names (s19 audit-pool classes): the verb's own "-ing" noun, a
/// participle's route after a vague sum, a purpose past an adverb, the sentence subject of a verb
/// of sudden change, a sum after "or" that restates a price per share, and a sale verb's object
/// past an appositive. Sentences are made up in the wording of the classes.
@Suite struct MoneyVerbSubjectTests {
    @Test func aProgressiveVerbOfMoneyNamesItsSum() {
        #expect(moneySubjects("If you bought both plans, you'd be spending about $30 per month.") == ["30 spending"])
        // Without a form of "be" before it the "-ing" word is no verb of the clause.
        #expect(moneySubjects("Paying $30 per month is too much.") == ["30 "])
    }

    @Test func aParticiplesRouteNamesAVagueSum() {
        #expect(
            extract("The exchange reported tens of millions of dollars moved through its two wallets daily.")
                .filter { $0.category == .money }.map(\.subject) == ["moved through its two wallets"])
        // A year after the preposition is no route.
        #expect(
            extract("The exchange reported tens of millions of dollars moved through 2019.")
                .filter { $0.category == .money }.map(\.subject) == [""])
    }

    @Test func aPurposePastAnAdverbAfterTheSum() {
        #expect(
            moneySubjects("Savers can move up to $3,000 pretax to a health savings account.")
                == ["3000 health savings account"])
        #expect(moneySubjects("Savers can move up to $3,000 pretax to a 457(b).") == ["3000 457(b)"])
        // An infinitive after the adverb is no recipient.
        #expect(moneySubjects("Savers can move up to $3,000 pretax to spend later.") == ["3000 "])
    }

    @Test func aSuddenChangeCarriesTheSentenceSubjectToTheSum() {
        #expect(
            moneySubjects(
                "Fares on routes out of the capital to Lisbon, Portugal, shot into the hundreds of dollars per seat.")
                == ["100 Fares"])
        // A reporting verb before the change: the opening words are the speaker, not the thing.
        #expect(moneySubjects("He said fares shot into the hundreds of dollars.") == ["100 "])
    }

    @Test func aSumAfterAPricePerShareIsTheSamePurchase() {
        #expect(
            moneySubjects(
                "The fund bought the remaining 40% stake owned by its founder, Jo Marsh, for $8 a share or $52 million."
            )
                == ["8 remaining 40% stake", "52000000 remaining 40% stake"])
    }

    @Test func theOfferingASumIsRaisedFromNamesIt() {
        #expect(
            moneySubjects(
                "The chipmaker hopes to raise up to $3bn (£2.4bn) from its long-awaited stock market listing in London."
            )
                == ["3000000000 long-awaited stock market listing"])
        // A giver after "from" is no offering: the raiser stays.
        #expect(
            moneySubjects("The startup raised $40 million from investors led by Sequoia.") == ["40000000 The startup"])
    }

    @Test func aThresholdLimitsTheNounBeforeIt() {
        #expect(moneySubjects("Shipping is free on all purchases above $35.") == ["35 purchases"])
        // A verb before the hedge is no noun.
        #expect(moneySubjects("The kit now sells over $35.").allSatisfy { !$0.hasSuffix("sells") })
    }
}
