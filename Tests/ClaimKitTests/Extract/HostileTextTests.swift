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
