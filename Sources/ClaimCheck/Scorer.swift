public import ClaimKit

/// Scores claim records against a gold file exactly as shared/gold/score.py does: the same
/// matching, the same numbers, the same rounding, the same lines.
///
/// A record matches a gold claim when the category and value (and upper end) agree and the
/// normalised anchor lies inside the normalised sentence. Required gold claims take their
/// matches first, then optional ones; each takes the first unused record in input order.
public struct Scorer: Sendable {
    public let gold: GoldFile

    /// Creates a scorer for `gold`.
    public init(gold: GoldFile) { self.gold = gold }

    /// Scores claims as score.py scores the JSON Lines of their `jsonLine`.
    public func score(_ claims: [Claim]) -> ScoreOutcome {
        score(records: claims.map(ScoreRecord.init(claim:)))
    }

    /// Scores JSON Lines text; blank lines are skipped, other records (group summaries,
    /// unscored categories) are read and ignored as score.py ignores them.
    public func score(jsonLines text: String) throws(ScoreRecord.InputError) -> ScoreOutcome {
        var records: [ScoreRecord] = []
        for (n, raw) in Self.lines(text).enumerated() {
            let line = Self.strip(raw)
            if line.isEmpty { continue }
            records.append(try ScoreRecord(jsonLine: line, line: n + 1))
        }
        return score(records: records)
    }

    /// Scores parsed records.
    public func score(records: [ScoreRecord]) -> ScoreOutcome {
        let pools = articlePools(records)
        var tp = 0, fp = 0, fn = 0
        var speakerHits = 0, subjectHits = 0, qualifierHits = 0
        var matched: [(gold: GoldFile.Claim, record: ScoreRecord, article: String)] = []
        var misses: [ScoreOutcome.Miss] = []
        var extras: [ScoreOutcome.Extra] = []

        for file in gold.articleOrder {
            guard let entry = gold.articles[file] else { continue }
            let article = Self.basename(file)
            let pool = pools[Array(article.utf8)] ?? []
            var used = [Bool](repeating: false, count: pool.count)
            // Required claims first (stable), then optional ones soak up their matches.
            let ordered = entry.claims.filter { !$0.optional } + entry.claims.filter(\.optional)
            for claim in ordered {
                let anchor = Array(PythonCompat.norm(claim.anchor).utf8)
                guard
                    let hit = pool.indices.first(where: {
                        !used[$0]
                            && Self.isCandidate(claim, anchor: anchor, pool[$0].record, sentence: pool[$0].sentence)
                    })
                else {
                    if !claim.optional {
                        fn += 1
                        misses.append(.init(article: article, gold: claim))
                    }
                    continue
                }
                used[hit] = true
                if claim.optional { continue }
                tp += 1
                let record = pool[hit].record
                matched.append((claim, record, article))
                if Self.speakerFits(claim, record) { speakerHits += 1 }
                if Self.subjectFits(claim, record) { subjectHits += 1 }
                if JSONValue.pythonEqual(claim.qualifier.map(JSONValue.string), record.qualifier) { qualifierHits += 1 }
            }
            for (i, entry) in pool.enumerated() where !used[i] {
                fp += 1
                extras.append(.init(article: article, record: entry.record))
            }
        }

        let precision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
        let recall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        let round = PythonCompat.round4
        var result = ScoreResult(
            claims: .init(tp: tp, fp: fp, fn: fn, precision: round(precision), recall: round(recall), f1: round(f1)),
            speakerAccuracy: tp > 0 ? round(Double(speakerHits) / Double(tp)) : 0,
            subjectAccuracy: tp > 0 ? round(Double(subjectHits) / Double(tp)) : 0,
            qualifierAccuracy: tp > 0 ? round(Double(qualifierHits) / Double(tp)) : 0)
        if !matched.isEmpty, matched.allSatisfy({ $0.record.hasGroup }) {
            result.grouping = grouping(matched.map { ($0.gold, $0.record) })
        }
        let speakerMisses = matched.filter { !Self.speakerFits($0.gold, $0.record) }
            .map { ScoreOutcome.SpeakerMiss(article: $0.article, gold: $0.gold, record: $0.record) }
        return ScoreOutcome(result: result, misses: misses, extras: extras, speakerMisses: speakerMisses)
    }

    /// Scored records by article base name, first of each dedupe key only, in input order,
    /// each with its normalised sentence (normalised once, not once per gold claim).
    private func articlePools(_ records: [ScoreRecord]) -> [[UInt8]: [(record: ScoreRecord, sentence: [UInt8])]] {
        let scored = Set(gold.categories.map { Array($0.utf8) })
        var seen = Set<[UInt8]>()
        var pools: [[UInt8]: [(record: ScoreRecord, sentence: [UInt8])]] = [:]
        for record in records {
            guard let category = record.category, scored.contains(Array(category.utf8)) else { continue }
            let article = Array(Self.basename(record.fields["article"]?.stringValue).utf8)
            // score.py's key: (article, category, value, upper, norm(sentence)).
            var key = article + [0xFF] + Array(category.utf8) + [0xFF]
            key += (record.value ?? .null).pythonKeyBytes() + [0xFF]
            key += (record.upper ?? .null).pythonKeyBytes() + [0xFF]
            let sentence = Array(PythonCompat.norm(record.text("sentence")).utf8)
            key += sentence
            guard seen.insert(key).inserted else { continue }
            pools[article, default: []].append((record, sentence))
        }
        return pools
    }

    /// Pairwise grouping over matched claims; pairs inside an optional-pairs group are skipped.
    private func grouping(_ matched: [(gold: GoldFile.Claim, record: ScoreRecord)]) -> ScoreResult.Grouping {
        let optionalGroups = gold.optionalGroups
        var gtp = 0, gfp = 0, gfn = 0
        for i in matched.indices {
            for j in matched.indices where j > i {
                let (g1, p1) = matched[i], (g2, p2) = matched[j]
                let goldSame = g1.group != nil && PythonCompat.same(g1.group, g2.group)
                if goldSame, let group = g1.group, optionalGroups.contains(where: { PythonCompat.same($0, group) }) {
                    continue
                }
                let predSame = (p1.group ?? .null) != .null && JSONValue.pythonEqual(p1.group, p2.group)
                if goldSame && predSame { gtp += 1 } else if predSame { gfp += 1 } else if goldSame { gfn += 1 }
            }
        }
        let p = gtp + gfp > 0 ? Double(gtp) / Double(gtp + gfp) : 0
        let r = gtp + gfn > 0 ? Double(gtp) / Double(gtp + gfn) : 0
        let f1 = p + r > 0 ? PythonCompat.round4(2 * p * r / (p + r)) : 0
        return .init(
            pairsTP: gtp, pairsFP: gfp, pairsFN: gfn,
            precision: PythonCompat.round4(p), recall: PythonCompat.round4(r), f1: f1)
    }
}
