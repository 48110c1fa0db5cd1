import Testing

@testable import ClaimKit

/// The speakers of every claim of `text`, in order (nil: the outlet's own voice).
func speakers(_ text: String) -> [String?] {
    extract(text).map(\.speaker)
}

/// A headline's "X:" label is a speaker only when X names someone who speaks: a topic, an event,
/// a quotation, a data line or a title-like "X of Y" labels the story.
@Suite struct SpeakerLabelTests {
    @Test func topicLabelIsNoSpeaker() {
        #expect(speakers("Coronavirus: £1,000 fine for people who break the rules") == [nil])
        #expect(speakers("Brexit: £12m fund to help ports with new checks") == [nil])
        // A body or a country before the colon still speaks.
        #expect(speakers("Police: 12 people dead in the valley") == ["Police"])
        #expect(speakers("Ministry of Defence: 12 soldiers killed in blast") == ["Ministry of Defence"])
    }

    @Test func quotedSloganOrDataLineIsNoSpeaker() {
        #expect(speakers("We're On It.': State spends $449K on new ad campaign") == [nil])
        #expect(speakers("\u{201C}Never again\u{201D}: 12 people killed in the crush") == [nil])
        #expect(speakers("{ \"Name\": \"A B\", \"Spend\": \"$152.34\" }") == [nil])
        #expect(speakers("Azerbaijan: Six Citizens Killed in Mine Blasts") == ["Azerbaijan"])
    }

    @Test func titleLikeLabelWithoutASpeakersHeadIsNoSpeaker() {
        #expect(speakers("King of Monitors: 35% Off Gaming Monitor, Now $649.99") == [nil])
        #expect(speakers("Head of Police: 12 people dead in the valley") == ["Head of Police"])
    }

    @Test func deskLabelsAreNoSpeakers() {
        #expect(speakers("Flood latest: 12 people dead in the valley") == [nil])
        #expect(speakers("LIVE: 12 people dead in the valley") == [nil])
    }

    @Test func creditAfterTheColonIsNoQuotation() {
        #expect(speakers("Twelve soldiers were killed in the border clash: Defence Ministry") == ["Defence Ministry"])
        #expect(speakers("Twelve soldiers were killed in the border clash: \u{201C}Heroes\u{201D}") == [nil])
    }

    @Test func speakersNounAsHeadStillSpeaksAboutAnEvent() {
        #expect(speakers("Syrian war monitor: 12 people killed in Idlib") == ["Syrian war monitor"])
        #expect(speakers("Ukraine war: 12 people killed in Kharkiv") == [nil])
        // An apostrophe inside a word is no quotation.
        #expect(speakers("Syria's army: 12 people killed in Idlib") == ["Syria's army"])
    }

    @Test func aDayAloneNeverSpeaks() {
        #expect(speakers("Tuesday said 12 people died.") == [nil])
        #expect(speakers("Officials on Tuesday said 12 people died.") == ["Officials"])
    }
}
