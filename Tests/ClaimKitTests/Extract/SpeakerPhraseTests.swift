import Testing

@testable import ClaimKit

/// Speaker phrases: conjoined verbs, indefinite articles, role appositions, same-sentence names, headline prefixes.
@Suite struct SpeakerPhraseTests {
    @Test func butSaidTakesTheSubjectOfTheFirstConjunct() {
        #expect(
            scored(
                "Russia's defence ministry did not comment on the strike, but said on Monday that its forces had downed 31 Ukrainian drones."
            )
                == ["equipment 31 exact «Ukrainian drones» @Russia's defence ministry"])
    }

    @Test func indefiniteArticleBeforeAnInstitution() {
        #expect(
            scored("A UN monitoring mission said last month that at least 12,000 civilians had been killed.")
                == ["killed 12000 at_least «civilians» @A UN monitoring mission"])
        // A common noun phrase is still no speaker.
        #expect(scored("A man said 12 civilians had been killed.") == ["killed 12 exact «civilians»"])
    }

    @Test func roleWithNameInApposition() {
        let text =
            "\"We were attacked first,\" a spokesman, Colonel John Amini, told reporters, adding: \"Four of our border guards were killed and one was wounded.\""
        #expect(
            scored(text) == [
                "killed 4 exact «border guards» @Colonel John Amini",
                "injured 1 exact «border guards» @Colonel John Amini",
            ])
    }

    @Test func theServiceResolvesToTheServiceNamedInTheSameSentence() {
        #expect(
            scored(
                "Deminers from the State Emergency Service found 1,240 landmines in the region last month, the service said on Tuesday."
            )
                == ["mines 1240 exact «landmines» @the State Emergency Service"])
    }

    @Test func headlineTopicPrefixIsNoSpeaker() {
        #expect(scored("Valley floods: more than 20 residents dead") == ["killed 20 more_than «residents»"])
        #expect(scored("Azerbaijan: Six Citizens Killed in Mine Blasts") == ["killed 6 exact «Citizens» @Azerbaijan"])
        #expect(
            scored("Interior ministry: 12 people injured in storm") == ["injured 12 exact «people» @Interior ministry"])
    }
}
