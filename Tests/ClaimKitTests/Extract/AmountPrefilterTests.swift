import Testing

@testable import ClaimKit

/// The byte pre-check that lets sentences without any amount skip the tokenizer: it may let
/// a sentence through needlessly, but never stop one whose tokens hold a number.
@Suite struct AmountPrefilterTests {
    func mayHold(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return NumberParser.mayHoldAmount(bytes, from: 0, to: bytes.count)
    }

    func hasMentions(_ text: String) -> Bool {
        !NumberParser.mentions(in: Tokenizer.tokenize(Array(text.utf8))).isEmpty
    }

    @Test(arguments: [
        "Officials said 12 people died.", "Twelve people died.", "A dozen people died.", "It cost £5m.",
        "It cost €3bn.", "It cost $4.", "Dozens were hurt.", "Hundreds fled.", "TWENTY-FIVE were hurt.",
        "They lost one.", "Tens of thousands fled.", "It cost ₹40.",
    ])
    func sentencesWithAmountsPass(_ text: String) {
        #expect(hasMentions(text))
        #expect(mayHold(text))
    }

    @Test(arguments: [
        "The ministry said the attack was condemned.", "Someone phoned often, said “Attention!”",
        "Nobody was hurt — the café stayed open.", "Bonethe tents.",
    ])
    func sentencesWithoutAmountsAreStopped(_ text: String) {
        #expect(!hasMentions(text))
        #expect(!mayHold(text))
    }

    @Test func randomSoupsNeverLoseAMention() {
        var rng = TokenSoupTests.SplitMix(state: 7)
        let pieces = [
            "one", "One", "someone", "ten", "often", "a", "dozen", "dozens", "the", "hundred", "£", "$", "€", "5",
            "tens",
            "of", "thousands", "twenty", "-", "five", "é", "’s", "said", ",", ".", "\"", "an", "million", "scores", "x",
        ]
        for _ in 0..<500 {
            let count = Int.random(in: 1...12, using: &rng)
            let text = (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined(
                separator: Bool.random(using: &rng) ? " " : "")
            if hasMentions(text) { #expect(mayHold(text), "\(text)") }
        }
    }
}
