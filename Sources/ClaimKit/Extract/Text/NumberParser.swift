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
    private struct Amount {
        var value: Double?
        var last: Int
        var unit: String?
        var vague: Bool
        var digits: Bool
        var scaled: Bool
        var digitToken: Int?
    }

    static func parse(_ tokens: [Token], at start: Int) -> NumberMention? {
        let n = tokens.count
        var i = start
        var unit: String?
        let t0 = tokens[start]
        if t0.isWord && !t0.has(Lexicon.Flag.amount) { return nil }
        // Currency signs are "$" or non-ASCII: other marks are rejected before hashing.
        if t0.isPunct && ((t0.lower.utf8.first ?? 0) < 0x80 && t0.lower != "$" || Lexicon.currencySymbols[t0.lower] == nil) { return nil }
        // Currency before the amount: "$25", "€3", "AZN 1.2 million", "US$ 4".
        let t = tokens[i]
        if t.isPunct, let code = Lexicon.currencySymbols[t.lower], i + 1 < n, startsAmount(tokens, i + 1) {
            unit = code; i += 1
            if start > 0, tokens[start - 1].isWord, !t.spaceBefore {
                switch tokens[start - 1].lower {
                case "c": unit = "CAD"; case "a": unit = "AUD"; case "hk": unit = "HKD"; case "nz": unit = "NZD"; case "s": unit = "SGD"
                case "r": unit = "BRL"; default: break
                }
            }
        } else if t.isWord, Lexicon.prefixCurrencyCodes.contains(t.lower), i + 1 < n, tokens[i + 1].isNumber {
            unit = Lexicon.currencyWords[t.lower]; i += 1
        }
        guard var amount = amount(tokens, at: i, currency: unit != nil) else { return nil }
        if unit == nil, start > 0, tokens[start - 1].isPunct, tokens[start - 1].lower == "$" { return nil }
        var upper: Double?
        var last = amount.last
        // Range: "10,000-15,000", "20 to 30", "between 20 and 30", "$10-15 million".
        let between = start > 0 && tokens[start - 1].is("between")
        let fromBefore = start > 0 && tokens[start - 1].is("from")
        if last + 1 < n, !amount.vague {
            let joiner = tokens[last + 1]
            let isDash = joiner.isPunct && joiner.lower == "-"
            let isTo = joiner.is("to") && !fromBefore
            let isAnd = joiner.is("and") && between
            let isOr = joiner.is("or") && !amount.scaled
            if (isDash || isTo || isAnd || isOr), last + 2 < n {
                var j = last + 2
                if j < n, tokens[j].isPunct, let code = Lexicon.currencySymbols[tokens[j].lower], unit == nil || Lexicon.currencySymbols[tokens[j].lower] == unit {
                    unit = code; j += 1
                }
                if j < n, startsAmount(tokens, j), !(isDash && (joiner.spaceBefore != tokens[j].spaceBefore)),
                   let high = self.amount(tokens, at: j, currency: unit != nil), !high.vague,
                   amount.digits == high.digits || isAnd || sentenceInitialWords(tokens, i, amount.digits, high.digits) {
                    var low = amount.value
                    if let l = low, let h = high.value, high.scaled, !amount.scaled {
                        let scale = h / max(1, highBase(tokens, j))
                        if scale > 1, l * scale <= h { low = l * scale }
                    }
                    // A second number not above the first ("two or one", "3-1") is no range: keep the first only.
                    if let l = low, let h = high.value, h > l {
                        amount.value = low
                        upper = h
                        last = high.last
                        if unit == nil { unit = high.unit }
                    }
                }
            }
        }
        if unit == nil { unit = amount.unit }
        var ambiguousCurrency: String?
        // "Rs 500 crore": a prefix that several countries write picks its code from the article too.
        if let u = unit, start < i, tokens[start].isWord, Lexicon.ambiguousCurrencies[Lexicon.currencyStem(tokens[start].lower)] != nil, u == Lexicon.currencyWords[tokens[start].lower] {
            ambiguousCurrency = Lexicon.currencyStem(tokens[start].lower)
        }
        // A country adjective names the currency: "12 million U.S. dollars", "500 Canadian dollars", "2 billion Philippine pesos".
        if unit == nil, last + 2 < n, tokens[last + 1].isWord, tokens[last + 2].isWord,
           let byCountry = Lexicon.currencyByCountryAdjective[tokens[last + 1].lower],
           Lexicon.currencyWords[tokens[last + 2].lower] != nil, let code = byCountry[Lexicon.currencyStem(tokens[last + 2].lower)] {
            unit = code; last += 2
        }
        // A currency word after the amount: "5 million dollars", "1,000 manat".
        // ("Rs" stands only before the amount: "four RS-25 engines" holds no rupees.)
        if unit == nil, last + 1 < n, tokens[last + 1].isWord, let code = Lexicon.currencyWords[tokens[last + 1].lower],
           !Lexicon.prefixCurrencyCodes.contains(tokens[last + 1].lower) || tokens[last + 1].spaceBefore, !tokens[last + 1].is("rs") {
            if !(tokens[last + 1].lower == "try" || tokens[last + 1].lower == "rub") || tokens[last + 1].capitalized {
                unit = code; last += 1
                let stem = Lexicon.currencyStem(tokens[last].lower)
                if Lexicon.ambiguousCurrencies[stem] != nil { ambiguousCurrency = stem }
            }
        }
        // "billions of dollars"
        if unit == nil, amount.vague, last + 2 < n, tokens[last + 1].is("of"), let code = Lexicon.currencyWords[tokens[last + 2].lower] {
            unit = code
        }
        // Hedge before.
        var first = start
        var qualifier: Qualifier = upper == nil ? .exact : .range
        if let (length, q) = hedge(tokens, endingBefore: start) {
            first = start - length
            if upper == nil { qualifier = q }
        }
        // Hedge after: "100 or more", "100-plus", "100+".
        if upper == nil, last + 2 < n, tokens[last + 1].is("or") {
            if tokens[last + 2].is("more") { qualifier = .atLeast; last += 2 }
            else if tokens[last + 2].is("so") { qualifier = .about; last += 2 }
        }
        if upper == nil, last + 1 < n, tokens[last + 1].lower == "+", !tokens[last + 1].spaceBefore { qualifier = .moreThan; last += 1 }
        if amount.vague, qualifier == .exact { qualifier = .about }
        return NumberMention(first: first, numberStart: start, last: last, value: amount.value, upper: upper,
                             qualifier: qualifier, unit: unit, vague: amount.vague, digits: amount.digits,
                             digitToken: amount.digitToken, ambiguousCurrency: ambiguousCurrency)
    }

    /// The value of the digits or words at `j` without any scale (for "$10-15 million").
    private static func highBase(_ tokens: [Token], _ j: Int) -> Double {
        if tokens[j].isNumber { return tokens[j].value ?? 1 }
        return 1
    }

    /// "15m dollars", "1.5m Swiss francs": a currency word (after an optional country adjective) at `j`.
    private static func currencyWordFollows(_ tokens: [Token], _ j: Int) -> Bool {
        guard j < tokens.count, tokens[j].isWord else { return false }
        if Lexicon.currencyWords[tokens[j].lower] != nil, !Lexicon.prefixCurrencyCodes.contains(tokens[j].lower) { return true }
        return j + 1 < tokens.count && Lexicon.currencyByCountryAdjective[tokens[j].lower] != nil && Lexicon.currencyWords[tokens[j + 1].lower] != nil
    }

    /// ("between ten and 15" is a range whatever the writing.)
    /// "Ten to 15 soldiers": style guides spell out a number that opens a sentence, so a lower end
    /// in words there may pair with an upper end in digits.
    private static func sentenceInitialWords(_ tokens: [Token], _ i: Int, _ lowDigits: Bool, _ highDigits: Bool) -> Bool {
        !lowDigits && highDigits && tokens[i].capitalized && (i == 0 || tokens[i - 1].isPunct && tokens[i - 1].lower != ",")
    }

    static func startsAmount(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        if t.isNumber { return !t.hasColon }
        guard t.isWord else { return false }
        return Lexicon.units[t.lower] != nil || Lexicon.tens[t.lower] != nil
            || ((t.lower == "a" || t.lower == "an") && i + 1 < tokens.count && Lexicon.articleScales.contains(tokens[i + 1].lower))
    }

    private static func amount(_ tokens: [Token], at i: Int, currency: Bool) -> Amount? {
        let n = tokens.count
        let t = tokens[i]
        if t.isNumber {
            if t.hasColon { return nil }
            var value = t.value
            var last = i
            var scaled = false
            // Glued scale ("25bn", "400m") or spaced scale words ("1.5 million", "2 thousand").
            if i + 1 < n, tokens[i + 1].isWord {
                let next = tokens[i + 1]
                if !next.spaceBefore {
                    if let s = Lexicon.scales[next.lower], !next.lower.hasSuffix("s") || next.lower == "millions" {
                        // "25bn" always; "400m" and "5k" only for money (else metres, kilo-anything).
                        if !Lexicon.gluedScales.contains(next.lower) || currency || currencyWordFollows(tokens, i + 2) {
                            value = value.map { $0 * s }; last = i + 1; scaled = true
                        }
                    }
                } else if let s = Lexicon.scales[next.lower], !Lexicon.gluedScales.contains(next.lower), next.lower != "millions" {
                    value = value.map { $0 * s }; last = i + 1; scaled = true
                    if last + 1 < n, let s2 = Lexicon.scales[tokens[last + 1].lower], !Lexicon.gluedScales.contains(tokens[last + 1].lower),
                       tokens[last + 1].lower != "millions", s2 > s {
                        value = value.map { $0 * s2 }; last += 1
                    }
                } else if next.is("dozen") {
                    value = value.map { $0 * 12 }; last = i + 1
                }
            } else if i + 2 < n, tokens[i + 1].lower == "-", !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore,
                      let s = Lexicon.scales[tokens[i + 2].lower], s >= 1_000_000, !Lexicon.gluedScales.contains(tokens[i + 2].lower) {
                // "$1.2-billion", "a 5-million-euro fund": a hyphenated scale word.
                value = value.map { $0 * s }; last = i + 2; scaled = true
            }
            if let v = value, !v.isFinite { value = nil }
            return Amount(value: value, last: last, unit: nil, vague: false, digits: true, scaled: scaled, digitToken: i)
        }
        guard t.isWord else { return nil }
        // "a dozen", "a hundred", "a thousand"; "half a dozen".
        if (t.lower == "a" || t.lower == "an"), i + 1 < n {
            let next = tokens[i + 1].lower
            var value: Double?
            switch next {
            case "dozen": value = 12
            case "hundred": value = 100
            case "thousand": value = 1_000
            case "million": value = 1_000_000
            case "billion": value = 1_000_000_000
            default: return nil
            }
            var last = i + 1
            if next == "hundred", last + 1 < n, tokens[last + 1].is("thousand") { value = 100_000; last += 1 }
            if i > 0, tokens[i - 1].is("half"), next == "dozen" { value = 6 }
            return Amount(value: value, last: last, unit: nil, vague: false, digits: false, scaled: next != "dozen", digitToken: nil)
        }
        // Vague plurals: "dozens", "hundreds of thousands", "tens of thousands", "billions".
        if let vague = Lexicon.vagueAmounts[t.lower] {
            if t.lower == "tens" || t.lower == "hundreds" || t.lower == "scores" {
                if i + 2 < n, tokens[i + 1].is("of"), Lexicon.pluralScales.contains(tokens[i + 2].lower) {
                    let base: Double = t.lower == "tens" ? 10 : (t.lower == "hundreds" ? 100 : 20)
                    let scale: Double = tokens[i + 2].lower == "thousands" ? 1_000 : 1_000_000
                    return Amount(value: tokens[i + 2].lower == "thousands" ? base * scale : nil, last: i + 2, unit: nil,
                                  vague: true, digits: false, scaled: true, digitToken: nil)
                }
                if t.lower != "hundreds" && !(i + 1 < n && tokens[i + 1].is("of")) { return nil }
            }
            if t.lower == "millions" || t.lower == "billions" {
                if i > 0, tokens[i - 1].isNumber { return nil }
            }
            return Amount(value: vague, last: i, unit: nil, vague: true, digits: false, scaled: false, digitToken: nil)
        }
        // Number words: "four", "twenty-five", "two hundred", "three thousand five hundred".
        guard Lexicon.units[t.lower] != nil || Lexicon.tens[t.lower] != nil else { return nil }
        var total: Double = 0
        var current: Double = 0
        var j = i
        var last = i
        var any = false
        var scaled = false
        while j < n {
            let w = tokens[j]
            if let u = Lexicon.units[w.lower], w.isWord {
                if any && current.truncatingRemainder(dividingBy: 100) != 0 && current.truncatingRemainder(dividingBy: 10) != 0 { break }
                if any && current.truncatingRemainder(dividingBy: 100) > 0 && current.truncatingRemainder(dividingBy: 100) < 20 { break }
                current += u; last = j; any = true; j += 1; continue
            }
            if let v = Lexicon.tens[w.lower], w.isWord {
                if any && current.truncatingRemainder(dividingBy: 100) != 0 { break }
                current += v; last = j; any = true; j += 1
                // "twenty-five"
                if j + 1 < n, tokens[j].lower == "-", !tokens[j].spaceBefore, let u = Lexicon.units[tokens[j + 1].lower], u > 0, u < 10 {
                    current += u; last = j + 1; j += 2
                }
                continue
            }
            if any, w.is("hundred") { current = max(current, 1) * 100; last = j; j += 1; scaled = true; continue }
            if any, w.is("dozen") { current = max(current, 1) * 12; last = j; j += 1; continue }
            if any, let s = Lexicon.scales[w.lower], Lexicon.wordScales.contains(w.lower) {
                total += max(current, 1) * s; current = 0; last = j; j += 1; scaled = true; continue
            }
            if any, w.is("and"), j + 1 < n, Lexicon.units[tokens[j + 1].lower] != nil || Lexicon.tens[tokens[j + 1].lower] != nil,
               scaled, current.truncatingRemainder(dividingBy: 100) == 0 {
                j += 1; continue
            }
            break
        }
        guard any else { return nil }
        return Amount(value: total + current, last: last, unit: nil, vague: false, digits: false, scaled: scaled, digitToken: nil)
    }

    /// The longest hedge phrase that ends right before token `end`: its length in tokens and qualifier.
    static func hedge(_ tokens: [Token], endingBefore end: Int) -> (Int, Qualifier)? {
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
