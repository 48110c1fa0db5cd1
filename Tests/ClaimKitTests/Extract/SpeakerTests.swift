import ClaimBench
import Foundation
import Testing

@testable import ClaimKit

@Suite struct SpeakerTests {
    func speakers(_ text: String) -> [String?] {
        extract(text).filter { ClaimCategory.scored.contains($0.category) }.map(\.speaker)
    }

    @Test func cuesBeforeAndAfter() {
        #expect(
            speakers("Four officers were killed in a blast, Azerbaijan said on Tuesday and blamed saboteurs.") == [
                "Azerbaijan"
            ])
        #expect(speakers("Security services said two men died early in the morning.") == ["Security services"])
        #expect(
            speakers("Azeri President Ilham Aliyev has said that 12 soldiers were killed.") == [
                "Azeri President Ilham Aliyev"
            ])
        #expect(speakers("According to the health ministry, 40 people died.") == ["the health ministry"])
        #expect(
            speakers("Azeri security services confirm that four police officers were killed.") == [
                "Azeri security services"
            ])
        #expect(speakers("Baku blamed separatists for the death of the four officers.") == ["Baku"])
        #expect(speakers("“Two soldiers were killed,” said the defence ministry.") == ["the defence ministry"])
    }

    @Test func pronounsAndDefiniteReferencesResolve() {
        let text = """
            In a briefing, the Azerbaijani Foreign Ministry said that talks had failed.
            The ministry argued that the elections were illegal.
            There are more than 10,000 armed forces in the region, it said, adding that they have over 100 tanks.
            """
        #expect(speakers(text) == ["the Azerbaijani Foreign Ministry", "the Azerbaijani Foreign Ministry"])
        let plural = "Security services said two men died. They added that four police officers were killed."
        #expect(speakers(plural) == ["Security services", "Security services"])
        let ministry =
            "The Azerbaijani Defence Ministry said a minefield had been found. A total of 350 mines were defused, the ministry said."
        #expect(speakers(ministry) == ["The Azerbaijani Defence Ministry"])
    }

    @Test func passiveAndOwnVoiceHaveNoSpeaker() {
        #expect(speakers("It was reported that 35 soldiers were killed.") == [nil])
        #expect(speakers("The blockade left nearly a dozen people dead.") == [nil])
        #expect(
            speakers("An inquiry is underway, the service said.\nThe blast raised the number of people killed to 61.")
                == [nil])
    }

    @Test func headlinePrefixNamesTheSpeaker() {
        #expect(speakers("Azerbaijan: Six Citizens Killed in Landmine Explosions") == ["Azerbaijan"])
        #expect(speakers("Six Citizens Killed in Landmine Explosions") == [nil])
        #expect(speakers("Breaking News: 5 soldiers killed in clash") == [nil])
        #expect(speakers("Six Citizens Killed in Landmine Explosions: Foreign Ministry") == ["Foreign Ministry"])
    }

    @Test func quotationOverSeveralSentencesTakesTheClosingSpeaker() {
        let text = "“We found 40 mines near the road. The work goes on,” the agency’s director said."
        #expect(speakers(text) == ["the agency’s director"])
    }

    @Test func entitiesFromTheAliasTable() {
        let aliases = SpeakerAliases.default
        #expect(aliases.entity(for: "Baku") == "Government of Azerbaijan")
        #expect(aliases.entity(for: "Azerbaijani authorities") == "Government of Azerbaijan")
        #expect(aliases.entity(for: "the Azerbaijani government") == "Government of Azerbaijan")
        #expect(aliases.entity(for: "The Azeri Defense Ministry") == "Ministry of Defence of Azerbaijan")
        #expect(aliases.entity(for: "Baku’s defence ministry") == "Ministry of Defence of Azerbaijan")
        #expect(aliases.entity(for: "Ministry of Defense of Azerbaijan") == "Ministry of Defence of Azerbaijan")
        #expect(aliases.entity(for: "the Azerbaijani Foreign Ministry") == "Ministry of Foreign Affairs of Azerbaijan")
        #expect(aliases.entity(for: "Azerbaijani President Ilham Aliyev") == "President of Azerbaijan")
        #expect(aliases.entity(for: "Yerevan") == "Government of Armenia")
        #expect(aliases.entity(for: "the Kremlin") == "Government of Russia")
        #expect(aliases.entity(for: "Security services") == nil)
        #expect(aliases.entity(for: "the Azerbaijani news website") == nil)
    }

    @Test func userAliasesExtendTheDefaults() throws {
        let aliases = SpeakerAliases(
            text: "Gaza Health Ministry = Gaza health ministry; health ministry in Gaza # local name", base: .default)
        #expect(aliases.entity(for: "the Gaza health ministry") == "Gaza Health Ministry")
        #expect(aliases.entity(for: "Baku") == "Government of Azerbaijan")
        let claims = extract("Israeli strikes killed 25 people, the Gaza health ministry said.", aliases: aliases)
        #expect(claims.map(\.speakerEntity) == ["Gaza Health Ministry"])
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "aliases-\(UInt32.random(in: 0...UInt32.max)).txt")
        try "@country Moldova = Moldova; Moldovan; Chisinau\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let loaded = try SpeakerAliases.load(contentsOf: url)
        #expect(loaded.entity(for: "the Moldovan defence ministry") == "Ministry of Defence of Moldova")
        #expect(loaded.entity(for: "Baku") == "Government of Azerbaijan")
    }
}

@Suite struct SpeakerMoreTests {
    func speakers(_ text: String) -> [String?] {
        extract(text).filter { ClaimCategory.scored.contains($0.category) }.map(\.speaker)
    }

    @Test func appositionTimeAndNonReportingVerbs() {
        #expect(
            speakers("Hikmet Hajiyev, an aide to the president, said 13 civilians had been killed.") == [
                "Hikmet Hajiyev"
            ])
        #expect(speakers("The agency on Tuesday announced that 13 workers were injured.") == ["The agency"])
        #expect(speakers("The shelling claimed the lives of 3 soldiers.") == [nil])
        #expect(speakers("From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths.") == [nil])
    }
}

@Suite struct SpeakerReferenceTests {
    func speakers(_ text: String) -> [String?] {
        extract(text).filter { ClaimCategory.scored.contains($0.category) }.map(\.speaker)
    }

    @Test func theMinistryPointsToTheLastNamedMinistryEvenWhenItDidNotSpeak() {
        let text =
            "On Tuesday, the Azerbaijani Ministry of Defense accused separatists of shelling.\nTwo soldiers were wounded, the ministry said."
        #expect(speakers(text) == ["the Azerbaijani Ministry of Defense"])
        #expect(extract(text).first?.speakerEntity == "Ministry of Defence of Azerbaijan")
    }

    @Test func aFullNameIsNotAReference() {
        let text =
            "The Defence Ministry said talks failed. According to a statement from the Interior Ministry, 5 police officers were killed."
        #expect(speakers(text) == ["the Interior Ministry"])
    }

    @Test func documentsAndFiguresNameTheirSource() {
        #expect(
            speakers("According to figures released by the United Nations, 300 civilians have died.") == [
                "the United Nations"
            ])
    }

    @Test func quotationGoingOnAfterItsAttribution() {
        #expect(
            speakers("\"Five soldiers were killed,\" the minister said. \"Another 20 were wounded.\"") == [
                "the minister", "the minister",
            ])
        #expect(speakers("The minister spoke. \"Another 20 were wounded.\"") == [nil])
    }
}

@Suite struct SpeakerShortNameTests {
    @Test func aShortenedRepeatResolvesToTheLongerName() {
        let text = "Azeri security services confirmed the blasts. The security services said two men died."
        let claims = extract(text)
        #expect(claims.map(\.speaker) == ["Azeri security services"])
        #expect(claims.map(\.speakerEntity) == ["State Security Service of Azerbaijan"])
        #expect(
            extract("The Defence Ministry spoke. The Interior Ministry said two men died.").map(\.speaker) == [
                "The Interior Ministry"
            ])
    }
}

@Suite struct SpeakerSourceTests {
    @Test func accordingToFiguresNamesTheSource() {
        let claims = extract("According to U.N. figures, more than 10,000 civilians have been killed.")
        #expect(claims.map(\.speaker) == ["U.N."])
        #expect(claims.map(\.speakerEntity) == ["United Nations"])
    }

    @Test func benchmarkCountsSentencesAndClaims() {
        let article = Article(
            path: "a.txt", paragraphs: ["Four soldiers were killed.", "Two were hurt, officials said."])
        let result = ExtractBenchmark().run(articles: [article], repeats: 3)
        #expect(result.sentences == 6)
        #expect(result.claims == 6)
    }
}

@Suite struct SpeakerTitleTests {
    @Test func dottedTitlesAndParenthesesBeforeTheVerb() {
        #expect(extract("Lt. Gen. John Doe said 5 soldiers died.").map(\.speaker) == ["Lt. Gen. John Doe"])
        #expect(extract("Sen. Smith (D-N.Y.) said 12 people were hurt.").map(\.speaker) == ["Sen. Smith"])
    }
}

@Suite struct SpeakerAliasBodiesTests {
    @Test func bodiesWithoutAStateAndLongerNames() {
        let aliases = SpeakerAliases.default
        #expect(aliases.entity(for: "Ethnic Armenian authorities in Karabakh") == "Karabakh Armenian authorities")
        #expect(aliases.entity(for: "Armenian authorities") == "Government of Armenia")
        #expect(aliases.entity(for: "the defence ministry in Baku") == "Ministry of Defence of Azerbaijan")
        #expect(aliases.entity(for: "Russia and Ukraine") == nil)
    }
}

@Suite struct SpeakerPerClaimTests {
    @Test func eachClaimTakesTheNearestCue() {
        let claims = extract("Five soldiers were killed, Azerbaijan said, while Armenia said 10 soldiers died.")
        #expect(claims.map(\.speaker) == ["Azerbaijan", "Armenia"])
        #expect(claims.map(\.speakerEntity) == ["Government of Azerbaijan", "Government of Armenia"])
        let two = extract("Baku said 4 officers were killed, but Yerevan said 12 soldiers were killed.")
        #expect(two.map(\.speaker) == ["Baku", "Yerevan"])
    }

    @Test func aRelativeClauseIsNotASpeaker() {
        #expect(
            extract("The ministry said 3 soldiers who had reported to the base were killed.").map(\.speaker) == [
                "The ministry"
            ])
    }
}

@Suite struct SpeakerVerbSenseTests {
    @Test func admittedRefugeesIsNotAReport() {
        let claims = extract(
            "According to the Jordanian government, the country had admitted more than 1.4 million Syrian refugees.")
        #expect(claims.map(\.speaker) == ["the Jordanian government"])
        #expect(extract("The army admitted that 3 soldiers were killed.").map(\.speaker) == ["The army"])
    }
}

@Suite struct SpeakerSubjectFallbackTests {
    @Test func itWithNoEarlierSpeakerTakesTheLastNamedSubject() {
        let claims = extract(
            "Azerbaijan launched an operation in Karabakh on Tuesday.\nIt said 5 soldiers were killed.")
        #expect(claims.map(\.speaker) == ["Azerbaijan"])
        #expect(extract("Azerbaijan launched strikes, saying 5 soldiers were killed.").map(\.speaker) == ["Azerbaijan"])
    }
}

@Suite struct SpeakerClauseTests {
    func speakers(_ text: String) -> [String?] {
        extract(text).filter { ClaimCategory.scored.contains($0.category) }.map(\.speaker)
    }

    @Test func aLaterCueInAnotherClauseDoesNotReachBack() {
        #expect(
            speakers("The government has set aside $12m for relief, and the European Union said it was ready to help.")
                == [nil])
        #expect(speakers("EU pledges €1.2bn for the grid as UK adds £300m") == [nil, nil])
    }

    @Test func butSaidTakesTheFirstClauseSubject() {
        #expect(
            speakers(
                "Russia's defence ministry did not comment, but said on Monday that its forces had downed 31 drones.")
                == ["Russia's defence ministry"])
    }

    @Test func indefiniteSpeakersAndNamedApposition() {
        #expect(
            speakers("A UN monitoring mission said last month that at least 12,000 civilians had been killed.") == [
                "A UN monitoring mission"
            ])
        #expect(
            speakers(
                "\"We held,\" a spokesman, Colonel Reza Amini, told reporters, adding: \"Four of our guards were killed.\""
            ) == ["Colonel Reza Amini"])
        #expect(speakers("A large crowd said 5 people died.") == [nil])
    }

    @Test func theServiceNamedInTheSameSentence() {
        #expect(
            speakers("Deminers from the State Emergency Service found 1,240 landmines, the service said.") == [
                "the State Emergency Service"
            ])
    }

    @Test func topicHeadlinesHaveNoSpeaker() {
        #expect(speakers("Kakheti floods: more than 20 residents dead, dozens hurt") == [nil, nil])
    }
}
