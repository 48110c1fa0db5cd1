import Testing

@testable import ClaimKit

/// A payment word anywhere in the noun a sum measures comes before a "for" purpose; an amount
/// word ("a minimum of") is no purpose; "raise" is a money verb; "toward X" is tried last.
@Suite struct MoneyPurposeWordsTests {
    private func subjects(_ text: String) -> [String] { extract(text).map(\.subject) }

    @Test func aPaymentWordInsideTheMeasuredNounBeatsAForPurpose() {
        #expect(
            subjects("Drivers could get a fixed penalty notice of £500 for a first offence.") == [
                "fixed penalty notice"
            ])
        // (no payment word: the purpose stays)
        #expect(subjects("The city set aside a sum of £500 for the library.") == ["library"])
    }

    @Test func anAmountWordIsNoPurpose() {
        // (The threshold's noun names the sum instead: see MoneyVerbSubjectTests.)
        #expect(subjects("Members get free delivery on orders over $12 for a minimum of one year.") == ["orders"])
    }

    @Test func raiseIsAMoneyVerb() {
        #expect(subjects("The listing could eventually raise up to $12.9bn.") == ["The listing"])
    }

    @Test func towardNamesWhatASumGoesTowardWhenNothingElseDid() {
        #expect(subjects("That's $1,000 toward travel when you redeem points.") == ["travel"])
        #expect(
            subjects("The group gave $5.9 million toward Lee’s 2016 election campaign.") == [
                "Lee’s 2016 election campaign"
            ])
        #expect(subjects("For example, 80,000 points are worth $1,000 toward travel.") == ["80,000 points"])
    }
}
