import Testing

@testable import ClaimKit

/// A sum's purpose is no time or adverbial; a payment the sum measures comes before its purpose;
/// a relative clause between a subject and its money verb.
@Suite struct PurposeTimeTests {
    private func subjects(_ text: String) -> [String] { extract(text).map(\.subject) }

    @Test func aMonthOrAnAdverbialAfterInOrOnIsNoPurpose() {
        #expect(subjects("Tickets were $40, down from $52 in March 2019.").allSatisfy { !$0.contains("March") })
        #expect(subjects("Members save $80 on average.") == [""])
    }

    @Test func aPaymentTheSumMeasuresComesBeforeItsPurpose() {
        #expect(
            subjects("The firm must make an annual contribution of $30 million to its retirement plan.") == [
                "annual contribution"
            ])
    }

    @Test func aTimeAfterAPurposeIsCut() {
        #expect(subjects("The city will give $2 million to its library next year.") == ["library"])
    }

    @Test func aRelativeClauseBetweenSubjectAndMoneyVerb() {
        #expect(subjects("The program, which includes radio ads, cost the county $90,000.") == ["program"])
    }
}
