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
