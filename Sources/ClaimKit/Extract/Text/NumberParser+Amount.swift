/// The amount at a token, without hedge or range: digits with their scale, "a dozen", vague
/// plurals ("hundreds of thousands"), number words ("three thousand five hundred").
extension NumberParser {
    static func amount(_ tokens: [Token], at i: Int, currency: Bool) -> Amount? {
        let t = tokens[i]
        if t.isNumber { return digitAmount(tokens, at: i, currency: currency) }
        guard t.isWord else { return nil }
        // "a dozen", "a hundred", "a thousand"; "half a dozen".
        if t.lower == "a" || t.lower == "an", i + 1 < tokens.count { return articleAmount(tokens, at: i) }
        if let vague = Lexicon.vagueAmounts[t.lower] { return vagueAmount(tokens, at: i, value: vague) }
        // Number words: "four", "twenty-five", "two hundred", "three thousand five hundred".
        guard Lexicon.units[t.lower] != nil || Lexicon.tens[t.lower] != nil else { return nil }
        return wordAmount(tokens, at: i)
    }

    /// Digits, with a glued scale ("25bn", "400m") or spaced scale words ("1.5 million", "2 thousand").
    private static func digitAmount(_ tokens: [Token], at i: Int, currency: Bool) -> Amount? {
        let n = tokens.count, t = tokens[i]
        if t.hasColon { return nil }
        var value = t.value
        var last = i
        var scaled = false
        if i + 1 < n, tokens[i + 1].isWord {
            let next = tokens[i + 1]
            if !next.spaceBefore {
                if let s = Lexicon.scales[next.lower], !next.lower.hasSuffix("s") || next.lower == "millions" {
                    // "25bn" always; "400m" and "5k" only for money (else metres, kilo-anything).
                    if !Lexicon.gluedScales.contains(token: next) || currency || currencyWordFollows(tokens, i + 2) {
                        value = value.map { $0 * s }; last = i + 1; scaled = true
                    }
                }
            } else if let s = spacedScale(next.lower) {
                value = value.map { $0 * s }; last = i + 1; scaled = true
                if last + 1 < n, let s2 = spacedScale(tokens[last + 1].lower), s2 > s {
                    value = value.map { $0 * s2 }; last += 1
                }
            } else if let s = bracketCompletedScale(tokens, at: i + 1) {
                // "$1.8 bill[ion]": an editor's completion in brackets finishes the scale word.
                value = value.map { $0 * s }; last = i + 4; scaled = true
            } else if next.is("dozen") {
                value = value.map { $0 * 12 }; last = i + 1
            }
        } else if i + 2 < n, tokens[i + 1].lower == "-", !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore,
            let s = Lexicon.scales[tokens[i + 2].lower], s >= 1_000_000,
            !Lexicon.gluedScales.contains(token: tokens[i + 2])
        {
            // "$1.2-billion", "a 5-million-euro fund": a hyphenated scale word.
            value = value.map { $0 * s }; last = i + 2; scaled = true
        }
        if let v = value, !v.isFinite { value = nil }
        return Amount(value: value, last: last, unit: nil, vague: false, digits: true, scaled: scaled, digitToken: i)
    }

    /// A scale word written apart from its number ("25 billion"): not a glued one ("m", "bn") and not
    /// "millions" (a vague amount).
    private static func spacedScale(_ w: String) -> Double? {
        w == "millions" || Lexicon.gluedScales.contains(w) ? nil : Lexicon.scales[w]
    }

    /// "a dozen", "a hundred", "a hundred thousand", "half a dozen".
    private static func articleAmount(_ tokens: [Token], at i: Int) -> Amount? {
        let n = tokens.count, next = tokens[i + 1].lower
        guard var value = Lexicon.articleAmounts[next] else { return nil }
        var last = i + 1
        if next == "hundred", last + 1 < n, tokens[last + 1].is("thousand") { value = 100_000; last += 1 }
        if i > 0, tokens[i - 1].is("half"), next == "dozen" { value = 6 }
        return Amount(
            value: value, last: last, unit: nil, vague: false, digits: false, scaled: next != "dozen", digitToken: nil)
    }

    /// Vague plurals: "dozens", "hundreds of thousands", "tens of thousands", "billions".
    private static func vagueAmount(_ tokens: [Token], at i: Int, value vague: Double?) -> Amount? {
        let n = tokens.count, t = tokens[i]
        if t.lower == "tens" || t.lower == "hundreds" || t.lower == "scores" {
            if i + 2 < n, tokens[i + 1].is("of"), Lexicon.pluralScales.contains(token: tokens[i + 2]) {
                let base: Double = t.lower == "tens" ? 10 : (t.lower == "hundreds" ? 100 : 20)
                let scale: Double = tokens[i + 2].lower == "thousands" ? 1_000 : 1_000_000
                return Amount(
                    value: tokens[i + 2].lower == "thousands" ? base * scale : nil, last: i + 2, unit: nil,
                    vague: true, digits: false, scaled: true, digitToken: nil)
            }
            if t.lower != "hundreds" && !(i + 1 < n && tokens[i + 1].is("of")) { return nil }
        }
        if t.lower == "millions" || t.lower == "billions" {
            if i > 0, tokens[i - 1].isNumber { return nil }
        }
        return Amount(value: vague, last: i, unit: nil, vague: true, digits: false, scaled: false, digitToken: nil)
    }

    /// Number words: "four", "twenty-five", "two hundred", "three thousand five hundred".
    private static func wordAmount(_ tokens: [Token], at i: Int) -> Amount? {
        let n = tokens.count
        var total: Double = 0
        var current: Double = 0
        var j = i
        var last = i
        var any = false
        var scaled = false
        while j < n {
            let w = tokens[j]
            if let u = Lexicon.units[w.lower], w.isWord {
                if any && current.truncatingRemainder(dividingBy: 100) != 0
                    && current.truncatingRemainder(dividingBy: 10) != 0
                {
                    break
                }
                if any && current.truncatingRemainder(dividingBy: 100) > 0
                    && current.truncatingRemainder(dividingBy: 100) < 20
                {
                    break
                }
                current += u; last = j; any = true; j += 1; continue
            }
            if let v = Lexicon.tens[w.lower], w.isWord {
                if any && current.truncatingRemainder(dividingBy: 100) != 0 { break }
                current += v; last = j; any = true; j += 1
                // "twenty-five"
                if j + 1 < n, tokens[j].lower == "-", !tokens[j].spaceBefore,
                    let u = Lexicon.units[tokens[j + 1].lower], u > 0, u < 10
                {
                    current += u; last = j + 1; j += 2
                }
                continue
            }
            if any, w.is("hundred") { current = max(current, 1) * 100; last = j; j += 1; scaled = true; continue }
            if any, w.is("dozen") { current = max(current, 1) * 12; last = j; j += 1; continue }
            if any, let s = Lexicon.scales[w.lower], Lexicon.wordScales.contains(token: w) {
                total += max(current, 1) * s; current = 0; last = j; j += 1; scaled = true; continue
            }
            if any, w.is("and"), j + 1 < n,
                Lexicon.units[tokens[j + 1].lower] != nil || Lexicon.tens[tokens[j + 1].lower] != nil,
                scaled, current.truncatingRemainder(dividingBy: 100) == 0
            {
                j += 1; continue
            }
            break
        }
        guard any else { return nil }
        return Amount(
            value: total + current, last: last, unit: nil, vague: false, digits: false, scaled: scaled, digitToken: nil)
    }
}

extension NumberParser {
    /// "475 pounds (215.5 kilos) of cocaine", "500 pounds of marijuana": pounds that weigh a
    /// substance, not sterling. A bracketed weight unit decides; else "N pounds of" a thing that is
    /// no money noun, with no scale ("£10 million pounds of funding" stays money).
    static func isWeight(_ tokens: [Token], poundsAt p: Int) -> Bool {
        let n = tokens.count
        var k = p + 1
        if k + 2 < n, tokens[k].lower == "(", tokens[k + 1].isNumber {
            if Lexicon.weightUnits.contains(token: tokens[k + 2]) { return true }
            while k < n, k - p < 8, tokens[k].lower != ")" { k += 1 }
            k += 1
        }
        guard p >= 1, tokens[p - 1].isNumber, k + 1 < n, tokens[k].is("of") else { return false }
        var w = k + 1
        if w + 1 < n, Lexicon.purposeDeterminers.contains(token: tokens[w]) { w += 1 }
        guard tokens[w].isWord else { return false }
        let l = tokens[w].lower
        return !Lexicon.money.nouns.contains(l) && !Lexicon.moneySchemeNouns.contains(l)
            && Lexicon.currencyWords[l] == nil
    }

    /// The scale of "bill[ion]", "mill[ion]" starting at `w`: a word, "[", its rest, "]", all glued.
    static func bracketCompletedScale(_ tokens: [Token], at w: Int) -> Double? {
        guard w + 3 < tokens.count, tokens[w + 1].lower == "[", tokens[w + 3].lower == "]", tokens[w + 2].isWord,
            !tokens[w + 1].spaceBefore, !tokens[w + 2].spaceBefore, !tokens[w + 3].spaceBefore
        else { return nil }
        return Lexicon.scales[tokens[w].lower + tokens[w + 2].lower]
    }
}
