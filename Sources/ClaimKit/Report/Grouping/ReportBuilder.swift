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
        var paths = articles.map(\.path)
        var outlets = articles.map { $0.outlet }
        var dates = articles.map { $0.published }
        var sketches = articles.map(\.sketch)
        var prints: [StoryFingerprint?] = articles.map(\.story)
        var indexOfPath: [String: Int] = [:]
        for (i, p) in paths.enumerated() where indexOfPath[p] == nil { indexOfPath[p] = i }
        for claim in claims where indexOfPath[claim.article] == nil {
            indexOfPath[claim.article] = paths.count
            paths.append(claim.article)
            outlets.append(claim.outlet)
            dates.append(claim.published)
            sketches.append(nil)
            prints.append(nil)
        }
        for claim in claims {
            let a = indexOfPath[claim.article]!
            if outlets[a] == nil { outlets[a] = claim.outlet }
            if dates[a] == nil { dates[a] = claim.published }
        }
        // Articles without text (only named by claims) are compared by their claims' sentences.
        var sentencesOfArticle: [Int: [String]] = [:]
        for claim in claims {
            let a = indexOfPath[claim.article]!
            if sketches[a] == nil { sentencesOfArticle[a, default: []].append(claim.sentence) }
        }
        let detector = WireCopyDetector(threshold: options.wireCopySimilarity)
        for (a, sentences) in sentencesOfArticle {
            sketches[a] = detector.sketch(sentences.joined(separator: "\n"))
            if prints[a] == nil { prints[a] = StoryFingerprint(title: nil, paragraphs: sentences) }
        }
        let sourceOf = detector.sources(ofSketches: sketches)
        let outletNames = paths.indices.map { outlets[$0] ?? ReportBuilder.fileName(paths[$0]) }
        let days = dates.map { ClaimContext.day(ofISODate: $0) }
        let storyOf = storyIndices(prints: prints, days: days, sources: sourceOf,
                                   claims: claims.map { (indexOfPath[$0.article]!, $0) }, wholeTexts: articles.count)

        // Grouping, inside each story.
        // Many claims name the same subject ("people", "soldiers"): look each up once.
        var kindOfSubject: [String: SubjectKind] = [:]
        let contexts = claims.enumerated().map { i, claim in
            let a = indexOfPath[claim.article]!
            let kind = kindOfSubject[claim.subject] ?? {
                let kind = kinds.kind(of: claim.subject)
                kindOfSubject[claim.subject] = kind
                return kind
            }()
            return ClaimContext(index: i, claim: claim, article: a, source: sourceOf[a], story: storyOf[a],
                                day: ClaimContext.day(ofISODate: claim.published ?? dates[a]),
                                kind: kinds.kind(kind, category: claim.category))
        }
        let result = FactGrouper(options: options).group(contexts)

        let storyIDs = storyOf.map { "e\($0 + 1)" }
        var sourceNumber: [Int: Int] = [:]
        let articlesOfSource = Dictionary(grouping: paths.indices, by: { sourceOf[$0] })
        let sources = paths.indices.map { a -> ReportSource in
            if sourceNumber[sourceOf[a]] == nil { sourceNumber[sourceOf[a]] = sourceNumber.count + 1 }
            let copies = (articlesOfSource[sourceOf[a]] ?? []).filter { $0 != a }.map { paths[$0] }
            return ReportSource(path: paths[a], outlet: outletNames[a], published: dates[a].map { String($0.prefix(10)) },
                                source: "s\(sourceNumber[sourceOf[a]]!)", copies: copies, story: storyIDs[a],
                                title: a < articles.count ? articles[a].title : nil, url: a < articles.count ? articles[a].url : nil)
        }

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
        for (i, article) in articles.enumerated() { longest[outletNames[i]] = max(longest[outletNames[i]] ?? 0, article.words) }
        let shortTexts = longest.filter { $0.value < options.shortArticleWords }
        let outletsOfGroup = result.groups.map { members in Set(members.map { outletNames[contexts[$0].article] }) }
        var factGroups: [FactGroup] = []
        for (g, members) in result.groups.enumerated() {
            let told = members.map { DifferenceFinder.Told(claim: claims[$0], outlet: outletNames[contexts[$0].article], kind: contexts[$0].kind) }
            let storyIndex = contexts[members[0]].story
            let factDays = Set(members.compactMap { contexts[$0].day })
            // An outlet that told this fact's parts, the total it is part of, or the same measure at
            // another date did not leave the fact out.
            let partOf = result.sumOf.indices.filter { result.sumOf[$0].contains(g) }
            var related = result.sumOf[g] + partOf
            if let t = result.timeline[g] { related += result.groups.indices.filter { $0 != g && result.timeline[$0] == t } }
            // Nor did an outlet that gave another number for what may be the same count (a revised
            // or contested toll): it disagrees, which the other fact shows.
            related += rivals(of: g, result.groups, contexts)
            let excused = related.reduce(into: Set<String>()) { $0.formUnion(outletsOfGroup[$1]) }
            var storyOutlets: [String] = []
            // An article with no claim at all may have lost its text: not evidence of omission; nor is
            // an article published days away from the fact.
            for a in articlesOfStory[storyIndex] ?? [] where hasClaims[a] && !storyOutlets.contains(outletNames[a]) && !excused.contains(outletNames[a]) {
                if let d = days[a], !factDays.isEmpty, !factDays.contains(where: { abs($0 - d) <= options.eventWindowDays }) { continue }
                storyOutlets.append(outletNames[a])
            }
            var groupOutlets: [String] = []
            for t in told where !groupOutlets.contains(t.outlet) { groupOutlets.append(t.outlet) }
            let modal = modalClaim(members.map { claims[$0] })
            let kind = contexts[members.first { !contexts[$0].kind.isGeneric } ?? members[0]].kind
            let valueText = NumberText.claimValue(modal)
            // Headlines capitalise every word: name the fact in a body sentence's words when there is one.
            let sameNumber = members.map { claims[$0] }.filter { $0.value == modal.value && $0.upper == modal.upper }
            // A subject that opens its sentence carries the sentence's capital ("Death toll"): prefer one inside a sentence.
            let notTitleCase = sameNumber.filter { c in !c.subject.split(separator: " ").allSatisfy { $0.first?.isUppercase ?? false } }
            let bodySubject = (notTitleCase.first { !$0.subject.isEmpty && !$0.sentence.hasPrefix($0.subject) } ?? notTitleCase.first)?.subject
            let written = bodySubject ?? modal.subject
            let subject = written.isEmpty ? kind.label : written
            let timelineIndex = result.timeline[g]
            let timelineWith = timelineIndex.map { t in
                result.groups.indices.filter { $0 != g && result.timeline[$0] == t }
                    .sorted { (earliest(result.groups[$0], contexts) ?? Int.min, $0) < (earliest(result.groups[$1], contexts) ?? Int.min, $1) }
                    .map { ids[$0] }
            } ?? []
            let publishedDates = members.compactMap { (claims[$0].published ?? sources[contexts[$0].article].published).map { String($0.prefix(10)) } }.sorted()
            factGroups.append(FactGroup(
                id: ids[g], category: modal.category, summary: modal.value == nil ? "\(modal.category.rawValue): \(subject) (\(valueText))"
                    : "\(modal.category.rawValue): \(valueText)\(VagueAmount.of(modal) == nil ? "" : " of") \(subject)",
                valueText: valueText, subjectKind: kind.label, unit: modal.unit, claimIndices: members, outlets: groupOutlets,
                independentSources: Set(members.map { contexts[$0].source }).count, story: storyIDs[contexts[members[0]].article],
                published: publishedDates.first, sumOf: result.sumOf[g].map { ids[$0] },
                partOf: partOf.map { ids[$0] },
                timeline: timelineIndex.map { "t\($0 + 1)" }, timelineWith: timelineWith,
                differences: finder.differences(told, storyOutlets: storyOutlets, shortTexts: shortTexts)))
        }
        let stories = makeStories(storyOf: storyOf, sources: sources, prints: prints, claims: grouped, groups: factGroups)
        let report = Report(articles: articles.map(\.path), claims: grouped, sources: sources, groups: factGroups, stories: stories)
        return report.filtered(by: options)
    }

    /// The facts of the same story, category, unit and kind of subject as fact `g` whose numbers are
    /// close enough to be the same count told otherwise (within `disputedSameKindRatio`).
    private func rivals(of g: Int, _ groups: [[Int]], _ contexts: [ClaimContext]) -> [Int] {
        let head = contexts[groups[g][0]]
        guard let x = head.claim.value, x > 0 else { return [] }
        return groups.indices.filter { h in
            let other = contexts[groups[h][0]]
            guard h != g, other.story == head.story, other.claim.category == head.claim.category,
                  other.claim.unit == head.claim.unit, other.kind.match(head.kind) == .same,
                  let y = other.claim.value, y > 0 else { return false }
            return min(x, y) / max(x, y) >= options.disputedSameKindRatio
        }
    }

    private func earliest(_ members: [Int], _ contexts: [ClaimContext]) -> Int? {
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
