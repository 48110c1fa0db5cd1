import Testing

@testable import ClaimKit

/// Two sums of money are one sum told with two numbers only when one is the other rounded.
@Suite struct MoneyRoundingTests {
    typealias F = ReportFixtures

    @Test func oneNumberIsTheOtherRoundedToItsLastSignificantPlace() {
        #expect(FactGrouper.isRounding(6_000_000, 5_900_000))
        #expect(FactGrouper.isRounding(5_900_000, 6_000_000), "either order")
        #expect(FactGrouper.isRounding(2.5, 2.52))
        #expect(FactGrouper.isRounding(2_300, 2_299))
        #expect(!FactGrouper.isRounding(2_400, 2_299), "2,299 rounds to 2,300")
        #expect(!FactGrouper.isRounding(169.99, 164.99))
        #expect(FactGrouper.isRounding(62_000_000, 60_000_000), "62 million rounded to tens of millions")
        #expect(!FactGrouper.isRounding(66_000_000, 60_000_000))
        #expect(FactGrouper.place(of: 6_000) == 1_000 && FactGrouper.place(of: 2.52) == 0.01)
    }

    func price(_ article: String, _ value: Double, _ qualifier: Qualifier = .exact, said sentence: String) -> Claim {
        F.claim(article, category: .money, value, qualifier, unit: "USD", subject: "price", sentence: sentence)
    }

    @Test func aListPriceAndADiscountedPriceOfOneThingAreTwoFacts() {
        let groups = F.groups([
            price("a.txt", 2_400, said: "The 16-inch MacBook Pro laptop has a price of $2,400 for the base model."),
            price(
                "b.txt", 2_299,
                said: "The 16-inch MacBook Pro laptop is on sale at a price of $2,299 for the base model."),
        ])
        #expect(groups[0] != groups[1])
    }

    @Test func aSumAndTheSameSumRoundedAreOneFact() {
        let groups = F.groups([
            price("a.txt", 5_900_000, said: "The founder sold the company the trademark at a price of $5.9 million."),
            price(
                "b.txt", 6_000_000, .nearly,
                said: "The founder sold the company the trademark at a price of nearly $6 million."),
        ])
        #expect(groups[0] == groups[1])
    }

    @Test func aSumWithCentsIsFoundByItsCentsAndHyphenatedWordsShareTheirParts() {
        #expect(ClaimContext.amountTexts(2.53) == ["2.53", "2.53"])
        #expect(ClaimContext.amountTexts(1_472.19) == ["1,472.19", "1472.19"])
        #expect(ClaimContext.amountTexts(449_000) == ["449,000", "449000"])
        let sentence = "The retailer earned $2.8 billion, or $2.53 per diluted share, as revenue rose."
        let cents = F.claim("a.txt", category: .money, 2.53, unit: "USD", subject: "", sentence: sentence)
        #expect(ClaimContext.amountClauseWords(of: cents) == ["or", "2", "53", "per", "diluted", "share"])
        #expect(ClaimContext.withParts(["per-share", "earning"]) == ["per-share", "per", "share", "earning"])
    }

    @Test func theAmountsClauseIsFoundInTextWithOtherScalars() {
        // The clause marks and " and " are found around the amount whatever letters come before it; digits
        // inside a longer number ("12,000" in "112,000") or after a decimal point ("5" in "2.5") are not the amount.
        let sentence = "Le café coûte 112,000 €; la mairie a versé 12,000 € et 3.12 reste — à Zürich and more."
        let range = ClaimContext.amount("12,000", in: sentence)
        #expect(range.map { String(sentence[$0]) } == "12,000")
        #expect(range.map { sentence[..<$0.lowerBound].hasSuffix("versé ") } == true)
        let clause = range.map { String(sentence[ClaimContext.clause(around: $0, in: sentence)]) }
        #expect(clause == " la mairie a versé 12,000 € et 3.12 reste — à Zürich")
        #expect(ClaimContext.amount("5", in: "Ça fait 15 ou 2.5 ou 55") == nil)
    }

    @Test func oneEarningsPerShareToldPerDilutedShareAndPerShareIsOneFact() {
        // The clause of the cents is "or $2.53 per diluted share" (not the "$2.8 billion" one), and it
        // shares "share" with "per-share earnings".
        let fox = "The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share, as revenue rose."
        let barrons = "Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter."
        let lead = "Home Depot shares fell after its third-quarter results; Lowe's slipped too."
        let articles = [("a.txt", fox), ("b.txt", barrons)].map { path, text in
            Article(path: path, published: "2019-11-19", paragraphs: [lead, text])
        }
        let groups = F.groups(
            [
                F.claim("a.txt", category: .money, 2.53, unit: "USD", subject: "retailer", sentence: fox),
                F.claim("b.txt", category: .money, 2.53, unit: "USD", subject: "per-share earnings", sentence: barrons),
            ], articles: articles)
        #expect(groups[0] == groups[1])
    }
}
