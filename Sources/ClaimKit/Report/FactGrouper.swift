import Foundation

/// Puts claims that state the same fact into groups, and relates the groups: totals that are
/// sums of other facts, and the same measure reported at other dates (timelines).
struct FactGrouper: Sendable {
    var options: ReportOptions

    /// The grouping of claims and the relations between the groups.
    struct Result {
        /// Claim indices per group, groups ordered by their first claim.
        var groups: [[Int]]
        /// For each group, the groups it is the sum of.
        var sumOf: [[Int]]
        /// For each group, its timeline number (0-based, in order of first group), if any.
        var timeline: [Int?]
    }

    func group(_ claims: [ClaimContext]) -> Result {
        var groups = sameFacts(claims)
        let sums = totals(groups, claims)
        groups = mergeDisputed(groups, claims, sums: sums)
        groups.sort { $0[0] < $1[0] }
        let sumOf = totals(groups, claims)
        let timeline = timelines(groups, claims)
        return Result(groups: groups, sumOf: sumOf, timeline: timeline)
    }

    // MARK: claims to facts

    /// Whether two claims can state the same fact.
    func compatible(_ a: ClaimContext, _ b: ClaimContext) -> Bool {
        guard a.claim.category == b.claim.category, a.claim.unit == b.claim.unit else { return false }
        guard sameEvent(a, b) else { return false }
        if a.article == b.article && a.claim.start == b.claim.start {
            // Two claims of one sentence are two facts, unless the extractor repeated itself.
            return a.claim.value == b.claim.value && a.claim.upper == b.claim.upper && a.claim.subject == b.claim.subject
        }
        if a.kind.match(b.kind) == .different { return false }
        switch (a.interval, b.interval) {
        case let (x?, y?): return x.overlaps(y)
        case (nil, nil): return a.kind.match(b.kind) == .same
        default: return false
        }
    }

    /// Whether two claims can be about one event: publication dates close together.
    func sameEvent(_ a: ClaimContext, _ b: ClaimContext) -> Bool {
        guard let x = a.day, let y = b.day else { return true }
        return abs(x - y) <= options.eventWindowDays
    }

    /// How well a claim fits a group it is compatible with: the closest kind, then the closest wording.
    private func fit(_ claim: ClaimContext, _ members: [Int], _ claims: [ClaimContext]) -> Double {
        var best = 0.0
        for m in members {
            let other = claims[m]
            var score = Double(claim.kind.match(other.kind).rawValue) * 10
            if claim.claim.value == other.claim.value && claim.claim.upper == other.claim.upper { score += 5 }
            score += claim.contextSimilarity(other)
            best = max(best, score)
        }
        return best
    }

    /// Complete-linkage grouping in input order: a claim joins the best group all of whose claims it fits.
    func sameFacts(_ claims: [ClaimContext]) -> [[Int]] {
        var groups: [[Int]] = []
        for claim in claims {
            var best: (group: Int, score: Double)?
            for (g, members) in groups.enumerated() where members.allSatisfy({ compatible(claim, claims[$0]) }) {
                let score = fit(claim, members, claims)
                if best == nil || score > best!.score { best = (g, score) }
            }
            if let best { groups[best.group].append(claim.index) } else { groups.append([claim.index]) }
        }
        return groups
    }

    // MARK: disputed numbers

    /// The number most claims of a group give (first given on a tie).
    func modalValue(_ members: [Int], _ claims: [ClaimContext]) -> Double? {
        var counts: [(Double?, Int)] = []
        for m in members {
            let v = claims[m].claim.value
            if let i = counts.firstIndex(where: { $0.0 == v }) { counts[i].1 += 1 } else { counts.append((v, 1)) }
        }
        var best = counts[0]
        for c in counts.dropFirst() where c.1 > best.1 { best = c }
        return best.0
    }

    /// Joins facts that are one fact told with different numbers: same category, kind and event,
    /// close numbers, and no article that gives both (an article giving both means two facts).
    func mergeDisputed(_ groups: [[Int]], _ claims: [ClaimContext], sums: [[Int]]) -> [[Int]] {
        var groups = groups
        // A total and its parts, or two parts of one total, are different facts by definition.
        var apart = Set<[Int]>()
        for (total, parts) in sums.enumerated() {
            for p in parts {
                apart.insert([min(total, p), max(total, p)])
                for q in parts where q > p { apart.insert([p, q]) }
            }
        }
        var members = groups.indices.map { [$0] }  // the original groups merged into each
        var alive = Array(repeating: true, count: groups.count)
        for a in groups.indices where alive[a] {
            for b in (a + 1)..<groups.count where alive[b] {
                let kept = members[a].contains { x in members[b].contains { y in apart.contains([min(x, y), max(x, y)]) } }
                if !kept && disputed(groups[a], groups[b], claims) {
                    members[a] += members[b]
                    groups[a] += groups[b]
                    groups[a].sort()
                    alive[b] = false
                }
            }
        }
        return groups.indices.filter { alive[$0] }.map { groups[$0] }
    }

    private func disputed(_ a: [Int], _ b: [Int], _ claims: [ClaimContext]) -> Bool {
        let first = claims[a[0]].claim, other = claims[b[0]].claim
        guard first.category == other.category, first.unit == other.unit else { return false }
        let sourcesA = Set(a.map { claims[$0].source }), sourcesB = Set(b.map { claims[$0].source })
        guard sourcesA.isDisjoint(with: sourcesB) else { return false }
        guard let x = modalValue(a, claims), let y = modalValue(b, claims), x > 0, y > 0,
              min(x, y) / max(x, y) >= options.disputedValueRatio else { return false }
        // Running totals with unknown dates may be one measure at two dates: a timeline, not a dispute.
        let all = (a + b).map { claims[$0] }
        if all.contains(where: \.cumulative) && all.contains(where: { $0.day == nil }) { return false }
        var context = 0.0
        for i in a {
            for j in b {
                let (p, q) = (claims[i], claims[j])
                guard sameEvent(p, q), p.kind.match(q.kind) != .different else { return false }
                context = max(context, p.contextSimilarity(q))
            }
        }
        // A disputed number must at least be told in similar words.
        return context >= 0.1
    }

    // MARK: totals

    /// For each group, the groups (two or three) whose numbers add up to its number, when those parts are
    /// reported together by some article and belong to the same event.
    func totals(_ groups: [[Int]], _ claims: [ClaimContext]) -> [[Int]] {
        let values = groups.map { members -> Double? in
            let first = claims[members[0]].claim
            guard first.qualifier == .exact, first.upper == nil else { return nil }
            return modalValue(members, claims)
        }
        let articles = groups.map { Set($0.map { claims[$0].article }) }
        var result = Array(repeating: [Int](), count: groups.count)
        for t in groups.indices {
            guard let total = values[t], total > 0 else { continue }
            let head = claims[groups[t][0]]
            let candidates = groups.indices.filter { p in
                guard p != t, let v = values[p], v > 0, v < total else { return false }
                let part = claims[groups[p][0]]
                guard part.claim.category == head.claim.category, part.claim.unit == head.claim.unit,
                      sameEvent(part, head) else { return false }
                let match = head.kind.match(part.kind)
                return head.kind.isGeneric ? match != .different : match == .same
            }
            func together(_ parts: [Int]) -> Bool {
                var shared = articles[parts[0]]
                for p in parts.dropFirst() { shared.formIntersection(articles[p]) }
                return !shared.isEmpty
            }
            search: for i in candidates.indices {
                for j in candidates.indices where j > i {
                    let (p, q) = (candidates[i], candidates[j])
                    if values[p]! + values[q]! == total && together([p, q]) { result[t] = [p, q]; break search }
                    for k in candidates.indices where k > j {
                        let r = candidates[k]
                        if values[p]! + values[q]! + values[r]! == total && together([p, q, r]) {
                            result[t] = [p, q, r]
                            break search
                        }
                    }
                }
            }
        }
        return result
    }

    // MARK: timelines

    /// Links facts that are the same measure at different dates: other events, same category and kind,
    /// and running-total wording or overlapping numbers. Each fact links to its best match only when
    /// that match picks it back.
    func timelines(_ groups: [[Int]], _ claims: [ClaimContext]) -> [Int?] {
        func best(for g: Int) -> Int? {
            var pick: (Int, Double)?
            let a = groups[g].map { claims[$0] }
            for h in groups.indices where h != g {
                let b = groups[h].map { claims[$0] }
                guard a[0].claim.category == b[0].claim.category, a[0].claim.unit == b[0].claim.unit,
                      a[0].kind.match(b[0].kind) == .same, !a[0].kind.id.isEmpty else { continue }
                guard a.allSatisfy({ x in b.allSatisfy { y in !sameEvent(x, y) } }) else { continue }
                let running = a.contains(where: \.cumulative) && b.contains(where: \.cumulative)
                let overlap = a.contains { x in b.contains { y in x.interval.map { i in y.interval.map(i.overlaps) ?? false } ?? false } }
                guard running || overlap else { continue }
                guard let x = a[0].claim.value, let y = b[0].claim.value, x > 0, y > 0 else { continue }
                var context = 0.0
                for x in a { for y in b { context = max(context, x.contextSimilarity(y)) } }
                let score = context - abs(log(x / y)) * 0.5
                if pick == nil || score > pick!.1 { pick = (h, score) }
            }
            return pick?.0
        }
        let picks = groups.indices.map(best)
        var parent = Array(groups.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { i = parent[i] }
            return i
        }
        for g in groups.indices {
            if let h = picks[g], picks[h] == g {
                let (a, b) = (root(g), root(h))
                parent[max(a, b)] = min(a, b)
            }
        }
        var numbers: [Int: Int] = [:]
        var result = Array(repeating: Int?.none, count: groups.count)
        for g in groups.indices {
            let r = root(g)
            guard r != g || groups.indices.contains(where: { $0 != g && root($0) == g }) else { continue }
            if numbers[r] == nil { numbers[r] = numbers.count }
            result[g] = numbers[r]
        }
        return result
    }
}
