/// A sum told in two currencies at once: "$60 million (£47 million)" gives one sum and its
/// conversion, which are one fact whatever the numbers.
struct CurrencyConversion: Sendable, Equatable {
    var unit: String
    var value: Double

    /// The other currency's amount that a money claim's sentence gives in brackets right after it
    /// (or the amount it is the bracketed conversion of); nil when the sentence gives none.
    static func of(_ claim: Claim) -> CurrencyConversion? {
        guard claim.category == .money, let unit = claim.unit, let value = claim.value, claim.upper == nil else {
            return nil
        }
        let tokens = Tokenizer.tokenize(Array(claim.sentence.utf8))
        let money = NumberParser.mentions(in: tokens).filter {
            $0.unit != nil && $0.value != nil && $0.upper == nil && !$0.vague
        }
        for (x, y) in zip(money, money.dropFirst()) where x.unit != y.unit {
            // Only an opening bracket between the two: the second restates the first.
            guard y.first == x.last + 2, tokens[x.last + 1].kind == .punct, tokens[x.last + 1].lower == "(" else {
                continue
            }
            if x.unit == unit && x.value == value { return CurrencyConversion(unit: y.unit!, value: y.value!) }
            if y.unit == unit && y.value == value { return CurrencyConversion(unit: x.unit!, value: x.value!) }
        }
        return nil
    }
}
