import Testing

@testable import ClaimKit

/// Speakers are found per clause: a cue in one coordinate clause is not given to claims of another.
@Suite struct ClauseAttributionTests {
    @Test func laterCueDoesNotReachBackOverAClauseBreak() {
        #expect(
            scored(
                "The government has set aside $12m for emergency relief, and the European Union said it was ready to send rescue teams."
            )
                == ["money 12000000 exact USD «emergency relief»"])
    }

    @Test func earlierCueDoesNotReachOverANewActor() {
        let claims = scored(
            "The UK government announced a £2.5m package for hospitals, and Germany pledged a further 10 million euros for the water system."
        )
        #expect(
            claims == [
                "money 2500000 exact GBP «package» @The UK government", "money 10000000 exact EUR «water system»",
            ])
    }

    @Test func reportedSpeechRunsOnOverALowerCaseClause() {
        #expect(
            scored("The ministry said 23 people were killed, and 40 more were injured.")
                == ["killed 23 exact «people» @The ministry", "injured 40 exact «people» @The ministry"])
    }

    @Test func sentenceFinalCueCoversEveryClause() {
        #expect(
            scored("Five soldiers were killed, and 12 civilians were wounded, the ministry said on Tuesday.")
                == ["killed 5 exact «soldiers» @the ministry", "injured 12 exact «civilians» @the ministry"])
    }

    @Test func eachClauseTakesItsOwnCue() {
        #expect(
            scored(
                "Britain announced a further £300m in loan guarantees, while the World Bank said it had approved $45 million for generators."
            )
                == [
                    "money 300000000 exact GBP «loan guarantees» @Britain",
                    "money 45000000 exact USD «generators» @the World Bank",
                ])
    }

    @Test func addsWithAnAmountIsNotSpeech() {
        #expect(
            scored("EU pledges €1.2bn for Ukraine's energy grid as UK adds £300m").allSatisfy { !$0.contains("@UK") })
        #expect(scored("Five people were killed, the police added.") == ["killed 5 exact «people» @the police"])
        #expect(
            scored("The mayor added that 12 residents were injured.") == ["injured 12 exact «residents» @The mayor"])
    }
}
