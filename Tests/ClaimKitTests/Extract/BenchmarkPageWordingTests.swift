import Testing

@testable import ClaimKit

/// Wording classes found on the benchmark pages (issue 10, judged by reading); sentences invented in
/// the general form of each class.
@Suite struct BenchmarkPageWordingTests {
    @Test(arguments: [
        "The two governing bodies agreed on the rules.",
        "The response bodies met on Monday.",
        "The catfish grows to 500 pounds.",
    ])
    func benchmarkNonClaims(_ text: String) {
        #expect(scored(text) == [], "\(text)")
    }

    @Test func currencyWordAfterTheAmountDecides() {
        #expect(scored("The tickets cost $100 Australian.").first?.contains(" AUD ") == true)
    }

    @Test func productHeadlineLabelIsNoSpeaker() {
        #expect(extract("Price Drop: the kit now costs $20").allSatisfy { $0.speaker == nil })
    }

    @Test func citationMarkEndsASentence() {
        let parts = SentenceSplitter().split("The war killed 300 people.[219] Later 40 soldiers were wounded.").map(
            \.text)
        #expect(parts.count == 2)
    }
}
