import Testing

@testable import ClaimKit

/// Precision-audit classes (issue 10): what a listed price is for, pounds that weigh, and speakers
/// that are no speakers. Sentences are made up in the wording of the classes.
@Suite struct ListingSubjectTests {
    private func subjects(_ text: String) -> [String] { extract(text).map(\.subject) }

    @Test func aHedgeBeforeThePriceLeavesTheThing() {
        #expect(subjects("You can buy the Acme Desk Lamp for as low as $19.") == ["Acme Desk Lamp"])
        #expect(subjects("Readers can get the Daily Brief app for as little as $2 a month.") == ["Daily Brief app"])
    }

    @Test func goesOnSaleTakesTheThingOnSale() {
        #expect(subjects("The $35 travel adapter often goes on sale for $25.") == ["travel adapter", "travel adapter"])
    }

    @Test func aShopOrABracketBeforeForIsNoSubject() {
        #expect(subjects("There is a single Zeta 5 console up on eBay for $450.") == ["single Zeta 5 console"])
        #expect(subjects("Orbit Blender with Travel Cup (Only at Target) for $49") == ["Orbit Blender with Travel Cup"])
        // "and" between capitalised words stays inside one name.
        #expect(subjects("Grab the Red and Blue Edition Controller for $59.") == ["Red and Blue Edition Controller"])
    }

    @Test func aSaleVerbsObjectBeforeFrom() {
        #expect(subjects("Best Buy discounts Surface laptops from $600") == ["Surface laptops"])
        // A hedge word names nothing ("save shoppers anywhere from").
        #expect(
            subjects("The card can save travellers anywhere from $50 to $90.").allSatisfy { !$0.contains("anywhere") })
    }

    @Test func anIngNounBeforeAnAuxiliaryIsTheSubject() {
        #expect(subjects("Early American pricing will start at $30,000 next spring.") == ["Early American pricing"])
    }

    @Test func aCapitalisedNameRightAfterASumNamesIt() {
        #expect(subjects("Arsenal Trigger £40m Buyout Clause For Young Striker") == ["Buyout Clause"])
        #expect(subjects("You can now get $200 Sonic earbuds for less.") == ["Sonic earbuds"])
        #expect(subjects("The $15 65W USB-C Wall Charger is small.") == ["65W USB-C Wall Charger"])
        // A month or a weekday after a sum names nothing.
        #expect(subjects("They got $5 million Tuesday.") == [""])
    }

    @Test func aSumsNounStopsBeforeAnAdverbOrAPriceVerb() {
        #expect(subjects("A $99 Premium Edition available now includes a case.") == ["Premium Edition"])
    }

    @Test func aPriceNounBeforeOfNamesACopulasSum() {
        #expect(subjects("The median price of a new home sold in May was $321,500.") == ["median price of a new home"])
        #expect(
            subjects("The typical cost for a season ticket sold online in July was $80.") == [
                "typical cost for a season ticket"
            ])
    }

    @Test func aNounBeforeAnAsLowAsHedge() {
        #expect(subjects("The shop is matching rivals with fares as low as $49.") == ["fares"])
    }

    @Test func aProductNameWithDigitsBeforeABracketedPrice() {
        #expect(subjects("I have used the Nova Mesh 6 Router (regular $300) for a month.") == ["Nova Mesh 6 Router"])
    }

    @Test func aNameAfterASumsNounOpensAClause() {
        #expect(subjects("It is below the $9 million bid Jones made last week.") == ["bid"])
    }

    @Test func aNounMeasuredByAnotherSumIsNoPurpose() {
        #expect(subjects("The film took $90,000 on a budget of $5 million.").first != "budget")
    }

    @Test func orBetweenCapitalisedWordsStaysInTheName() {
        #expect(
            subjects("Game Console with Red or Blue Controller for $299") == [
                "Game Console with Red or Blue Controller"
            ])
    }

    @Test func theHearerAfterAReportingVerbIsNoSubject() {
        #expect(
            subjects("The menu told us the soup only costs $6.").allSatisfy {
                !$0.hasPrefix("us") && !$0.hasSuffix("only")
            })
    }

    @Test func aTickerMarkAndLastTradingKeepTheInstrument() {
        #expect(subjects("Spot silver XAG= added 0.2% to $17.10 an ounce.") == ["Spot silver XAG"])
        #expect(subjects("The Swiss franc CHF= was last trading at $1.01, up 0.1%.") == ["Swiss franc CHF"])
    }
}

/// Pounds of a substance are a weight; speaker cues that are no speakers.
@Suite struct WeightAndSpeakerClassTests {
    @Test func poundsOfASubstanceAreAWeight() {
        #expect(
            extract("Agents seized 300 pounds (136 kilos) of heroin at the port.").filter { $0.category == .money }
                .isEmpty)
        #expect(extract("Rangers found 120 pounds of ivory in a truck.").filter { $0.category == .money }.isEmpty)
        // A money noun after "pounds of", or a scale, keeps the sum.
        #expect(extract("The charity paid 500 pounds of compensation.").map(\.unit) == ["GBP"])
        #expect(extract("The club spent 40 million pounds of its budget.").map(\.unit) == ["GBP"])
    }

    @Test func aBracketedCompletionFinishesTheScale() {
        #expect(extract("The deal of $2.4 bill[ion] was a scandal.").map(\.value) == [2_400_000_000])
        #expect(extract("They moved $3 mill[ion] abroad.").map(\.value) == [3_000_000])
    }

    @Test func polishAndScandinavianSentencesGiveNoSums() {
        let text = """
            The club raised $2 million for its youth teams last year, and the money was spent on the pitches of the town.
            It is the largest sum that the club has raised in the history of the league, the chairman said on Monday.
            Sieć ma ponad 300 sklepów i blisko 150 Euro Punkt.
            Over 2 milliarder kroner siden starten har gått til barna.
            """
        #expect(extract(text).map(\.value) == [2_000_000])
    }

    @Test func moreReportingVerbs() {
        #expect(
            extract("\u{201C}We raised $3 million,\u{201D} Ms. Lane recounted at the meeting.").map(\.speaker) == [
                "Ms. Lane"
            ])
    }

    @Test func aParticipleAfterAPossessiveIsNoCue() {
        #expect(
            extract("The county's confirmed tally of cases is 9,000, of whom 120 have died.").filter {
                $0.category == .killed
            }.map(\.speaker) == [nil])
    }

    @Test func aRelativeClausesSumIsNotTheSpeakers() {
        let claims = extract(
            "Her spokesman said she would attend a dinner of the Builders Union, which gave $2 million to her campaign."
        )
        #expect(claims.map(\.speaker) == [nil])
        // The sum the speaker states keeps the speaker.
        #expect(
            extract("Her spokesman said the union gave $2 million to the campaign.").map(\.speaker) == ["Her spokesman"]
        )
    }

    @Test func aNameBeforeTwoAppositionsSpeaks() {
        let claims = extract("Ann Lee, president of Field & Stream, a Boston design firm, said the budget was $90,000.")
        #expect(claims.map(\.speaker) == ["Ann Lee"])
        // A sentence opener is no name.
        #expect(
            extract("However, the head of the board in Leeds, Tom Hart, said the budget was $90,000.").map(\.speaker)
                != ["However"])
    }
}
