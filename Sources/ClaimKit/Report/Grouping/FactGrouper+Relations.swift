extension FactGrouper {
    /// Joins a sum of money and its conversion into another currency: one fact when some claim's
    /// sentence gives the one in brackets after the other ("$60 million (£47 million)") and the
    /// other fact, of the same story, states exactly that amount in that currency.
    func mergeConversions(_ groups: [[Int]], _ claims: [ClaimContext]) -> [[Int]] {
        var groups = groups
        var merged = true
        while merged {
            merged = false
            search: for a in groups.indices {
                let said = groups[a].compactMap { m in claims[m].conversion.map { (claims[m].story, $0) } }
                guard !said.isEmpty else { continue }
                for b in groups.indices where b != a {
                    let head = claims[groups[b][0]]
                    guard head.claim.category == .money, let unit = head.claim.unit,
                        unit != claims[groups[a][0]].claim.unit,
                        said.contains(where: {
                            $0.0 == head.story && $0.1.unit == unit && $0.1.value == modalValue(groups[b], claims)
                        })
                    else { continue }
                    let (keep, drop) = (min(a, b), max(a, b))
                    groups[keep] = (groups[keep] + groups[drop]).sorted()
                    groups.remove(at: drop)
                    merged = true
                    break search
                }
            }
        }
        return groups
    }
}

extension FactGrouper {
    /// For each claim whose sentence states other facts, those facts (group indices of `groups`).
    func sentenceCompanions(_ groups: [[Int]], _ claims: [ClaimContext]) -> [Int: Set<Int>] {
        var groupOf: [Int: Int] = [:]
        for (g, members) in groups.enumerated() { for m in members { groupOf[m] = g } }
        var sentences: [[Int]: [Int]] = [:]
        for c in claims { sentences[[c.article, c.claim.start], default: []].append(c.index) }
        var result: [Int: Set<Int>] = [:]
        for members in sentences.values where members.count > 1 {
            for m in members {
                guard let own = groupOf[m] else { continue }
                let others = Set(members.compactMap { groupOf[$0] }).subtracting([own])
                if !others.isEmpty { result[m] = others }
            }
        }
        return result
    }
}
