import Testing

@testable import ClaimKit

/// Reports, studies and tallies as speakers: the author named with the document speaks, the one
/// that only saw it does not; an unnamed report is its own speaker.
@Suite struct SpeakerDocumentTests {
    @Test func possessiveAuthorOfAReport() {
        #expect(speakers("The UN's annual report said 12 people were killed.") == ["UN"])
        // No author named: the document itself.
        #expect(speakers("The annual report said 12 people were killed.") == ["The annual report"])
    }

    @Test func studyByAnAuthor() {
        #expect(
            speakers(
                "A March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that the tariff cost $1.4 billion a month."
            ) == ["the Centre for Economic Policy Research"])
        #expect(
            speakers("A report from the ministry said 12 people were killed.") == ["the ministry"])
        // "of" after a person is no document's author.
        #expect(speakers("The head of the agency said 12 people were killed.") == ["The head of the agency"])
    }

    @Test func documentSeenByAnAgencyIsNotTheAgencys() {
        #expect(speakers("A document seen by Reuters said 12 people were killed.") == ["A document"])
        #expect(speakers("A police document seen by Reuters said 12 people were killed.") == ["A police document"])
        #expect(speakers("Reuters said 12 people were killed.") == ["Reuters"])
    }

    @Test func capitalisedModifierAuthorsATally() {
        #expect(
            speakers("An AFP tally last week, based on official statements, put the toll at more than 1,100.")
                == ["AFP"])
        #expect(speakers("An early tally last week, based on official statements, put the toll at 1,100.") == [nil])
    }

    @Test func theReportIsNotACommonNounSpokenBefore() {
        let text = """
            Many people say the campaign is weird.
            The report says the state has paid the agency nearly $449,000 so far.
            """
        #expect(speakers(text) == ["The report"])
        // After a named body, "the statement" is still that body's.
        let named = """
            The ministry said 5 people died.
            The statement added that 12 people were injured.
            """
        #expect(speakers(named) == ["The ministry", "The ministry"])
    }

    @Test func lowerCaseBodyInThePossessiveAuthorsAReport() {
        #expect(speakers("Twelve people were killed, the ministry's annual report said.") == ["the ministry"])
        // A possessive that names no body leaves the document as it is.
        #expect(
            speakers("Twelve people were killed, the state's finances website said.")
                == ["the state's finances website"])
    }

    @Test func namedEstimateOfAFigureCreditsItsAuthor() {
        #expect(
            speakers(
                "The toll given by the government is three times higher than the United Nations estimate of 670 dead.")
                == ["the United Nations"])
        // Only the claims from the author on: an earlier figure and one after the next comma stay the outlet's.
        #expect(
            speakers("Some 2,000 people died, far above the UN estimate of 670 dead, and 30 were hurt.")
                == [nil, "the UN", nil])
        // No capitalised author: no cue.
        #expect(speakers("Some 2,000 people died, far above the official estimate of 670 dead.") == [nil, nil])
    }
}
