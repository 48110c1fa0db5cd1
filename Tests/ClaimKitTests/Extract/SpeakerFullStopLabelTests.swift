import Testing

@testable import ClaimKit

/// "Oxfam. More than 40 villagers killed ...": a headline's label that ends in a full stop speaks
/// only when the article credits it as a source; a topic label or a name the body never credits
/// does not.
@Suite struct SpeakerFullStopLabelTests {
    @Test func labelTheBodyCreditsSpeaks() {
        let text = """
            Oxfam. More than 40 villagers killed in the flash floods
            At least 46 villagers have been killed, according to figures gathered by Oxfam.
            """
        #expect(speakers(text) == ["Oxfam", "Oxfam"])
        // The body names the label inside a longer name ("Oxfam International said").
        let longer = """
            Oxfam. More than 40 villagers killed in the flash floods
            The floods hit the valley on Sunday, Oxfam International said.
            """
        #expect(speakers(longer) == ["Oxfam"])
    }

    @Test func labelTheBodyNeverCreditsIsNoSpeaker() {
        let text = """
            Oxfam. More than 40 villagers killed in the flash floods
            The floods hit the valley on Sunday, officials said.
            """
        #expect(speakers(text) == [nil])
    }

    @Test func topicLabelIsNeverASpeaker() {
        let text = """
            Coronavirus. More than 40 patients killed in the hospital fire
            The fire started on Sunday, according to Coronavirus officials.
            """
        #expect(speakers(text) == [nil])
        // A label sentence of its own paragraph, not the headline's line, is no label.
        let apart = """
            Oxfam.
            More than 40 villagers killed in the flash floods
            The floods hit the valley on Sunday, Oxfam said.
            """
        #expect(speakers(apart) == [nil])
    }
}
