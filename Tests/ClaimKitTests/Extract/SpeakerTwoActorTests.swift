import Testing

@testable import ClaimKit

/// Which speaker a claim goes to when a sentence names two actors, and what "the organisation
/// said" points back to.
@Suite struct SpeakerTwoActorTests {
    @Test func titledPersonsOwnClauseIsNotTheFirstSpeakers() {
        #expect(
            speakers(
                "Harry said the wilderness should be protected as the country's environment minister Paula Coelho pledged 60 million dollars to the work."
            ) == [nil])
        // An event after "as" is still within the speaker's words.
        #expect(speakers("Harry said 12 people died as the storm passed.") == ["Harry"])
        // A reporting verb opens its own cue, which the claim takes.
        let said = "Harry said the land should be kept as the minister Paula Coelho said 12 people died."
        #expect(speakers(said) == ["the minister Paula Coelho"])
    }

    @Test func theOrganisationPointsBackToTheBodyNamedBefore() {
        let text = """
            The Red Cross appealed for help on Monday.
            The organisation said 3 people died.
            """
        #expect(speakers(text) == ["The Red Cross"])
        // "There are ..." or a lone capitalised word is no body.
        let none = """
            There are 680 minefields left in the provinces.
            The group estimates that it will take another $60 million to clear them.
            """
        #expect(speakers(none) == [nil, "The group"])
    }
}
