import Foundation
import Testing

@testable import ClaimKit

/// A list of shop prices is about no one event: a story of its own, its prices never one fact with
/// another outlet's, and no outlet flagged for leaving its offers out.
@Suite struct PriceListTests {
    typealias F = ReportFixtures

    @Test func aShopPriceEndsInANineJustUnderARoundSum() {
        for value in [139, 169.99, 299, 1_599, 0.99, 39.99, 29] { #expect(PriceList.isShopPrice(value), "\(value)") }
        for value in [900, 449_000, 55.12, 140, 2.52, 1_400, 250_000, 7.25] {
            #expect(!PriceList.isShopPrice(value), "\(value)")
        }
    }

    func price(_ article: String, _ value: Double, _ subject: String = "", said sentence: String) -> Claim {
        F.claim(
            article, published: "2019-11-18", category: .money, value, unit: "USD", subject: subject, sentence: sentence
        )
    }

    @Test func anArticleOfMostlyShopPricesIsAPriceList() {
        let deals = [
            price("d.txt", 39.99, "controller", said: "Controller in Crystal for $39.99"),
            price("d.txt", 169.99, "watch", said: "Smart Watch for $169.99 (Originally $200)"),
            price("d.txt", 200, "watch", said: "Smart Watch for $169.99 (Originally $200)"),
            price("d.txt", 139, "earphones", said: "Wireless Earphones for $139 (Originally $159)"),
        ]
        #expect(PriceList.isPriceList(deals, priceLimit: 10_000))
        #expect(!PriceList.isPriceList(Array(deals.prefix(3)), priceLimit: 10_000), "two shop prices are no list")
        // An event's article that names three prices among its counts stays in its story.
        let event =
            deals.dropFirst()
            + (1...4).map { F.claim("d.txt", published: "2019-11-18", Double($0 * 10), subject: "people") }
        #expect(!PriceList.isPriceList(Array(event), priceLimit: 10_000))
        // Round sums (benefits, grants, fines) are no shop prices, however many.
        let benefits = [1_400, 600, 300, 3_000, 3_600].map {
            price("b.txt", Double($0), "payments", said: "Families get $\(Int($0)) in payments.")
        }
        #expect(!PriceList.isPriceList(benefits, priceLimit: 10_000))
    }

    static let roundupA =
        "Black Friday deals on Apple AirPods, the Apple Watch and the PlayStation controller are live at Amazon."
    static let roundupB = "The best early Black Friday deals on Apple devices: AirPods and the Apple Watch at Amazon."
    static let rumour =
        "Apple is expected to launch a new MacBook with a scissor keyboard, while AirPods and the Apple Watch sell."

    func report(roundupPrices: Bool) -> Report {
        let texts = ["a": Self.roundupA, "b": Self.roundupB, "c": Self.rumour]
        let articles = texts.keys.sorted().map { outlet in
            Article(path: outlet + ".txt", outlet: outlet, published: "2019-11-18", paragraphs: [texts[outlet]!])
        }
        let airpods = "AirPods 2 dropped to an all-time low on Amazon at just $139."
        var claims = [
            price("a.txt", 139, "AirPods 2", said: airpods),
            price("b.txt", 139, "AirPods 2", said: airpods.replacingOccurrences(of: "just", with: "only")),
            F.claim("c.txt", published: "2019-11-18", 3, subject: "models", sentence: Self.rumour),
        ]
        if roundupPrices {
            for article in ["a.txt", "b.txt"] {
                claims += [
                    price(article, 39.99, "controller", said: "Controller in Crystal for $39.99"),
                    price(article, 169.99, "watch", said: "Smart Watch for $169.99 (Originally $200)"),
                ]
            }
        }
        return ReportBuilder().build(articles: articles, claims: claims)
    }

    @Test func twoPriceListsSharingAnOfferAreTwoStoriesAndFlagNoOmission() {
        // One price each: the two articles are one story and the shared price one fact.
        let single = report(roundupPrices: false)
        #expect(single.groups.contains { $0.outlets == ["a", "b"] })
        // Lists of prices: each a story of its own, the same offer two facts, nobody "left it out".
        let lists = report(roundupPrices: true)
        #expect(lists.sources.map(\.story).count == Set(lists.sources.map(\.story)).count)
        #expect(lists.groups.allSatisfy { $0.outlets.count == 1 })
        #expect(lists.groups.allSatisfy { !$0.differences.contains { $0.kind == .omission } })
    }
}
