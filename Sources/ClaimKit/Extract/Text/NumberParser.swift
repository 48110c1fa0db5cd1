/// Finds the numbers of a sentence: digits, number words, scales, vague counts, ranges,
/// hedges and currencies. Scans the token array once, left to right; bounded look-around.
enum NumberParser {
    static func mentions(in tokens: [Token]) -> [NumberMention] {
        var result: [NumberMention] = []
        var i = 0
        let n = tokens.count
        while i < n {
            if let mention = parse(tokens, at: i) {
                result.append(mention)
                i = mention.last + 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// The amount starting at `i` (without hedge): value, last token index, unit, vague, digits.
    struct Amount {
        var value: Double?
        var last: Int
        var unit: String?
        var vague: Bool
        var digits: Bool
        var scaled: Bool
        var digitToken: Int?
    }

    /// The mention starting at token `start` (a currency, an amount, a range, a currency after, hedges), if any.
    static func parse(_ tokens: [Token], at start: Int) -> NumberMention? {
        let t0 = tokens[start]
        if t0.isWord && !t0.has(Lexicon.Flag.amount) { return nil }
        // Currency signs are "$" or non-ASCII: other marks are rejected before hashing.
        if t0.isPunct
            && ((t0.lower.utf8.first ?? 0) < 0x80 && t0.lower != "$" || Lexicon.currencySymbols[t0.lower] == nil)
        {
            return nil
        }
        var (unit, i) = currencyBefore(tokens, at: start)
        guard var amount = amount(tokens, at: i, currency: unit != nil) else { return nil }
        if unit == nil, start > 0, tokens[start - 1].isPunct, tokens[start - 1].lower == "$" { return nil }
        var upper: Double?
        var last = amount.last
        if let range = range(tokens, from: start, amountAt: i, amount, unit: &unit) {
            amount.value = range.low
            upper = range.high
            last = range.last
        }
        if unit == nil { unit = amount.unit }
        var ambiguousCurrency: String?
        // "Rs 500 crore": a prefix that several countries write picks its code from the article too.
        if let u = unit, start < i, tokens[start].isWord,
            Lexicon.ambiguousCurrencies[Lexicon.currencyStem(tokens[start].lower)] != nil,
            u == Lexicon.currencyWords[tokens[start].lower]
        {
            ambiguousCurrency = Lexicon.currencyStem(tokens[start].lower)
        }
        if unit == nil { currencyAfter(tokens, amount, last: &last, unit: &unit, ambiguous: &ambiguousCurrency) }
        // "$100 Australian": the country word after a dollar amount names the dollar.
        if unit == "USD", tokens[start].lower == "$", last + 1 < tokens.count, tokens[last + 1].isWord,
            tokens[last + 1].capitalized,
            let code = Lexicon.currencyByCountryAdjective[tokens[last + 1].lower]?["dollar"],
            last + 2 >= tokens.count || tokens[last + 2].isPunct || tokens[last + 2].lower.hasPrefix("dollar")
        {
            unit = code; last += 1
        }
        // "grows to 500 pounds", "weighs 12 pounds": a weight, not sterling.
        if unit == "GBP", tokens[last].is("pounds") || tokens[last].is("pound"),
            (max(0, start - 5)..<start).contains(where: { Lexicon.weightWords.contains(token: tokens[$0]) })
                || isWeight(tokens, poundsAt: last)
        {
            return nil
        }
        // Hedge before.
        var first = start
        var qualifier: Qualifier = upper == nil ? .exact : .range
        if let (length, q) = hedge(tokens, endingBefore: start) {
            first = start - length
            if upper == nil { qualifier = q }
        }
        if upper == nil { hedgeAfter(tokens, last: &last, qualifier: &qualifier) }
        if amount.vague, qualifier == .exact { qualifier = .about }
        return NumberMention(
            first: first, numberStart: start, last: last, value: amount.value, upper: upper,
            qualifier: qualifier, unit: unit, vague: amount.vague, digits: amount.digits,
            digitToken: amount.digitToken, ambiguousCurrency: ambiguousCurrency)
    }

    /// Currency before the amount: "$25", "€3", "C$5", "AZN 1.2 million", "US$ 4". The unit and where the amount starts.
    private static func currencyBefore(_ tokens: [Token], at start: Int) -> (String?, Int) {
        let n = tokens.count, t = tokens[start]
        if t.isPunct, let code = Lexicon.currencySymbols[t.lower], start + 1 < n, startsAmount(tokens, start + 1) {
            if start > 0, tokens[start - 1].isWord, !t.spaceBefore,
                let prefixed = Lexicon.currencySignPrefixes[tokens[start - 1].lower]
            {
                return (prefixed, start + 1)
            }
            return (code, start + 1)
        } else if t.isWord, Lexicon.prefixCurrencyCodes.contains(token: t), start + 1 < n, tokens[start + 1].isNumber {
            return (Lexicon.currencyWords[t.lower], start + 1)
        }
        return (nil, start)
    }

    /// Range: "10,000-15,000", "20 to 30", "between 20 and 30", "$10-15 million": the low and high
    /// values and the last token. A currency sign before the second number sets `unit` even when
    /// no range follows; a range's high end lends its unit.
    private static func range(
        _ tokens: [Token], from start: Int, amountAt i: Int, _ amount: Amount, unit: inout String?
    )
        -> (low: Double, high: Double, last: Int)?
    {
        let n = tokens.count, last = amount.last
        guard last + 1 < n, !amount.vague else { return nil }
        let between = start > 0 && tokens[start - 1].is("between")
        let fromBefore = start > 0 && tokens[start - 1].is("from")
        let joiner = tokens[last + 1]
        let isDash = joiner.isPunct && joiner.lower == "-"
        let isTo = joiner.is("to") && !fromBefore
        let isAnd = joiner.is("and") && between
        let isOr = joiner.is("or") && !amount.scaled
        guard isDash || isTo || isAnd || isOr, last + 2 < n else { return nil }
        var j = last + 2
        if j < n, tokens[j].isPunct, let code = Lexicon.currencySymbols[tokens[j].lower],
            unit == nil || Lexicon.currencySymbols[tokens[j].lower] == unit
        {
            unit = code; j += 1
        }
        guard j < n, startsAmount(tokens, j), !(isDash && (joiner.spaceBefore != tokens[j].spaceBefore)),
            let high = self.amount(tokens, at: j, currency: unit != nil), !high.vague,
            amount.digits == high.digits || isAnd || sentenceInitialWords(tokens, i, amount.digits, high.digits)
        else { return nil }
        var low = amount.value
        if let l = low, let h = high.value, high.scaled, !amount.scaled {
            let scale = h / max(1, highBase(tokens, j))
            if scale > 1, l * scale <= h { low = l * scale }
        }
        // A second number not above the first ("two or one", "3-1") is no range: keep the first only.
        guard let l = low, let h = high.value, h > l else { return nil }
        if unit == nil { unit = high.unit }
        return (l, h, high.last)
    }

    /// A currency after the amount ending at `last`: "12 million U.S. dollars", "5 million dollars", "billions of dollars".
    private static func currencyAfter(
        _ tokens: [Token], _ amount: Amount, last: inout Int, unit: inout String?, ambiguous: inout String?
    ) {
        let n = tokens.count
        // A country adjective names the currency: "12 million U.S. dollars", "500 Canadian dollars", "2 billion Philippine pesos".
        if last + 2 < n, tokens[last + 1].isWord, tokens[last + 2].isWord,
            let byCountry = Lexicon.currencyByCountryAdjective[tokens[last + 1].lower],
            Lexicon.currencyWords[tokens[last + 2].lower] != nil,
            let code = byCountry[Lexicon.currencyStem(tokens[last + 2].lower)]
        {
            unit = code; last += 2
        }
        // A currency word after the amount: "5 million dollars", "1,000 manat".
        // ("Rs" stands only before the amount: "four RS-25 engines" holds no rupees.)
        if unit == nil, last + 1 < n, tokens[last + 1].isWord, let code = Lexicon.currencyWords[tokens[last + 1].lower],
            !Lexicon.prefixCurrencyCodes.contains(token: tokens[last + 1]) || tokens[last + 1].spaceBefore,
            !tokens[last + 1].is("rs")
        {
            if !(tokens[last + 1].lower == "try" || tokens[last + 1].lower == "rub") || tokens[last + 1].capitalized {
                unit = code; last += 1
                let stem = Lexicon.currencyStem(tokens[last].lower)
                if Lexicon.ambiguousCurrencies[stem] != nil { ambiguous = stem }
            }
        }
        // "billions of dollars"
        if unit == nil, amount.vague, last + 2 < n, tokens[last + 1].is("of"),
            let code = Lexicon.currencyWords[tokens[last + 2].lower]
        {
            unit = code
        }
    }

    /// Hedge after: "100 or more", "100 or so", "100+".
    private static func hedgeAfter(_ tokens: [Token], last: inout Int, qualifier: inout Qualifier) {
        let n = tokens.count
        if last + 2 < n, tokens[last + 1].is("or") {
            if tokens[last + 2].is("more") {
                qualifier = .atLeast; last += 2
            } else if tokens[last + 2].is("so") {
                qualifier = .about; last += 2
            }
        }
        if last + 1 < n, tokens[last + 1].lower == "+", !tokens[last + 1].spaceBefore {
            qualifier = .moreThan; last += 1
        }
    }

    /// The value of the digits or words at `j` without any scale (for "$10-15 million" and
    /// "three to five million": the number word before the scale, "twenty-five" included).
    static func highBase(_ tokens: [Token], _ j: Int) -> Double {
        if tokens[j].isNumber { return tokens[j].value ?? 1 }
        guard tokens[j].isWord else { return 1 }
        if let u = Lexicon.units[tokens[j].lower] { return max(u, 1) }
        guard let tens = Lexicon.tens[tokens[j].lower] else { return 1 }
        if j + 2 < tokens.count, tokens[j + 1].lower == "-", !tokens[j + 1].spaceBefore,
            let u = Lexicon.units[tokens[j + 2].lower], u > 0, u < 10
        {
            return tens + u
        }
        return tens
    }

    /// "15m dollars", "1.5m Swiss francs": a currency word (after an optional country adjective) at `j`.
    static func currencyWordFollows(_ tokens: [Token], _ j: Int) -> Bool {
        guard j < tokens.count, tokens[j].isWord else { return false }
        if Lexicon.currencyWords[tokens[j].lower] != nil, !Lexicon.prefixCurrencyCodes.contains(token: tokens[j]) {
            return true
        }
        return j + 1 < tokens.count && Lexicon.currencyByCountryAdjective[tokens[j].lower] != nil
            && Lexicon.currencyWords[tokens[j + 1].lower] != nil
    }

    /// ("between ten and 15" is a range whatever the writing.)
    /// "Ten to 15 soldiers": style guides spell out a number that opens a sentence, so a lower end
    /// in words there may pair with an upper end in digits.
    private static func sentenceInitialWords(_ tokens: [Token], _ i: Int, _ lowDigits: Bool, _ highDigits: Bool) -> Bool
    {
        !lowDigits && highDigits && tokens[i].capitalized
            && (i == 0 || tokens[i - 1].isPunct && tokens[i - 1].lower != ",")
    }

    static func startsAmount(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        if t.isNumber { return !t.hasColon }
        guard t.isWord else { return false }
        return Lexicon.units[t.lower] != nil || Lexicon.tens[t.lower] != nil
            || ((t.lower == "a" || t.lower == "an") && i + 1 < tokens.count
                && Lexicon.articleScales.contains(tokens[i + 1].lower))
    }

    /// The longest hedge phrase that ends right before token `end`: its length in tokens and qualifier.
    static func hedge(_ tokens: [Token], endingBefore end: Int) -> (Int, Qualifier)? {
        guard end >= 1, end <= tokens.count, Lexicon.hedgeEnds.contains(token: tokens[end - 1]) else { return nil }
        var best: (Int, Qualifier)?
        for (words, qualifier) in Lexicon.hedges {
            let length = words.count
            guard end - length >= 0, length > (best?.0 ?? 0) else { continue }
            var ok = true
            for (k, w) in words.enumerated() where tokens[end - length + k].lower != w { ok = false; break }
            if ok { best = (length, qualifier) }
        }
        return best
    }
}
