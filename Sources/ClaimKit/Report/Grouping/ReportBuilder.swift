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
        let sourceOf = detector.sources(ofSketches: table.sketches)
        let outletNames = table.paths.indices.map { table.outlets[$0] ?? ReportBuilder.fileName(table.paths[$0]) }
        let days = table.dates.map { ClaimContext.day(ofISODate: $0) }
        let storyOf = storyIndices(
            prints: table.prints, days: days, sources: sourceOf,
            claims: claims.map { (table.article(of: $0), $0) }, wholeTexts: articles.count)

        // Grouping, inside each story.
        let contexts = claimContexts(claims, table, sourceOf: sourceOf, storyOf: storyOf, days: days)
        let result = FactGrouper(options: options).group(contexts)
        let sources = reportSources(
            articles, table, outletNames: outletNames, sourceOf: sourceOf, storyIDs: storyOf.map(StoryID.init(index:)))
        let frame = factFrame(
            claims, contexts, result, table: table, words: articles.map(\.words), outletNames: outletNames,
            days: days, storyOf: storyOf, sources: sources)

        // Facts with their relations and differences, then the stories that hold them.
        let factGroups = result.groups.indices.map { factGroup($0, frame) }
        var grouped = claims
        for group in factGroups { for m in group.claimIndices { grouped[m].group = group.id.rawValue } }
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
    func modalClaim(_ claims: [Claim]) -> Claim {
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
