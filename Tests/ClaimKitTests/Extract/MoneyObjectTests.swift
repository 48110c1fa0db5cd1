import Testing

@testable import ClaimKit

/// Precision-audit classes (issue 10, seeds 777, 4242, 9090): who gets a sum and who earns it, what
/// "sold it for" sells, a part of a thing as a purpose, and writing that is not priced. Sentences
/// are made up in the wording of the classes.
@Suite struct MoneyObjectTests {
    @Test func aPurposeAfterARecipientComesFirst() {
        #expect(
            moneySubjects("The board will grant $2 million to the City Arts Council for a new concert hall.")
                == ["2000000 concert hall"])
        // An infinitive after "to" is the purpose itself, not a recipient.
        #expect(moneySubjects("The bank will provide $300 million to rebuild the harbour.") == ["300000000 harbour"])
        // With no purpose after it, the recipient stays the subject.
        #expect(moneySubjects("The city will give $2 million to the Rowan Trust.") == ["2000000 Rowan Trust"])
        // Without a verb of giving, "to X" stays the purpose.
        #expect(moneySubjects("The city added $5 million to the school fund.").allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func aParticipleClausesSumIsTheSentenceSubjects() {
        #expect(
            moneySubjects("The sequel was panned by critics and flopped, making $410,000 in its first week.")
                == ["410000 The sequel"])
        // A pronoun opening the sentence names nothing.
        #expect(moneySubjects("He worked nights at the depot, making $30,000 a year.") == ["30000 "])
    }

    @Test func soldItSellsTheNounOfTheRelativeClause() {
        #expect(
            moneySubjects(
                "The museum bought The Night Harbour, a 1660 canvas that broke records when a dealer sold it for $9 million."
            )
                == ["9000000 The Night Harbour"])
        #expect(
            moneySubjects(
                "They kept the old farmhouse that the family bought in 1990 before an investor sold it for $2 million.")
                == ["2000000 old farmhouse"])
        // "it" after no sale verb is no object.
        #expect(moneySubjects("Critics said it was worth $40.").allSatisfy { !$0.contains("Critics") })
    }

    @Test func aPartOfAThingIsItsPurpose() {
        #expect(
            moneySubjects(
                "The fund paid $4 billion for shareholders, including $1 billion for some of the founder's shares."
            )
            .last
                == "1000000000 some of the founder's shares")
        // "some" with no "of" is a hedge, not a part.
        #expect(moneySubjects("They paid $5 for some coffee.") == ["5 "])
    }

    @Test func theWritingItselfIsNotPriced() {
        #expect(moneySubjects("Our last mention was at $420.") == ["420 "])
        #expect(moneySubjects("The kettle was last at $35.") == ["35 kettle"])
    }

    @Test func aForAfterARateOrATimeIsThePurpose() {
        #expect(moneySubjects("The fund offered $21 per share for Acme Mills.") == ["21 Acme Mills"])
        #expect(
            moneySubjects("The council paid a consultant $90,000 this spring for the traffic study.") == [
                "90000 traffic study"
            ]
        )
        // A rate followed by no "for" names nothing.
        #expect(moneySubjects("Analysts expected $1.10 per share.") == ["1.1 "])
    }

    @Test func aMarketVerbsSubjectIsWhatClosedAtThePrice() {
        #expect(moneySubjects("Acme shares closed in London on Friday at $42.10, down 1%.") == ["42.1 Acme shares"])
        #expect(moneySubjects("Brent crude settled at $61.20.") == ["61.2 Brent crude"])
        // A lone noun names nothing ("Shares closed ... at" is tested in PriceSubjectTests).
        #expect(moneySubjects("Stocks ended the week at $12.") == ["12 "])
        // A mark between the verb and "at" ends the search.
        #expect(
            moneySubjects("The market closed; traders bought gold at $1,500.").allSatisfy { !$0.contains("market") })
    }
}
