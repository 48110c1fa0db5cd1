import Foundation
import Testing

@testable import ClaimKit

@Suite struct HostileTextTests {
    @Test func tenThousandDigitNumber() {
        let claims = extract(
            String(repeating: "7", count: 10_000) + " people were killed. 1e308 troops. 1-99999999999999999999 tanks.")
        #expect(claims.allSatisfy { ($0.value ?? 0).isFinite && ($0.upper ?? 0).isFinite })
    }

    @Test func oneMegabyteSentenceAndOnlyNumbers() {
        let big = String(repeating: "four soldiers and ", count: 60_000) + "two civilians were killed"
        let claims = extract(big)
        #expect(!claims.isEmpty)
        // The runaway sentence is read in pieces of at most twice the splitter's cap.
        #expect(claims.allSatisfy { $0.sentence.utf8.count <= 2 * SentenceSplitter().maxSentenceBytes })
        let numbers = (0..<50_000).map { String($0) }.joined(separator: " ")
        #expect(extract(numbers).allSatisfy { ($0.value ?? 0).isFinite })
    }

    @Test func unbalancedQuotesAndOddBytes() {
        let claims = extract(
            "“Three soldiers were killed, the army said.\n\"\"\" ” ” “ 12 mines. \u{0}\u{FFFD} $ € 5 - - , .")
        #expect(claims.allSatisfy { $0.start <= $0.end })
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
        let pieces = [
            "4", "2,728", "10,000-15,000", "$", "€", "25bn", "million", "of", "the", "45", "killed", "were", "and", ",",
            ".", "“", "”", "\"", "(", ")", "-", "–", "said", "it", "they", "according", "to", "Baku", "Nov.", "1990s",
            "4:00", "am", "more", "than", "at", "least", "between", "dozens", "a", "dozen", "twenty", "-five",
            "soldiers", "mines", "tanks", "wounded", "or", "including", ":", "\n", "Il-76", "1e308", "•", " ", "’s",
            "of its", "one", "no", "years", "(about", "toll", "rose", "number", "lives", "lost", "Ministry",
            "the ministry",
        ]
        var rng = SplitMix(state: 42)
        for _ in 0..<300 {
            let count = Int.random(in: 1...60, using: &rng)
            let text = (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined(
                separator: Bool.random(using: &rng) ? " " : "")
            let claims = extract(text)
            for c in claims {
                #expect(c.start <= c.end)
                #expect((c.value ?? 0).isFinite)
            }
        }
    }
}
