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

    @Test func continuedStatementSpeaksForItsAuthor() {
        // The body that issued it, or that spoke "in a statement".
        let issued = """
            The Acme Group issued a statement on Monday about the awards.
            "The singer owes $5 million to our company," the statement continued.
            """
        #expect(speakers(issued) == ["The Acme Group"])
        let inStatement = """
            The Interior Ministry said in a statement that the talks had failed.
            "Another 12 people were injured," the statement continued.
            """
        #expect(speakers(inStatement) == ["The Interior Ministry"])
        let wentOn = """
            A statement from the Red Cross described the camp.
            The statement went on to say that 30 people were wounded.
            """
        #expect(speakers(wentOn) == ["the Red Cross"])
    }

    @Test func continuedStatementWithNoAuthorIsTheStatement() {
        // A statement brought in with no author: not the older author's, not a body that spoke before.
        let text = """
            The production company said in a separate statement that it had no comment.
            The label denied the claims in a statement shared to its website.
            "She owes us $8 million," the statement continued.
            """
        #expect(speakers(text) == ["the statement"])
        // A body that spoke after the statement was brought in: "the statement" is that body's.
        let later = """
            The Acme Group issued a statement on Monday.
            The ministry said 5 people died.
            "Another 12 people were injured," the statement continued.
            """
        #expect(speakers(later) == ["The ministry", "The ministry"])
    }

    @Test func continuationVerbsNotAboutADocumentsWords() {
        #expect(speakers("The fighting continued, and 12 people were killed.") == [nil])
        #expect(speakers("The report continued to draw criticism after 14 people died.") == [nil])
        #expect(speakers("The letter read by the mayor was signed after 12 people were killed.") == [nil])
    }
}
