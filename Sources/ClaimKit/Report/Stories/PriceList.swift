/// Whether an article is a list of shop prices (a deal round-up, a gift guide): an article about no
/// one event.
///
/// The same shop offer appears on many such pages, so two of them that share product names and a
/// price tell one shop's listing, not one event's fact; and an outlet whose article is about
/// something else did not "leave out" an offer. A price list is therefore a story of its own (with
/// its wire copies): its prices are reported, never compared with other outlets'.
///
/// An article is one when it states at least `minimumShopPrices` different shop prices (sums under
/// the price limit written as shops write prices, just under a round sum: see `isShopPrice`), and
/// sums under the price limit are at least half of its claims: an article about an event that
/// mentions a price or two, or whose sums are round (grants, fines, benefits), stays in its story.
struct PriceList {
    /// Different shop prices an article must state to be a price list.
    static let minimumShopPrices = 3

    /// The sum under which a sum of unknown purpose is read as a price (`ReportOptions.priceLimit`).
    let priceLimit: Double
    private var claims = 0
    private var prices = 0
    private var shopPrices = Set<Double>()

    /// An empty tally: `count` each claim of one article, then ask `isPriceList`.
    init(priceLimit: Double) { self.priceLimit = priceLimit }

    /// Whether `claims` (the claims of one article) make it a price list.
    static func isPriceList(_ claims: [Claim], priceLimit: Double) -> Bool {
        var list = PriceList(priceLimit: priceLimit)
        for claim in claims { list.count(claim) }
        return list.isPriceList
    }

    /// Counts one more claim of the article.
    mutating func count(_ claim: Claim) {
        claims += 1
        guard claim.category == .money, claim.vague != true, let value = claim.value, value > 0, value < priceLimit
        else { return }
        prices += 1
        if PriceList.isShopPrice(value) { shopPrices.insert(value) }
    }

    /// Whether the claims counted make the article a price list.
    var isPriceList: Bool { shopPrices.count >= PriceList.minimumShopPrices && prices * 2 >= claims }

    /// Whether a sum is written as shops write prices: its last significant digit is a 9 in the
    /// units or below ($139, $169.99, Rs 299, $1,599), just under a round sum. A round sum ($900,
    /// $449,000) or one told to the cent otherwise ($55.12) is not.
    static func isShopPrice(_ value: Double) -> Bool {
        let place = FactGrouper.place(of: value)
        return place <= 1 && (value / place).rounded().truncatingRemainder(dividingBy: 10) == 9
    }
}
