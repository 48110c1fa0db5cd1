extension ReportBuilder {
    /// Each article's story index (see `StoryClusterer`), numbered in order of first article.
    /// `claims` pairs each claim with its article's index: the facts an article states are
    /// signatures of category, unit and number (vague amounts left out), which only add to a
    /// likeness in content. The first `wholeTexts` articles were read whole (the others are known
    /// only by their claims). A price list (`PriceList`) is a story of its own.
    func storyIndices(
        prints: [StoryFingerprint?], days: [Int?], sources: [Int], claims: [(Int, Claim)], wholeTexts: Int
    ) -> [Int] {
        var facts = [[UInt64]](repeating: [], count: prints.count)
        var lists = [PriceList](repeating: PriceList(priceLimit: options.priceLimit), count: prints.count)
        for (a, claim) in claims { lists[a].count(claim) }
        for (a, claim) in claims where claim.value != nil && claim.vague != true {
            let key =
                "\(claim.category.rawValue)|\(claim.unit ?? "")|\(claim.value!)|\(claim.upper.map { "\($0)" } ?? "")"
            facts[a].append(HashBits.hash(key.utf8))
        }
        let items = prints.indices.map { a in
            // Sorted and without repeats, with no set made per article.
            var mine: [UInt64] = []
            for x in facts[a].sorted() where mine.last != x { mine.append(x) }
            return StoryClusterer.Item(
                fingerprint: prints[a], day: days[a], source: sources[a], facts: mine, wholeText: a < wholeTexts,
                priceList: lists[a].isPriceList)
        }
        var clusterer = StoryClusterer()
        clusterer.windowDays = max(options.storyWindowDays, options.eventWindowDays)
        return clusterer.stories(items)
    }

    /// The stories with their labels, dates, facts and per-outlet summaries.
    func makeStories(
        storyOf: [Int], sources: [ReportSource], prints: [StoryFingerprint?], claims: [Claim],
        groups: [FactGroup]
    ) -> [Story] {
        let count = (storyOf.max() ?? -1) + 1
        var articles = [[Int]](repeating: [], count: count)
        for (a, s) in storyOf.enumerated() { articles[s].append(a) }
        var groupsOfStory: [StoryID: [FactGroup]] = [:]
        for g in groups { groupsOfStory[g.story, default: []].append(g) }
        var claimsOfArticle: [String: [Claim]] = [:]
        for c in claims { claimsOfArticle[c.article, default: []].append(c) }
        return articles.enumerated().map { s, members in
            let id = StoryID(index: s)
            // Most telling words: the terms the story's articles weigh most, together.
            var weight: [String: Int] = [:]
            for a in members {
                prints[a]?.forEachWeightedTerm { t, w in weight[t, default: 0] += w }
            }
            let terms = weight.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5).map(
                \.key)
            let title = members.lazy.compactMap { sources[$0].title }.first { !$0.isEmpty }
            let dates = members.compactMap { sources[$0].published }.sorted()
            let facts = groupsOfStory[id] ?? []
            var summaries: [OutletSummary] = []
            for a in members {
                let outlet = sources[a].outlet
                let mine = claimsOfArticle[sources[a].path] ?? []
                if let i = summaries.firstIndex(where: { $0.outlet == outlet }) {
                    summaries[i].articles += 1
                    summaries[i].claims += mine.count
                    summaries[i].attributed += mine.filter { $0.speaker != nil }.count
                } else {
                    summaries.append(
                        OutletSummary(
                            outlet: outlet, articles: 1, claims: mine.count,
                            attributed: mine.filter { $0.speaker != nil }.count))
                }
            }
            for i in summaries.indices {
                let outlet = summaries[i].outlet
                summaries[i].told = facts.filter { $0.outlets.contains(outlet) }.map(\.id)
                summaries[i].omitted = facts.filter { g in
                    g.differences.contains {
                        $0.kind == .omission && $0.variants.contains { $0.outlets.contains(outlet) }
                    }
                }.map(\.id)
            }
            return Story(
                id: id, label: title ?? terms.joined(separator: ", "), terms: terms,
                articles: members.map { sources[$0].path },
                firstDate: dates.first, lastDate: dates.last, facts: facts.map(\.id), outlets: summaries)
        }
    }
}
