extension Report {
    /// The report cut to what `options` asks for: the stories matching `storyFilter`, the facts of
    /// `categories` told by at least `minOutlets` outlets, and the claims of those facts. Ids stay
    /// as they were, so a cut report still names facts and stories as the whole one does.
    public func filtered(by options: ReportOptions) -> Report {
        guard options.storyFilter != nil || options.categories != nil || options.minOutlets > 1 else { return self }
        var keptStories = Set(stories.map(\.id))
        if let text = options.storyFilter {
            let titles = Dictionary(grouping: sources, by: \.story).mapValues { $0.compactMap(\.title) }
            keptStories = Set(stories.filter { $0.matches(text, titles: titles[$0.id] ?? []) }.map(\.id))
        }
        let keptGroups = groups.filter { g in
            keptStories.contains(g.story) && (options.categories?.contains(g.category) ?? true)
                && g.outlets.count >= options.minOutlets
        }
        let keptIDs = Set(keptGroups.map(\.id))
        var newIndex: [Int: Int] = [:]
        var keptClaims: [Claim] = []
        for (i, c) in claims.enumerated() where c.group.map({ keptIDs.contains(FactID($0)) }) ?? false {
            newIndex[i] = keptClaims.count
            keptClaims.append(c)
        }
        let cutGroups = keptGroups.map { g -> FactGroup in
            var g = g
            g.claimIndices = g.claimIndices.compactMap { newIndex[$0] }
            return g
        }
        let cutStories = stories.filter { keptStories.contains($0.id) }.map { s -> Story in
            var s = s
            s.facts = s.facts.filter(keptIDs.contains)
            s.outlets = s.outlets.map { o in
                var o = o
                o.told = o.told.filter(keptIDs.contains)
                o.omitted = o.omitted.filter(keptIDs.contains)
                return o
            }
            return s
        }
        let cutSources = sources.filter { keptStories.contains($0.story) }
        let paths = Set(cutSources.map(\.path))
        return Report(
            articles: articles.filter(paths.contains), claims: keptClaims, sources: cutSources,
            groups: cutGroups, stories: cutStories)
    }
}
