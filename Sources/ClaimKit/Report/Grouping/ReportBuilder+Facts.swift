extension ReportBuilder {
    /// What making the facts of a report needs, computed once for all of them: the grouping's
    /// result, each article's outlet, day and story, and the relations between facts.
    struct FactFrame {
        var claims: [Claim]
        var contexts: [ClaimContext]
        var result: FactGrouper.Result
        var outletNames: [String]
        var days: [Int?]
        var storyIDs: [StoryID]
        var sources: [ReportSource]
        /// The fact ids (`g1` ...), by group index.
        var ids: [FactID]
        var hasClaims: [Bool]
        var articlesOfStory: [Int: [Int]]
        /// Outlets whose every article is short: an omission there may be text we did not get.
        var shortTexts: [String: Int]
        var outletsOfGroup: [Set<String>]
        /// The totals each group is a part of, in index order.
        var partOf: [[Int]]
        /// The other facts of each group's timeline, earliest first.
        var timelineWith: [[Int]]
        /// For an undated article, the latest day on which a fact it tells was first told by a dated
        /// article: it was written no earlier (see `undatedSince`).
        var undatedSince: [Int?]
    }

    /// The frame of `result`, grouped from `contexts` of `claims`.
    func factFrame(
        _ claims: [Claim], _ contexts: [ClaimContext], _ result: FactGrouper.Result, table: SourceTable,
        words: [Int], outletNames: [String], days: [Int?], storyOf: [Int], sources: [ReportSource]
    ) -> FactFrame {
        var hasClaims = Array(repeating: false, count: table.paths.count)
        for c in contexts { hasClaims[c.article] = true }
        var partOf = [[Int]](repeating: [], count: result.groups.count)
        for (t, parts) in result.sumOf.enumerated() { for p in parts { partOf[p].append(t) } }
        return FactFrame(
            claims: claims, contexts: contexts, result: result, outletNames: outletNames, days: days,
            storyIDs: storyOf.map(StoryID.init(index:)), sources: sources,
            ids: result.groups.indices.map { FactID("g\($0 + 1)") }, hasClaims: hasClaims,
            articlesOfStory: Dictionary(grouping: table.paths.indices, by: { storyOf[$0] }),
            shortTexts: shortTextOutlets(words: words, outletNames: outletNames),
            outletsOfGroup: result.groups.map { members in Set(members.map { outletNames[contexts[$0].article] }) },
            partOf: partOf, timelineWith: timelineFacts(result, contexts),
            undatedSince: undatedSince(result, contexts, days: days))
    }

    /// For each undated article, the latest first day among the facts it tells (nil for a dated
    /// article, or one whose facts no dated article tells): a fact first told on a day was not yet
    /// known before it, so the article was written that day or later.
    func undatedSince(_ result: FactGrouper.Result, _ contexts: [ClaimContext], days: [Int?]) -> [Int?] {
        var since = [Int?](repeating: nil, count: days.count)
        for members in result.groups {
            guard let first = earliest(members, contexts) else { continue }
            for a in Set(members.map { contexts[$0].article }) where days[a] == nil {
                since[a] = max(since[a] ?? first, first)
            }
        }
        return since
    }

    /// The outlets whose longest article is under `shortArticleWords`, with that length.
    func shortTextOutlets(words: [Int], outletNames: [String]) -> [String: Int] {
        var longest: [String: Int] = [:]
        for (i, count) in words.enumerated() { longest[outletNames[i]] = max(longest[outletNames[i]] ?? 0, count) }
        return longest.filter { $0.value < options.shortArticleWords }
    }

    /// Fact `g` of the frame: its value, subject, relations and differences.
    func factGroup(_ g: Int, _ frame: FactFrame) -> FactGroup {
        let (claims, contexts, result) = (frame.claims, frame.contexts, frame.result)
        let members = result.groups[g]
        let told = members.map {
            DifferenceFinder.Told(
                claim: claims[$0], outlet: frame.outletNames[contexts[$0].article], kind: contexts[$0].kind)
        }
        let excused = relatedFacts(of: g, frame).reduce(into: Set<String>()) { $0.formUnion(frame.outletsOfGroup[$1]) }
        let storyOutlets = omissionCandidates(members, excused: excused, frame)
        var groupOutlets: [String] = []
        for t in told where !groupOutlets.contains(t.outlet) { groupOutlets.append(t.outlet) }
        let modal = modalClaim(members.map { claims[$0] })
        let kind = contexts[members.first { !contexts[$0].kind.isGeneric } ?? members[0]].kind
        // A claim's own date, when it has one, before its article's.
        let firstPublished = members.compactMap { m -> ReportDay? in
            guard let own = claims[m].published else { return frame.sources[contexts[m].article].published }
            return ReportDay(iso: own)
        }.min()
        return FactGroup(
            id: frame.ids[g], category: modal.category, value: FactValue(modal),
            subject: factSubject(members.map { claims[$0] }, modal: modal, kind: kind), subjectKind: kind.label,
            unit: modal.unit, claimIndices: members, outlets: groupOutlets,
            independentSources: Set(members.map { contexts[$0].source }).count,
            story: frame.storyIDs[contexts[members[0]].article], published: firstPublished,
            sumOf: result.sumOf[g].map { frame.ids[$0] }, partOf: frame.partOf[g].map { frame.ids[$0] },
            timeline: result.timeline[g].map { "t\($0 + 1)" },
            timelineWith: frame.timelineWith[g].map { frame.ids[$0] },
            differences: DifferenceFinder().differences(
                told, storyOutlets: storyOutlets, shortTexts: frame.shortTexts))
    }

    /// The facts whose outlets did not leave fact `g` out: its parts, the total it is part of, the
    /// same measure at another date, rival numbers for what may be the same count, and earlier
    /// values of the same measure that it superseded.
    func relatedFacts(of g: Int, _ frame: FactFrame) -> [Int] {
        let (result, contexts) = (frame.result, frame.contexts)
        var related = result.sumOf[g] + frame.partOf[g] + frame.timelineWith[g]
        // An outlet that gave another number (a revised or contested toll) disagrees, which the other fact shows.
        related += rivals(of: g, result.groups, contexts)
        return related + supersededValues(of: g, result.groups, contexts)
    }

    /// The outlets of the story of a fact (`members`) that could have told it: an article with no
    /// claim at all may have lost its text, so it is no evidence of omission; nor is an article
    /// published days away from the fact, or before the first day anyone told it, or an outlet
    /// that told a related fact (`excused`). An undated article is a candidate only when a fact it
    /// tells was first told no earlier than this one (`undatedSince`): else it may have come first.
    func omissionCandidates(
        _ members: [Int], excused: Set<String>, _ frame: FactFrame
    ) -> [String] {
        let (contexts, outletNames, days, hasClaims) = (frame.contexts, frame.outletNames, frame.days, frame.hasClaims)
        let factDays = Set(members.compactMap { contexts[$0].day })
        let firstTold = factDays.min()
        var storyOutlets: [String] = []
        for a in frame.articlesOfStory[contexts[members[0]].story] ?? []
        where hasClaims[a] && !storyOutlets.contains(outletNames[a]) && !excused.contains(outletNames[a]) {
            if let d = days[a], !factDays.isEmpty, !factDays.contains(where: { abs($0 - d) <= options.eventWindowDays })
            {
                continue
            }
            // An article out before the fact was first reported could not have had it (a toll told on day 2).
            if let d = days[a], let firstTold, d < firstTold { continue }
            // An undated article counts only when what it tells shows it came after the fact was first told.
            if days[a] == nil, let firstTold, (frame.undatedSince[a] ?? Int.min) < firstTold { continue }
            storyOutlets.append(outletNames[a])
        }
        return storyOutlets
    }

    /// The other facts on the timeline of each fact, earliest first.
    func timelineFacts(_ result: FactGrouper.Result, _ contexts: [ClaimContext]) -> [[Int]] {
        let factsOfTimeline = Dictionary(grouping: result.groups.indices.filter { result.timeline[$0] != nil }) {
            result.timeline[$0]!
        }
        let sorted = factsOfTimeline.mapValues { facts in
            facts.sorted {
                (earliest(result.groups[$0], contexts) ?? Int.min, $0) < (
                    earliest(result.groups[$1], contexts) ?? Int.min, $1
                )
            }
        }
        return result.groups.indices.map { g in
            result.timeline[g].map { t in (sorted[t] ?? []).filter { $0 != g } } ?? []
        }
    }
}
