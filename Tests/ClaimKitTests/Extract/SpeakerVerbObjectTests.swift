import Testing

@testable import ClaimKit

/// "claimed 40 lives" is a toll, not a claim: a casualty object after "claimed" makes it no report.
@Suite struct SpeakerVerbObjectTests {
    @Test func claimedLivesIsNoReport() {
        #expect(speakers("The flood claimed 40 lives in the north.") == [nil])
        #expect(speakers("The fighting has claimed more than 100 lives since March.") == [nil])
        // A clause after "claimed" still reports.
        #expect(speakers("The ministry claimed 40 people were killed.") == ["The ministry"])
    }
}

/// "with reports received by X suggesting N" credits X, a capitalised agent after "by".
@Suite struct SpeakerReportsByTests {
    @Test func reportsReceivedByANamedBody() {
        #expect(
            speakers("Protests spread, with credible reports received by Amnesty suggesting 100 people were killed.")
                == ["Amnesty"])
    }

    @Test func reportsWithoutAnAgentKeepTheirPhrase() {
        #expect(
            speakers("The storm hit the coast, with local reports compiled by volunteers suggesting 200 people died.")
                == ["local reports compiled by volunteers"])
    }
}

/// "according to reports received by X" credits X; reports naming nobody give no speaker.
@Suite struct SpeakerAccordingToReportsTests {
    @Test func accordingToReportsReceivedByANamedBody() {
        #expect(
            speakers("At least 106 protesters have been killed, according to credible reports received by Amnesty.")
                == ["Amnesty"])
        #expect(
            speakers("At least 106 protesters have been killed, according to local reports.") == [nil])
    }
}
