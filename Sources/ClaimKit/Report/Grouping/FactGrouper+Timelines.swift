import Foundation

extension FactGrouper {
    /// Links facts that are the same measure at different dates: other events, same category and kind,
    /// and running-total wording or overlapping numbers. Each fact links to its best match only when
    /// that match picks it back.
    func timelines(_ groups: [[Int]], _ claims: [ClaimContext]) -> [Int?] {
        let heads = groups.map { claims[$0[0]] }
        let running = groups.map { $0.contains { claims[$0].cumulative } }
        // A toll told as a change or an earlier count ("revised to", "the previous toll") is a step of
        // a timeline even within the days of one event.
        let revised = groups.map { $0.contains { claims[$0].provisional } }
        func best(for g: Int) -> Int? {
            var pick: (Int, Double)?
            let x = heads[g]
            guard !x.kind.id.isEmpty, let xv = x.claim.value, xv > 0 else { return nil }
            for h in groups.indices where h != g {
                let y = heads[h]
                // Cheap tests on the first claims, then the whole groups.
                guard x.story == y.story, x.claim.category == y.claim.category, x.claim.unit == y.claim.unit,
                    x.kind.match(y.kind) == .same,
                    let yv = y.claim.value, yv > 0, oneMeasure(groups[g], groups[h], claims)
                else { continue }
                let sameDays = !groups[g].allSatisfy({ i in
                    groups[h].allSatisfy { j in !sameEvent(claims[i], claims[j]) }
                })
                guard !sameDays || revised[g] && revised[h] else { continue }
                let overlap = groups[g].contains { i in
                    groups[h].contains { j in
                        claims[i].interval.map { a in claims[j].interval.map(a.overlaps) ?? false } ?? false
                    }
                }
                guard (running[g] && running[h]) || overlap else { continue }
                var context = 0.0
                for i in groups[g] {
                    for j in groups[h] { context = max(context, claims[i].contextSimilarity(claims[j])) }
                }
                let score = context - abs(log(xv / yv)) * 0.5
                if pick == nil || score > pick!.1 { pick = (h, score) }
            }
            return pick?.0
        }
        return numbered(groups.indices.map(best))
    }

    /// Whether two facts can be one measure told at two moments. One article alone giving both
    /// numbers tells two measures (a count since the war and one since December, two districts'
    /// counts): an article has one value of a measure at its moment. And a count covering a period
    /// or what is left ("last year", "in 2023", "remaining") is another measure than a count that
    /// covers another or none (an incident's toll, what was cleared).
    func oneMeasure(_ a: [Int], _ b: [Int], _ claims: [ClaimContext]) -> Bool {
        let article = claims[a[0]].article
        if (a + b).allSatisfy({ claims[$0].article == article }) { return false }
        let scopes = Set((a + b).map { claims[$0].scope })
        return scopes.count == 1
    }

    /// Timeline numbers from each fact's pick: two facts that pick each other are linked, and the
    /// linked sets are numbered in order of their first fact; a fact linked to none has no number.
    private func numbered(_ picks: [Int?]) -> [Int?] {
        // A fact never picks itself, so a fact is linked exactly when it and its pick chose each other.
        func linked(_ g: Int) -> Bool { picks[g].map { picks[$0] == g } ?? false }
        var sets = UnionFind(count: picks.count)
        for g in picks.indices where linked(g) { sets.union(g, picks[g]!) }
        var numbers: [Int: Int] = [:]
        var result = Array(repeating: Int?.none, count: picks.count)
        for g in picks.indices where linked(g) {
            let r = sets.find(g)
            if numbers[r] == nil { numbers[r] = numbers.count }
            result[g] = numbers[r]
        }
        return result
    }
}
