import Foundation
import Testing
@testable import ClaimKit

@Suite struct HostileTextTests {
    func timed(_ text: String) -> (Duration, [Claim]) {
        let clock = ContinuousClock()
        var claims: [Claim] = []
        let d = clock.measure { claims = extract(text) }
        return (d, claims)
    }

    @Test func tenThousandDigitNumber() {
        let (d, claims) = timed(String(repeating: "7", count: 10_000) + " people were killed. 1e308 troops. 1-99999999999999999999 tanks.")
        #expect(d < .seconds(2))
        #expect(claims.allSatisfy { ($0.value ?? 0).isFinite && ($0.upper ?? 0).isFinite })
    }

    @Test func oneMegabyteSentenceAndOnlyNumbers() {
        let big = String(repeating: "four soldiers and ", count: 60_000) + "two civilians were killed"
        let (d1, claims) = timed(big)
        #expect(d1 < .seconds(10))
        #expect(!claims.isEmpty)
        let numbers = (0..<50_000).map { String($0) }.joined(separator: " ")
        let (d2, _) = timed(numbers)
        #expect(d2 < .seconds(10))
    }

    @Test func unbalancedQuotesAndOddBytes() {
        let (d, _) = timed("“Three soldiers were killed, the army said.\n\"\"\" ” ” “ 12 mines. \u{0}\u{FFFD} $ € 5 - - , .")
        #expect(d < .seconds(1))
    }
}

@Suite struct TokenSoupTests {
    /// A fixed-seed generator so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomSoupsOfTrickyTokensNeverCrash() {
        let pieces = ["4", "2,728", "10,000-15,000", "$", "€", "25bn", "million", "of", "the", "45", "killed", "were", "and", ",",
                      ".", "“", "”", "\"", "(", ")", "-", "–", "said", "it", "they", "according", "to", "Baku", "Nov.", "1990s",
                      "4:00", "am", "more", "than", "at", "least", "between", "dozens", "a", "dozen", "twenty", "-five",
                      "soldiers", "mines", "tanks", "wounded", "or", "including", ":", "\n", "Il-76", "1e308", "•", " ", "’s",
                      "of its", "one", "no", "years", "(about", "toll", "rose", "number", "lives", "lost", "Ministry", "the ministry"]
        var rng = SplitMix(state: 42)
        for _ in 0..<300 {
            let count = Int.random(in: 1...60, using: &rng)
            let text = (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : "")
            let claims = extract(text)
            for c in claims {
                #expect(c.start <= c.end)
                #expect((c.value ?? 0).isFinite)
            }
        }
    }
}
