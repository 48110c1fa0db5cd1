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
        groups = mergeConversions(groups, claims)
        groups.sort { $0[0] < $1[0] }
        let sumOf = totals(groups, claims)
        let timeline = timelines(groups, claims)
        return Result(groups: groups, sumOf: sumOf, timeline: timeline)
    }

    // MARK: claims to facts

    /// Whether two claims can state the same fact: same story, category, unit and event, kinds that
    /// can be one, and values that meet (a vague amount's whole span meets a number inside it).
    func compatible(_ a: ClaimContext, _ b: ClaimContext) -> Bool {
        guard a.story == b.story, a.claim.category == b.claim.category, a.claim.unit == b.claim.unit else {
            return false
        }
        guard sameEvent(a, b) else { return false }
        if a.article == b.article && a.claim.start == b.claim.start {
            // Two claims of one sentence are two facts, unless the extractor repeated itself.
            return a.claim.value == b.claim.value && a.claim.upper == b.claim.upper
                && a.claim.subject == b.claim.subject
        }
        if a.kind.match(b.kind) == .different { return false }
        // One article giving two numbers for two differently worded subjects counts two things
        // ("35 Tunisian pilgrims", "41 Jordanian pilgrims"), whatever its hedges let overlap.
        // A round lower bound and the exact count it covers are one count told twice ("more than 100
        // people", later "103 martyrs").
        if a.article == b.article && a.vague == nil && b.vague == nil
            && (a.claim.value != b.claim.value || a.claim.upper != b.claim.upper)
            && !(a.roundBound(covers: b) || b.roundBound(covers: a))
            && DifferenceFinder.normalised(a.claim.subject) != DifferenceFinder.normalised(b.claim.subject)
        {
            return false
        }
        // A small sum of money whose purpose is unknown (or not the same) is most often a price: two such sums from two
        // sources are one fact only when their sentences share words too ($200 for a watch and $200
        // for a console are not one fact), and the clauses holding the amounts name one thing.
        if a.claim.category == .money && a.source != b.source && (a.kind.id.isEmpty || a.kind.id != b.kind.id)
            && max(a.claim.value ?? 0, b.claim.value ?? 0) < options.priceLimit
            && (a.contextSimilarity(b) < options.unknownPurposeContext || !a.sharesClauseWord(b))
        {
            return false
        }
        // A cost and a pledge are two sums, whatever their numbers ("it will take $60 million", "pledged $60 million").
        if a.otherRole(b) { return false }
        // A sum told as a cap ("up to $8 billion") and an exact sum are two sums (the cap is its own figure),
        // unless they are the same number of one thing (the clauses holding them share a word).
        if a.claim.category == .money
            && (a.isCap && b.claim.qualifier == .exact || b.isCap && a.claim.qualifier == .exact)
            && (a.claim.value != b.claim.value || !a.sharesClauseWord(b))
        {
            return false
        }
        if a.article == b.article && (a.roundBound(covers: b) || b.roundBound(covers: a)) { return true }
        switch (a.interval, b.interval) {
        case (let x?, let y?): return x.overlaps(y)
        case (nil, nil): return a.kind.match(b.kind) == .same
        default: return false
        }
    }

    /// How the subjects of two claims relate when relating two facts (a dispute, a total): sums of money
    /// group whatever their purpose words, but two sums with different purposes are not one sum told
    /// with two numbers, nor parts of each other.
    func relationMatch(_ a: ClaimContext, _ b: ClaimContext) -> SubjectKind.Match {
        if a.claim.category == .money
            && (a.otherRole(b) || !a.kind.id.isEmpty && !b.kind.id.isEmpty && a.kind.id != b.kind.id)
        {
            return .different
        }
        return a.kind.match(b.kind)
    }

    /// Whether two claims can be about one event: publication dates close together.
    func sameEvent(_ a: ClaimContext, _ b: ClaimContext) -> Bool {
        guard let x = a.day, let y = b.day else { return true }
        return abs(x - y) <= options.eventWindowDays + max(a.reach, b.reach)
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
        // Only groups of the same story, category and unit can take a claim: look at those alone.
        var bucket: [String: [Int]] = [:]
        for claim in claims {
            let key = "\(claim.story)|" + claim.claim.category.rawValue + "|" + (claim.claim.unit ?? "")
            var best: (group: Int, score: Double)?
            for g in bucket[key] ?? [] where groups[g].allSatisfy({ compatible(claim, claims[$0]) }) {
                let members = groups[g]
                let score = fit(claim, members, claims)
                if best == nil || score > best!.score { best = (g, score) }
            }
            if let best {
                groups[best.group].append(claim.index)
            } else {
                bucket[key, default: []].append(groups.count)
                groups.append([claim.index])
            }
        }
        return groups
    }

    // MARK: disputed numbers

    /// The number most claims of a group give; on a tie of three or more numbers the middle one (an
    /// outlier does not speak for the group), else the first given.
    func modalValue(_ members: [Int], _ claims: [ClaimContext]) -> Double? {
        var counts: [(Double?, Int)] = []
        for m in members {
            let v = claims[m].claim.value
            if let i = counts.firstIndex(where: { $0.0 == v }) { counts[i].1 += 1 } else { counts.append((v, 1)) }
        }
        var best = counts[0]
        for c in counts.dropFirst() where c.1 > best.1 { best = c }
        let tied = counts.filter { $0.1 == best.1 }.compactMap(\.0).sorted()
        if tied.count >= 3 && tied.count == counts.filter({ $0.1 == best.1 }).count { return tied[tied.count / 2] }
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
        // Candidate pairs, best first: the same kind before a generic word before a related kind,
        // then the closest numbers, then the closest wording; input order breaks ties.
        // Each group's modal number and main kind, computed once for the pairs of the original groups.
        let modal = groups.map { modalValue($0, claims) }
        let kinds = groups.map { mainKind($0, claims) }
        let companions = sentenceCompanions(groups, claims)
        var candidates: [(a: Int, b: Int, score: DisputeScore)] = []
        for a in groups.indices {
            for b in (a + 1)..<groups.count {
                if let score = disputeScore(
                    groups[a], groups[b], claims, companions, modal: (modal[a], modal[b]), kinds: (kinds[a], kinds[b]))
                {
                    candidates.append((a, b, score))
                }
            }
        }
        candidates.sort { x, y in
            if x.score != y.score { return x.score > y.score }
            return (x.a, x.b) < (y.a, y.b)
        }
        var sets = UnionFind(count: groups.count)
        var members = groups.indices.map { [$0] }  // the original groups merged into each root
        for candidate in candidates {
            let (ra, rb) = (sets.find(candidate.a), sets.find(candidate.b))
            guard ra != rb else { continue }
            let kept = members[ra].contains { x in members[rb].contains { y in apart.contains([min(x, y), max(x, y)]) }
            }
            guard !kept, disputeScore(groups[ra], groups[rb], claims, companions) != nil else { continue }
            let (keep, drop) = (min(ra, rb), max(ra, rb))
            groups[keep] = (groups[keep] + groups[drop]).sorted()
            members[keep] += members[drop]
            sets.attach(drop, to: keep)
        }
        return groups.indices.filter { sets.isRoot($0) }.map { groups[$0] }
    }

    /// The kind most claims of a group name, specific kinds before generic words (first named on a tie).
    func mainKind(_ members: [Int], _ claims: [ClaimContext]) -> SubjectKind {
        var counts: [(SubjectKind, Int)] = []
        for m in members {
            let kind = claims[m].kind
            if let i = counts.firstIndex(where: { $0.0.id == kind.id }) {
                counts[i].1 += 1
            } else {
                counts.append((kind, 1))
            }
        }
        var best = counts[0]
        for c in counts.dropFirst() where (c.0.isGeneric ? 0 : 1, c.1) > (best.0.isGeneric ? 0 : 1, best.1) { best = c }
        return best.0
    }

    /// How good a disputed-number merge of two groups would be; comparable, larger is better.
    struct DisputeScore: Comparable {
        var kind: Int
        var closeness: Double
        var context: Double

        static func < (l: DisputeScore, r: DisputeScore) -> Bool {
            (l.kind, l.closeness, l.context) < (r.kind, r.closeness, r.context)
        }
    }

    /// Whether two groups are one fact told with different numbers, and how well they fit; nil if not.
    /// `modal` and `kinds` are the groups' `modalValue` and `mainKind` when already known.
    private func disputeScore(
        _ a: [Int], _ b: [Int], _ claims: [ClaimContext], _ companions: [Int: Set<Int>],
        modal: (Double?, Double?)? = nil,
        kinds: (SubjectKind, SubjectKind)? = nil
    ) -> DisputeScore? {
        let first = claims[a[0]], other = claims[b[0]]
        guard first.story == other.story, first.claim.category == other.claim.category,
            first.claim.unit == other.claim.unit,
            relationMatch(first, other) != .different
        else { return nil }
        let values = modal ?? (modalValue(a, claims), modalValue(b, claims))
        guard let x = values.0, let y = values.1, x > 0, y > 0 else { return nil }
        // Close numbers: within the ratio (wider when both name the same specific kind), or one apart
        // for small counts ("three" vs "four" soldiers).
        let closeness = min(x, y) / max(x, y)
        let small = max(x, y) <= 10 && abs(x - y) <= 1
        guard closeness >= min(options.disputedSameKindRatio, options.disputedValueRatio) || small else { return nil }
        // Two counts told each beside the same other fact ("103 killed and 141 injured", "103 killed
        // and 188 injured") are one moment's count of one event, told with two numbers.
        let anchored = a.contains { i in
            b.contains { j in !(companions[i] ?? []).isDisjoint(with: companions[j] ?? []) }
        }
        let (kindA, kindB) = kinds ?? (mainKind(a, claims), mainKind(b, claims))
        let sameSpecificKind = kindA.id == kindB.id && !kindA.isGeneric
        if first.claim.category == .money && !FactGrouper.sumsMayBeOne(x, y, kindA, kindB) { return nil }
        let least = sameSpecificKind || anchored ? options.disputedSameKindRatio : options.disputedValueRatio
        guard closeness >= least || small else { return nil }
        // A source giving two numbers means two facts; one giving the same number in both is no objection.
        let sourcesA = Set(a.map { claims[$0].source }), sourcesB = Set(b.map { claims[$0].source })
        for s in sourcesA.intersection(sourcesB) {
            guard Set((a + b).filter { claims[$0].source == s }.map { claims[$0].claim.value }).count == 1 else {
                return nil
            }
        }
        // Running totals told at a moment or as a change ("has risen to"), with unknown dates, may be
        // one measure at two dates: a timeline, not a dispute. A count that only names its measure
        // ("the number of wounded") told with other numbers by other outlets is a dispute.
        let all = (a + b).map { claims[$0] }
        // Two tallies each told as a lower bound ("more than 1,000", "more than 1,100") are two moments of a count.
        if all.allSatisfy({ $0.claim.qualifier == .moreThan || $0.claim.qualifier == .atLeast }) { return nil }
        if all.contains(where: \.provisional) && all.contains(where: { $0.day == nil }) { return nil }
        // Both told as a change ("has risen to 158", "rose to 190"): two steps of one count, whatever the dates.
        if a.contains(where: { claims[$0].provisional }) && b.contains(where: { claims[$0].provisional }) { return nil }
        var context = 0.0
        for i in a {
            for j in b {
                let (p, q) = (claims[i], claims[j])
                guard sameEvent(p, q), relationMatch(p, q) != .different else { return nil }
                context = max(context, p.contextSimilarity(q))
            }
        }
        // A disputed number must at least be told in similar words, unless the numbers all but agree
        // (140 and 141 of one kind in one story and days): a recount, whatever the wording.
        guard context >= options.disputeContext || anchored || (closeness >= options.nearlySameRatio && min(x, y) > 10)
        else { return nil }
        let kind = kindA.match(kindB)
        let rank = kind == .same ? 3 : kind == .generic ? 2 : 1
        return DisputeScore(kind: rank, closeness: closeness, context: context)
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
        var groupsOfArticle: [Int: [Int]] = [:]
        let articlesOfGroup = groups.map { members in Set(members.map({ claims[$0].article })).sorted() }
        for (g, articles) in articlesOfGroup.enumerated() {
            for article in articles { groupsOfArticle[article, default: []].append(g) }
        }
        // The names each fact's subjects give: 11 Armenians are no total of 6 Bangladeshis and 3
        // Filipinos, nor 14 Jordanians of 11 Iranians and 3 others (a name shared, or none, allows it).
        let named = groups.map { members in Set(members.flatMap { claims[$0].named }) }
        // Groups by story, category and unit: a part is of the total's.
        var sameMeasure: [String: [Int]] = [:]
        for g in groups.indices { sameMeasure[measureKey(claims[groups[g][0]]), default: []].append(g) }
        return groups.indices.map { t in
            guard let total = values[t], total > 0 else { return [] }
            let head = claims[groups[t][0]]
            let candidates = sameMeasure[measureKey(head), default: []].filter { p in
                guard p != t, let v = values[p], v > 0, v < total else { return false }
                let part = claims[groups[p][0]]
                guard part.claim.category == head.claim.category, part.claim.unit == head.claim.unit,
                    sameEvent(part, head), named[t].isEmpty || named[p].isEmpty || !named[t].isDisjoint(with: named[p])
                else { return false }
                let match = relationMatch(head, part)
                return head.kind.isGeneric && head.claim.category != .money ? match != .different : match == .same
            }
            // Parts must be reported together by one article: search each article's own candidates,
            // which keeps the search small however many facts the corpus has.
            guard candidates.count >= 2 else { return [] }
            let candidateSet = Set(candidates)
            // Only articles that report a candidate can report two.
            var articles = Set<Int>()
            for p in candidates { articles.formUnion(articlesOfGroup[p]) }
            for article in articles.sorted() {
                let local = groupsOfArticle[article]!.filter { candidateSet.contains($0) }
                if let parts = FactGrouper.parts(of: total, among: local, values: values) { return parts }
            }
            return []
        }
    }

    /// The story, category and unit of a claim: the measure its number counts.
    private func measureKey(_ claim: ClaimContext) -> String {
        "\(claim.story)|" + claim.claim.category.rawValue + "|" + (claim.claim.unit ?? "")
    }

    /// The first two, else three, of `local` (groups one article tells) whose values add up to `total`.
    static func parts(of total: Double, among local: [Int], values: [Double?]) -> [Int]? {
        guard local.count >= 2 else { return nil }
        for i in local.indices {
            for j in local.indices where j > i {
                let (p, q) = (local[i], local[j])
                if values[p]! + values[q]! == total { return [p, q] }
            }
        }
        for i in local.indices {
            for j in local.indices where j > i {
                for k in local.indices where k > j {
                    let (p, q, r) = (local[i], local[j], local[k])
                    if values[p]! + values[q]! + values[r]! == total { return [p, q, r] }
                }
            }
        }
        return nil
    }

    /// Whether two sums of money may be one sum told with two numbers: only when their purpose is known
    /// and the same, and one is the other rounded ("nearly $6 million" for $5.9 million); a sum is
    /// told to the cent or rounded, not miscounted, so two prices of one thing ($2,400 list, $2,299
    /// discounted) are two facts.
    static func sumsMayBeOne(_ x: Double, _ y: Double, _ kindA: SubjectKind, _ kindB: SubjectKind) -> Bool {
        !kindA.id.isEmpty && kindA.id == kindB.id && isRounding(x, y)
    }

    /// Whether one of two positive numbers is the other rounded to its own last significant place:
    /// 6,000,000 of 5,900,000 (millions), 2.5 of 2.52 (tenths); not 2,400 of 2,299 (2,300).
    static func isRounding(_ x: Double, _ y: Double) -> Bool {
        let (coarse, fine) = place(of: x) >= place(of: y) ? (x, y) : (y, x)
        let step = place(of: coarse)
        return abs((fine / step).rounded() * step - coarse) < step * 1e-6
    }

    /// The place of the last significant digit of a positive number: 1,000 for 6,000, 0.01 for 2.52.
    static func place(of value: Double) -> Double {
        var step = 1.0
        if value == value.rounded() {
            while value >= step * 10, (value / (step * 10)).rounded() * step * 10 == value { step *= 10 }
        } else {
            while step > 1e-4, abs((value / step).rounded() * step - value) > 1e-9 { step /= 10 }
        }
        return step
    }
}
