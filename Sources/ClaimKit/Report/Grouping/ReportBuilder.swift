/// Groups claims from many articles into facts and finds their differences and omissions.
package struct ReportBuilder: Sendable {
    /// Thresholds of the grouping rules.
    package var options: ReportOptions
    /// Synonyms that say which subjects are the same kind.
    package var kinds: SubjectKindTable

    /// Creates a builder with the given thresholds and subject synonyms.
    package init(options: ReportOptions = ReportOptions(), kinds: SubjectKindTable = .standard) {
        self.options = options
        self.kinds = kinds
    }

    /// Builds the report for the claims of `articles`; `claims` are in input order.
    ///
    /// Claims whose article is not among `articles` (records read back from JSON Lines) get a
    /// source entry of their own from the claim's outlet and date; their wire-copy check then
    /// compares claim sentences instead of article text.
    package func build(articles: [Article], claims: [Claim]) -> Report {
        let detector = WireCopyDetector(threshold: options.wireCopySimilarity)
        return build(digests: articles.map { ArticleDigest($0, detector: detector) }, claims: claims)
    }

    /// Builds the report from the digests of the articles (see `ArticleDigest`); `claims` are in input order.
    ///
    /// Stories come first (`StoryClusterer`): facts, differences, totals, timelines and omissions
    /// are only ever found among the articles of one story.
    package func build(digests articles: [ArticleDigest], claims: [Claim]) -> Report {
        // Sources: the articles given, then any article only named by a claim.
        let detector = WireCopyDetector(threshold: options.wireCopySimilarity)
        let table = sourceTable(articles, claims, detector: detector)
        let (paths, dates) = (table.paths, table.dates)
        let sourceOf = detector.sources(ofSketches: table.sketches)
        let outletNames = paths.indices.map { table.outlets[$0] ?? ReportBuilder.fileName(paths[$0]) }
        let days = dates.map { ClaimContext.day(ofISODate: $0) }
        let storyOf = storyIndices(
            prints: table.prints, days: days, sources: sourceOf,
            claims: claims.map { (table.article(of: $0), $0) }, wholeTexts: articles.count)

        // Grouping, inside each story.
        let contexts = claimContexts(claims, table, sourceOf: sourceOf, storyOf: storyOf)
        let result = FactGrouper(options: options).group(contexts)
        let storyIDs = storyOf.map { "e\($0 + 1)" }
        let sources = reportSources(articles, table, outletNames: outletNames, sourceOf: sourceOf, storyIDs: storyIDs)

        // Groups with summaries and differences.
        let ids = result.groups.indices.map { "g\($0 + 1)" }
        var grouped = claims
        for (g, members) in result.groups.enumerated() { for m in members { grouped[m].group = ids[g] } }
        let finder = DifferenceFinder()
        var hasClaims = Array(repeating: false, count: paths.count)
        for c in contexts { hasClaims[c.article] = true }
        let articlesOfStory = Dictionary(grouping: paths.indices, by: { storyOf[$0] })
        // Outlets whose every article is short: an omission there may be text we did not get.
        var longest: [String: Int] = [:]
        for (i, article) in articles.enumerated() {
            longest[outletNames[i]] = max(longest[outletNames[i]] ?? 0, article.words)
        }
        let shortTexts = longest.filter { $0.value < options.shortArticleWords }
        let outletsOfGroup = result.groups.map { members in Set(members.map { outletNames[contexts[$0].article] }) }
        var factGroups: [FactGroup] = []
        for (g, members) in result.groups.enumerated() {
            let told = members.map {
                DifferenceFinder.Told(
                    claim: claims[$0], outlet: outletNames[contexts[$0].article], kind: contexts[$0].kind)
            }
            let partOf = result.sumOf.indices.filter { result.sumOf[$0].contains(g) }
            let excused = relatedFacts(of: g, result, contexts).reduce(into: Set<String>()) {
                $0.formUnion(outletsOfGroup[$1])
            }
            let storyOutlets = omissionCandidates(
                members, contexts, excused: excused, articlesOfStory: articlesOfStory,
                hasClaims: hasClaims, outletNames: outletNames, days: days)
            var groupOutlets: [String] = []
            for t in told where !groupOutlets.contains(t.outlet) { groupOutlets.append(t.outlet) }
            let modal = modalClaim(members.map { claims[$0] })
            let kind = contexts[members.first { !contexts[$0].kind.isGeneric } ?? members[0]].kind
            let valueText = NumberText.claimValue(modal)
            let subject = factSubject(members.map { claims[$0] }, modal: modal, kind: kind)
            let timelineIndex = result.timeline[g]
            let timelineWith = timelineFacts(of: g, result, contexts).map { ids[$0] }
            let firstPublished = members.compactMap {
                (claims[$0].published ?? sources[contexts[$0].article].published).map { String($0.prefix(10)) }
            }.min()
            factGroups.append(
                FactGroup(
                    id: ids[g], category: modal.category,
                    summary: modal.value == nil
                        ? "\(modal.category.rawValue): \(subject) (\(valueText))"
                        : "\(modal.category.rawValue): \(valueText)\(VagueAmount.of(modal) == nil ? "" : " of") \(subject)",
                    valueText: valueText, subjectKind: kind.label, unit: modal.unit, claimIndices: members,
                    outlets: groupOutlets,
                    independentSources: Set(members.map { contexts[$0].source }).count,
                    story: storyIDs[contexts[members[0]].article],
                    published: firstPublished, sumOf: result.sumOf[g].map { ids[$0] },
                    partOf: partOf.map { ids[$0] },
                    timeline: timelineIndex.map { "t\($0 + 1)" }, timelineWith: timelineWith,
                    differences: finder.differences(told, storyOutlets: storyOutlets, shortTexts: shortTexts)))
        }
        let stories = makeStories(
            storyOf: storyOf, sources: sources, prints: table.prints, claims: grouped, groups: factGroups)
        let report = Report(
            articles: articles.map(\.path), claims: grouped, sources: sources, groups: factGroups, stories: stories)
        return report.filtered(by: options)
    }

    /// The facts of the same story, category, unit and kind of subject as fact `g` whose numbers are
    /// close enough to be the same count told otherwise (within `disputedSameKindRatio`).
    func rivals(of g: Int, _ groups: [[Int]], _ contexts: [ClaimContext]) -> [Int] {
        let head = contexts[groups[g][0]]
        guard let x = head.claim.value, x > 0 else { return [] }
        return groups.indices.filter { h in
            let other = contexts[groups[h][0]]
            guard h != g, other.story == head.story, other.claim.category == head.claim.category,
                other.claim.unit == head.claim.unit, other.kind.match(head.kind) == .same,
                let y = other.claim.value, y > 0
            else { return false }
            return min(x, y) / max(x, y) >= options.disputedSameKindRatio
        }
    }

    func earliest(_ members: [Int], _ contexts: [ClaimContext]) -> Int? {
        members.compactMap { contexts[$0].day }.min()
    }

    /// The claim whose number and hedge most claims share (the first such on a tie).
    private func modalClaim(_ claims: [Claim]) -> Claim {
        // A number names the fact better than a vague word ("dozens") however many outlets use the word.
        let precise = claims.filter { VagueAmount.of($0) == nil }
        let pool = precise.isEmpty ? claims : precise
        var best = pool[0], bestCount = 0
        for c in pool {
            let n = pool.filter { $0.value == c.value && $0.upper == c.upper && $0.qualifier == c.qualifier }.count
            if n > bestCount { best = c; bestCount = n }
        }
        return best
    }

    /// The last path component of `path`.
    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
