extension ReportBuilder {
    /// The articles of a report, then those only named by a claim (records read back from JSON
    /// Lines), side by side by index.
    struct SourceTable {
        var paths: [String]
        var outlets: [String?]
        var dates: [String?]
        var sketches: [ShingleSketch?]
        var prints: [StoryFingerprint?]
        var indexOfPath: [String: Int] = [:]

        /// The index of the article of `claim`.
        func article(of claim: Claim) -> Int { indexOfPath[claim.article]! }
    }

    /// The sources of `articles` and `claims`: an article only named by claims takes its outlet
    /// and date from them, and is compared (wire copies, stories) by its claims' sentences.
    func sourceTable(_ articles: [ArticleDigest], _ claims: [Claim], detector: WireCopyDetector) -> SourceTable {
        var table = SourceTable(
            paths: articles.map(\.path), outlets: articles.map { $0.outlet },
            dates: articles.map { $0.published }, sketches: articles.map(\.sketch),
            prints: articles.map(\.story))
        for (i, p) in table.paths.enumerated() where table.indexOfPath[p] == nil { table.indexOfPath[p] = i }
        for claim in claims where table.indexOfPath[claim.article] == nil {
            table.indexOfPath[claim.article] = table.paths.count
            table.paths.append(claim.article)
            table.outlets.append(claim.outlet)
            table.dates.append(claim.published)
            table.sketches.append(nil)
            table.prints.append(nil)
        }
        for claim in claims {
            let a = table.article(of: claim)
            if table.outlets[a] == nil { table.outlets[a] = claim.outlet }
            if table.dates[a] == nil { table.dates[a] = claim.published }
        }
        // Articles without text (only named by claims) are compared by their claims' sentences.
        var sentencesOfArticle: [Int: [String]] = [:]
        for claim in claims {
            let a = table.article(of: claim)
            if table.sketches[a] == nil { sentencesOfArticle[a, default: []].append(claim.sentence) }
        }
        for (a, sentences) in sentencesOfArticle {
            table.sketches[a] = detector.sketch(sentences.joined(separator: "\n"))
            if table.prints[a] == nil { table.prints[a] = StoryFingerprint(title: nil, paragraphs: sentences) }
        }
        return table
    }

    /// Each claim with its article, source, story, day and kind of subject, for grouping. `days` are
    /// the articles' dates, parsed once: a claim's own date is parsed only when it differs from its article's.
    func claimContexts(
        _ claims: [Claim], _ table: SourceTable, sourceOf: [Int], storyOf: [Int], days: [Int?]
    ) -> [ClaimContext] {
        // Many claims name the same subject ("people", "soldiers"): look each up once.
        var kindOfSubject: [String: SubjectKind] = [:]
        return claims.enumerated().map { i, claim in
            let a = table.article(of: claim)
            let kind =
                kindOfSubject[claim.subject]
                ?? {
                    let kind = kinds.kind(of: claim.subject)
                    kindOfSubject[claim.subject] = kind
                    return kind
                }()
            return ClaimContext(
                index: i, claim: claim, article: a, source: sourceOf[a], story: storyOf[a],
                day: claim.published == nil || claim.published == table.dates[a]
                    ? days[a] : ClaimContext.day(ofISODate: claim.published),
                kind: kinds.kind(kind, category: claim.category))
        }
    }

    /// The report's source entries: outlet, date, wire source (`s1` ...), copies and story of each article.
    func reportSources(
        _ articles: [ArticleDigest], _ table: SourceTable, outletNames: [String],
        sourceOf: [Int], storyIDs: [StoryID]
    ) -> [ReportSource] {
        let paths = table.paths
        var sourceNumber: [Int: Int] = [:]
        let articlesOfSource = Dictionary(grouping: paths.indices, by: { sourceOf[$0] })
        return paths.indices.map { a -> ReportSource in
            if sourceNumber[sourceOf[a]] == nil { sourceNumber[sourceOf[a]] = sourceNumber.count + 1 }
            let copies = (articlesOfSource[sourceOf[a]] ?? []).filter { $0 != a }.map { paths[$0] }
            return ReportSource(
                path: paths[a], outlet: outletNames[a], published: table.dates[a].flatMap(ReportDay.init(iso:)),
                source: SourceID("s\(sourceNumber[sourceOf[a]]!)"), copies: copies, story: storyIDs[a],
                title: a < articles.count ? articles[a].title : nil, url: a < articles.count ? articles[a].url : nil)
        }
    }

    /// The facts of the same measure as fact `g` that it superseded or that superseded it (see
    /// `isSuperseded`): an outlet that gave the earlier value of a toll revised later (an undated
    /// first-day report), or only the later one, did not leave `g` out.
    func supersededValues(of g: Int, _ groups: [[Int]], _ contexts: [ClaimContext]) -> [Int] {
        groups.indices.filter { h in
            h != g && (isSuperseded(h, by: g, groups, contexts) || isSuperseded(g, by: h, groups, contexts))
        }
    }

    /// Whether fact `old` is an earlier value of the measure of fact `new` (same story, category,
    /// unit, kind, scope and named people): first told on an earlier day, and from `new`'s first day
    /// on told only by articles that tell `new` too (recounting the old value).
    func isSuperseded(_ old: Int, by new: Int, _ groups: [[Int]], _ contexts: [ClaimContext]) -> Bool {
        let (a, b) = (contexts[groups[old][0]], contexts[groups[new][0]])
        // Facts whose subject names no kind (bare sums, "$31") say too little to be one measure.
        guard a.story == b.story, a.claim.category == b.claim.category, a.claim.unit == b.claim.unit
        else { return false }
        let kind = measureKind(groups[new], contexts)
        guard !kind.id.isEmpty, measureKind(groups[old], contexts).match(kind) == .same,
            sameNamesAndScope(groups[old], groups[new], contexts),
            let first = earliest(groups[new], contexts), let before = earliest(groups[old], contexts),
            before < first
        else { return false }
        let tellers = Set(groups[new].map { contexts[$0].article })
        return groups[old].allSatisfy {
            (contexts[$0].day ?? Int.min) < first || tellers.contains(contexts[$0].article)
        }
    }

    /// Whether two facts count the same people over the same period: "11 Iranian citizens" is a
    /// part of a toll, not an earlier value of it; "this year" is not "last year".
    private func sameNamesAndScope(_ x: [Int], _ y: [Int], _ contexts: [ClaimContext]) -> Bool {
        let (nx, ny) = (Set(x.flatMap { contexts[$0].named }), Set(y.flatMap { contexts[$0].named }))
        let namesFit = nx.isEmpty ? ny.isEmpty : !nx.isDisjoint(with: ny)
        return namesFit && Set(x.map { contexts[$0].scope }) == Set(y.map { contexts[$0].scope })
    }

    /// The kind of subject a fact counts: its first claim's that the kinds table knows ("individuals"
    /// is people; "wounded" only names a head noun), else its first claim's that names one.
    private func measureKind(_ members: [Int], _ contexts: [ClaimContext]) -> SubjectKind {
        let known = members.first { !contexts[$0].kind.id.isEmpty && !contexts[$0].kind.id.hasPrefix("head:") }
        return contexts[known ?? members.first { !contexts[$0].kind.id.isEmpty } ?? members[0]].kind
    }

    /// The subject that names a fact: a body sentence's words when there is one (headlines
    /// capitalise every word), else the modal claim's, else the kind's label.
    func factSubject(_ members: [Claim], modal: Claim, kind: SubjectKind) -> String {
        let sameNumber = members.filter { $0.value == modal.value && $0.upper == modal.upper }
        // A subject that opens its sentence carries the sentence's capital ("Death toll"): prefer one inside a sentence.
        let notTitleCase = sameNumber.filter { c in
            !c.subject.split(separator: " ").allSatisfy { $0.first?.isUppercase ?? false }
        }
        let bodySubject =
            (notTitleCase.first { !$0.subject.isEmpty && !$0.sentence.hasPrefix($0.subject) } ?? notTitleCase.first)?
            .subject
        let written = bodySubject ?? modal.subject
        return written.isEmpty ? kind.label : written
    }

}
