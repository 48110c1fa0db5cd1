import Testing

@testable import ClaimKit

/// Reporting verbs and subjects on real wording: "suggested that", "were expecting", a trailing
/// ", X reports", "officials at Y said", a time before the subject, "put up" as a payment.
@Suite struct SpeakerVerbTests {
    @Test func suggestedThatReports() {
        #expect(
            speakers("Trump's advisers suggested that Beijing resume buying around $20 billion in farm products.")
                == ["Trump's advisers"])
        // Not before its content: a "suggested retail price" is no report.
        #expect(speakers("The manufacturer's suggested retail price is $599.") == [nil])
    }

    @Test func progressiveExpectingReports() {
        #expect(
            speakers("Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share.")
                == ["Wall Street analysts"])
        #expect(speakers("It was reported that 12 people were killed.") == [nil])
    }

    @Test func trailingNounishVerbAfterAComma() {
        #expect(
            speakers("The district is buying a system for more than $600,000, the South Florida Sun Sentinel reports.")
                == ["the South Florida Sun Sentinel"])
        // Not closing the sentence: "reports" there is a noun.
        #expect(
            speakers("The district is buying a system for more than $600,000, the local reports on the deal show.")
                == [nil])
    }

    @Test func officialsAtAPlaceSpeak() {
        #expect(
            speakers("The masks, worth ¥40,000, had been kept in a store room, officials at the hospital said.")
                == ["officials at the hospital"])
    }

    @Test func timeBeforeTheSubjectIsNotTheSpeaker() {
        #expect(
            speakers("But half a year later the White House announced that he would pay $432,787.13 in back taxes.")
                == ["the White House"])
        #expect(speakers("OCHA meanwhile said that it has approved a $5 million allocation.") == ["OCHA"])
    }

    @Test func putUpIsAPayment() {
        #expect(speakers("Earlier this year the group put up 43 million euros to buy a painting.") == [nil])
        #expect(speakers("The ministry put the death toll at 43.") == ["The ministry"])
    }

    @Test func pluralHeadOrOrganisationIsNoPerson() {
        let advisers = """
            Mr. Trump met them in March.
            When President Trump's advisers suggested that Beijing buy $20 billion in farm products, he was not satisfied.
            He said he asked for up to $50 billion in purchases.
            """
        #expect(speakers(advisers) == ["President Trump's advisers", "Trump"])
        let agency = """
            State television reported two blasts.
            The official IRNA news agency said 103 people were killed. It also put the number of wounded at 141.
            """
        #expect(speakers(agency) == ["The official IRNA news agency", "The official IRNA news agency"])
    }

    @Test func invertedReportsBeforeTheAndAName() {
        #expect(speakers("The toll rose to 12, reports the Irish Times.") == ["the Irish Times"])
        // A lower-case body after the inverted noun-like verb is no cue.
        #expect(speakers("The toll rose to 12, reports the ministry.") == [nil])
    }

    @Test func accordingToADocumentSeenByAnAgency() {
        #expect(speakers("Twelve people were killed, according to a document seen by Reuters.") == ["a document"])
        #expect(speakers("Twelve people were killed, according to Reuters.") == ["Reuters"])
    }

    @Test func asideBetweenDashesBeforeTheVerb() {
        #expect(
            speakers(
                "Officials in Broward County, Florida \u{2014} where the school is \u{2014} announced that they have spent more than $11 million on cameras."
            ) == ["Officials in Broward County"])
        #expect(speakers("The ministry -- which rarely comments -- said 12 people died.") == ["The ministry"])
        // A hyphen inside a word is no dash.
        #expect(speakers("A well-known expert said 12 people died.") == ["A well-known expert"])
    }
}
