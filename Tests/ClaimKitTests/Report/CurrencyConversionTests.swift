import Testing

@testable import ClaimKit

/// A sum told in two currencies ("$60 million (£47 million)") is one fact with its conversion.
@Suite struct CurrencyConversionTests {
    typealias F = ReportFixtures

    func money(_ article: String, _ value: Double, _ unit: String, _ sentence: String) -> Claim {
        F.claim(
            article, published: "2019-06-17", category: .money, value, unit: unit, subject: "landmine clearance",
            sentence: sentence)
    }

    @Test func aBracketedAmountInAnotherCurrencyIsTheSameSum() {
        #expect(
            CurrencyConversion.of(
                money("a", 60_000_000, "USD", "Angola pledged 60 million dollars (£47 million) for landmine clearance.")
            )
                == CurrencyConversion(unit: "GBP", value: 47_000_000))
        #expect(
            CurrencyConversion.of(
                money(
                    "a", 47_000_000, "GBP", "Angola will invest $60 million (47 million pounds) in landmine clearance.")
            )
                == CurrencyConversion(unit: "USD", value: 60_000_000))
        // Two sums side by side are not a conversion.
        #expect(
            CurrencyConversion.of(
                money("a", 60_000_000, "USD", "It gave $60 million and £47 million to landmine clearance.")) == nil)
        #expect(
            CurrencyConversion.of(
                money("a", 60_000_000, "USD", "It gave $60 million (and $5 million more) to landmine clearance."))
                == nil)
    }

    @Test func theConvertedSumJoinsTheOtherCurrencysFact() {
        let g = F.groups([
            money("a.txt", 47_000_000, "GBP", "The prince backed a £47 million landmine clearance initiative."),
            money(
                "b.txt", 60_000_000, "USD", "Angola pledged 60 million dollars (£47 million) for landmine clearance."),
            money("c.txt", 60_000_000, "USD", "The government will invest $60 million in landmine clearance."),
        ])
        #expect(g[0] == g[1] && g[1] == g[2])
    }

    @Test func theReportSaysTheSumIsToldInTwoCurrenciesNotThatNumbersDiffer() {
        let claims = [
            money("a.txt", 47_000_000, "GBP", "The prince backed a £47 million landmine clearance initiative."),
            money(
                "b.txt", 60_000_000, "USD", "Angola pledged 60 million dollars (£47 million) for landmine clearance."),
        ]
        let report = ReportBuilder().build(articles: [], claims: claims)
        let number = report.groups.first?.differences.first { $0.kind == .number }
        #expect(report.groups.count == 1)
        #expect(number?.detail == "told in different currencies: GBP 47 million (a) vs USD 60 million (b)")
        #expect(MarkdownRenderer().render(report).contains("**told in different currencies**"))
        #expect(HTMLRenderer().render(report).contains("<b>told in different currencies</b>"))
        #expect(TableRenderer(width: 300).render(report).contains("told in different currencies"))
        #expect(CSVRenderer().render(report).contains("told in different currencies"))
        #expect(JSONLRenderer().render(report).contains("told in different currencies"))
    }

    @Test func sumsInTwoCurrenciesWithoutAConversionStayApart() {
        let g = F.groups([
            money("a.txt", 47_000_000, "GBP", "The prince backed a £47 million landmine clearance initiative."),
            money("b.txt", 60_000_000, "USD", "The government will invest $60 million in landmine clearance."),
        ])
        #expect(g[0] != g[1])
    }
}
