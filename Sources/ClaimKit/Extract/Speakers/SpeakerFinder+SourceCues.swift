/// Cues that name a source without a reporting verb of the usual kind: "with officials stating
/// 103 fatalities", "the ministry revised the death toll to 84", "TASS cited the FSB as saying".
extension SpeakerFinder {
    /// "..., with officials stating 103 fatalities", "with some reports suggesting as many as 200":
    /// the participle's subject speaks from "with" on.
    func withParticipleCues(_ tokens: [Token], _ bytes: [UInt8]) -> [Attribution] {
        let n = tokens.count
        var cues: [Attribution] = []
        func reports(_ t: Token) -> Bool {
            t.has(Lexicon.Flag.participle) || Lexicon.showingParticiples.contains(token: t)
        }
        for w in 0..<n where w > 0 && tokens[w].isWord && tokens[w].is("with") {
            var k = w + 1
            while k < n, k - w <= 8, tokens[k].isWord, !reports(tokens[k]) { k += 1 }
            guard k < n, k > w + 1, k - w <= 8, reports(tokens[k]) else { continue }
            var s = w + 1
            let e = k - 1
            // "reports received by Amnesty": the one the reports came to or from speaks.
            if let b = (s..<e).first(where: { tokens[$0].is("by") && tokens[$0 + 1].capitalized }),
                (s..<b).contains(where: { tokens[$0].is("reports") })
            {
                s = b + 1
            }
            if tokens[s].capitalized
                || (s...e).contains(where: {
                    Lexicon.referringNouns.contains(token: tokens[$0])
                        || Lexicon.personWords.contains(token: tokens[$0]) || tokens[$0].is("reports")
                })
            {
                cues.append(
                    Self.placed(
                        resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: tokens[k].lower), at: w,
                        through: k, in: tokens))
            }
        }
        return cues
    }

    /// "The ministry revised the death toll to 84", "Pakistan has so far recorded 58 deaths": the
    /// subject of a verb that states a count is its source (an event is not: "The incident raised
    /// the number of dead to 61").
    func statisticCue(_ tokens: [Token], _ bytes: [UInt8]) -> Attribution? {
        for v in 1..<max(1, tokens.count)
        where tokens[v].has(Lexicon.Flag.statistic) && Self.countObject(tokens, after: v) {
            if let (s, e) = leftSpeaker(tokens, verb: v) ?? Self.leadingDocument(tokens),
                !Lexicon.pronounSpeakers.contains(token: tokens[e]) || s != e,
                (s...e).contains(where: {
                    ($0 > s || !tokens[$0].is("the")) && tokens[$0].capitalized
                        || Lexicon.referringNouns.contains(token: tokens[$0])
                        || Lexicon.personWords.contains(token: tokens[$0])
                })
            {
                return resolve(text(tokens, bytes, s, e), tokens: tokens, s: s, e: e, cue: tokens[v].lower)
            }
            break
        }
        return nil
    }

    /// Whether a count noun ("toll", "number", "list", "deaths") is the object within eight words
    /// after the verb at `v`, before any sum ("released Rs 2 billion for flood victims" is no count).
    static func countObject(_ tokens: [Token], after v: Int) -> Bool {
        var k = v + 1
        while k < tokens.count, k - v <= 8 {
            let l = tokens[k].lower
            if l == "." || l == ";" { return false }
            if Lexicon.currencySymbols[l] != nil || Lexicon.currencyWords[l] != nil
                || Lexicon.prefixCurrencyCodes.contains(l)
            {
                return false
            }
            if Lexicon.countObjectNouns.contains(l) || Lexicon.isCasualtyNoun(l) { return true }
            k += 1
        }
        return false
    }

    /// "TASS cited the FSB as saying ...", "IRNA quoted minister X as saying ...": the words between
    /// the verb at `i` and "as saying" speak.
    func quotedAsSaying(at i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Step? {
        let n = tokens.count
        var k = i + 1
        while k + 1 < n, k - i <= 8, !(tokens[k].is("as") && tokens[k + 1].has(Lexicon.Flag.participle)) { k += 1 }
        guard k + 1 < n, k - i <= 8, tokens[k].is("as") else { return nil }
        var e = k - 1
        while e > i, tokens[e].isPunct { e -= 1 }
        guard e > i else { return nil }
        return .cue(
            resolve(text(tokens, bytes, i + 1, e), tokens: tokens, s: i + 1, e: e, cue: tokens[i].lower + " as saying"),
            position: i, end: k + 1, next: k + 2)
    }
}
