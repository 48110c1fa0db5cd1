import Testing

@testable import ClaimKit

/// A quotation that goes on past its second sentence keeps its speaker; "he said" points to the
/// person last named, an honorific's name included ("Mr. Lee", "Rep. Ana Ruiz").
@Suite struct QuotationAndHonorificTests {
    private func speakers(_ text: String) -> [String?] { extract(text).map(\.speaker) }

    @Test func aQuotationsThirdSentenceKeepsItsSpeaker() {
        #expect(
            speakers(
                "“We are glad,” Ana Ruiz told reporters. “They sold it at $16 a share. The stock is $8 now. They should pay.”"
            ) == ["Ana Ruiz", "Ana Ruiz"])
    }

    @Test func aClosedQuotationGivesNoSpeakerToTheNextSentence() {
        #expect(speakers("“We are glad,” Ana Ruiz told reporters. The stock is $8 now.") == [nil])
    }

    @Test func aQuotationWithNoAttributionGivesNone() {
        #expect(speakers("“They sold it at $16 a share. The stock is $8 now.”") == [nil, nil])
    }

    @Test func heSaidPointsToANameAfterAnHonorific() {
        #expect(
            speakers("Mr. Lee was not satisfied. He said he asked for $50 billion in purchases.") == ["Lee"])
        #expect(
            speakers("Rep. Dan Lee visited the border. Drugs worth $53 million a week cross it, he said.") == [
                "Dan Lee"
            ])
    }

    @Test func aLowerCaseOrUndottedWordIsNoHonorific() {
        // ("mr" in lower case, "Dr" glued to the name) name nobody: "he" stays unresolved.
        #expect(speakers("The mr. Lee band played. He said tickets cost $50.") == ["He"])
    }
}
