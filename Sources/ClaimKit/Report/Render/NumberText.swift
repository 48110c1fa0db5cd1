import Foundation

/// Numbers and hedges as people read them in the report ("more than 10,000", "USD 25 billion").
package enum NumberText {
    /// "2728" → "2,728"; fractions keep up to two decimals.
    package static func grouped(_ value: Double) -> String {
        if value != value.rounded() || abs(value) >= 1e18 {
            var text = String(format: "%.2f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
        let digits = String(Int64(abs(value)))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    /// Large sums in words: 25000000000 → "25 billion", 1200000 → "1.2 million".
    package static func amount(_ value: Double) -> String {
        for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where abs(value) >= scale {
            return grouped((value / scale * 100).rounded() / 100) + " " + word
        }
        return grouped(value)
    }

    /// The hedge as words, nil for none.
    package static func hedge(_ qualifier: Qualifier) -> String? {
        switch qualifier {
        case .exact, .range: return nil
        case .about: return "about"
        case .nearly: return "nearly"
        case .moreThan: return "more than"
        case .atLeast: return "at least"
        case .fewerThan: return "fewer than"
        case .atMost: return "up to"
        }
    }

    /// The number of a claim without its hedge: "4", "10,000-15,000", "USD 25 billion", "unspecified".
    package static func number(value: Double?, upper: Double?, unit: String?) -> String {
        guard let value else { return unit.map { "\($0), amount not given" } ?? "amount not given" }
        func show(_ v: Double) -> String { unit == nil ? grouped(v) : amount(v) }
        var text = show(value)
        if let upper, upper != value { text += "-" + show(upper) }
        if let unit { text = unit + " " + text }
        return text
    }

    /// The number of a claim with its hedge: "more than 300"; a vague amount in its own words ("dozens").
    package static func claimValue(_ claim: Claim) -> String { text(of: FactValue(claim)) }

    /// A value with its hedge: "more than 300"; a vague amount in its own words ("dozens").
    package static func text(of value: FactValue) -> String {
        if let vague = value.vagueWords {
            // The extractor codes vague words as "about N": that hedge is the coding, not the outlet's.
            guard value.qualifier != .about, let hedge = hedge(value.qualifier) else { return vague }
            return hedge + " " + vague
        }
        let number = number(value: value.value, upper: value.upper, unit: value.unit)
        if value.value == nil { return number }
        if let hedge = hedge(value.qualifier) { return hedge + " " + number }
        return number
    }
}
