/// A number found in a sentence, with its hedge, range and currency, before any category is known.
struct NumberMention: Sendable, Equatable {
    /// First token of the mention including its hedge ("more than", "about").
    var first: Int
    /// First token of the amount itself (a currency sign, digits or a number word).
    var numberStart: Int
    /// Last token of the amount (scale word, upper end of a range, currency word).
    var last: Int
    var value: Double?
    var upper: Double?
    var qualifier: Qualifier
    /// ISO currency code when the amount is money.
    var unit: String?
    /// "dozens", "hundreds", "billions": a vague amount.
    var vague: Bool
    /// Written in digits (as opposed to words).
    var digits: Bool
    /// The amount token (digits) for not-claim checks; nil for word numbers.
    var digitToken: Int?
    /// A currency word used by several countries ("pesos", "dollars", "rupees"), as its stem:
    /// `unit` holds the common default until the article's country says otherwise.
    var ambiguousCurrency: String? = nil
}
