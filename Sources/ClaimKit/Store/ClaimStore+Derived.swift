/// Stories, facts, differences and omissions: rebuilt from every stored claim and article digest
/// at each update, articles in path order, so the result is the same whatever the update history.
extension ClaimStore {
    /// Rebuilds stories, facts, differences and omissions from every stored article and claim; counts them in `summary`.
    func rebuildDerived(_ db: SQLiteDatabase, summary: inout StoreSummary) throws {
        var articleIDs: [String: Int64] = [:]
        var storedStory: [Int64: [SQLiteDatabase.Value]] = [:]
        var digests: [ArticleDigest] = []
        for row in try db.rows(
            """
            SELECT id, path, outlet, outlet_known, published, title, url, words, sketch, sketch_complete, fingerprint,
                story_id, source
            FROM articles ORDER BY path
            """)
        {
            guard case .integer(let id) = row[0], let path = row[1].text else { continue }
            articleIDs[path] = id
            storedStory[id] = [row[11], row[12]]
            digests.append(
                ArticleDigest(
                    path: path, outlet: row[3].integer == 1 ? row[2].text : nil, published: row[4].text,
                    title: row[5].text,
                    url: row[6].text, words: row[7].integer ?? 0,
                    sketch: StoredDigest.sketch(row[8], complete: row[9].integer == 1),
                    story: StoredDigest.fingerprint(row[10].text)))
        }
        let (claimIDs, storedFacts, claims) = try storedClaims(db)
        let report = builder.build(digests: digests, claims: claims)
        for table in StoreSchema.derived { try db.execute("DELETE FROM \(table)") }
        try writeStories(db, report)
        try writeFacts(db, report)
        // Only rows whose story or fact changed are rewritten: rewriting every article (with its
        // sketch) and claim made the write-ahead log, and so the commit, several times larger.
        let setArticle = try db.prepare("UPDATE articles SET story_id = ?, source = ? WHERE id = ?")
        for source in report.sources {
            guard let id = articleIDs[source.path] else { continue }
            let values: [SQLiteDatabase.Value] = [.text(source.story.rawValue), .text(source.source.rawValue)]
            if storedStory[id] != values { try setArticle.run(values + [.integer(id)]) }
        }
        let setFact = try db.prepare("UPDATE claims SET fact_id = ? WHERE id = ?")
        for (i, claim) in report.claims.enumerated() where storedFacts[i] != .optional(claim.group) {
            try setFact.run([.optional(claim.group), .integer(claimIDs[i])])
        }
        summary.articles = digests.count
        summary.claims = claims.count
        summary.stories = report.stories.count
        summary.facts = report.groups.count
    }

    /// Every stored claim in path and ordinal order, with its row id and its stored fact.
    private func storedClaims(_ db: SQLiteDatabase) throws -> (
        ids: [Int64], facts: [SQLiteDatabase.Value], claims: [Claim]
    ) {
        var claimIDs: [Int64] = []
        var storedFacts: [SQLiteDatabase.Value] = []
        var claims: [Claim] = []
        for row in try db.rows(
            """
            SELECT c.id, a.path, c.outlet, c.published, c.category, c.value, c.upper, c.qualifier, c.unit, c.subject,
                c.speaker, c.speaker_entity, c.sentence, c.start_offset, c.end_offset, c.trigger_word, c.cue, c.vague, c.fact_id
            FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY a.path, c.ordinal
            """)
        {
            guard case .integer(let id) = row[0], let path = row[1].text,
                let category = row[4].text.flatMap(ClaimCategory.init(rawValue:))
            else { continue }
            claimIDs.append(id)
            storedFacts.append(row[18])
            claims.append(
                Claim(
                    article: path, outlet: row[2].text, published: row[3].text, category: category, value: row[5].real,
                    upper: row[6].real, qualifier: row[7].text.flatMap(Qualifier.init(rawValue:)) ?? .exact,
                    unit: row[8].text,
                    subject: row[9].text ?? "", speaker: row[10].text, speakerEntity: row[11].text,
                    sentence: row[12].text ?? "",
                    start: row[13].integer ?? 0, end: row[14].integer ?? 0, trigger: row[15].text, cue: row[16].text,
                    vague: row[17].integer.map { $0 != 0 }))
        }
        return (claimIDs, storedFacts, claims)
    }

    private func writeStories(_ db: SQLiteDatabase, _ report: Report) throws {
        let story = try db.prepare(
            """
            INSERT INTO stories (id, label, terms, first_date, last_date, article_count, fact_count, outlet_count, position)
            VALUES (?,?,?,?,?,?,?,?,?)
            """)
        let outlet = try db.prepare(
            """
            INSERT INTO story_outlets (story_id, outlet, articles, told, omitted, claims, attributed) VALUES (?,?,?,?,?,?,?)
            """)
        for (position, s) in report.stories.enumerated() {
            try story.run([
                .text(s.id.rawValue), .text(s.label), .text(s.terms.joined(separator: ", ")),
                .optional(s.firstDate?.iso),
                .optional(s.lastDate?.iso), .int(s.articles.count), .int(s.facts.count), .int(s.outlets.count),
                .int(position),
            ])
            for o in s.outlets {
                try outlet.run([
                    .text(s.id.rawValue), .text(o.outlet), .int(o.articles), .int(o.told.count), .int(o.omitted.count),
                    .int(o.claims), .int(o.attributed),
                ])
            }
        }
    }

    private func writeFacts(_ db: SQLiteDatabase, _ report: Report) throws {
        let fact = try db.prepare(
            """
            INSERT INTO facts (id, story_id, category, summary, value_text, subject_kind, unit, outlets, outlet_count,
                independent_sources, published, sum_of, part_of, timeline, timeline_with, difference_count, disagreement, position)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        let difference = try db.prepare(
            "INSERT INTO differences (fact_id, kind, detail, variant_count) VALUES (?,?,?,?)")
        let variant = try db.prepare("INSERT INTO variants (difference_id, position, text, outlets) VALUES (?,?,?,?)")
        let omission = try db.prepare(
            "INSERT INTO omissions (fact_id, story_id, outlet, category, summary) VALUES (?,?,?,?,?)")
        func list(_ ids: [FactID]) -> SQLiteDatabase.Value {
            ids.isEmpty ? .null : .text(ids.map(\.rawValue).joined(separator: " "))
        }
        for (position, g) in report.groups.enumerated() {
            // The kinds the outlets disagree on (omissions are who left it out, not a disagreement).
            let kinds = g.differences.map(\.kind).filter { $0 != .omission }.map(\.rawValue)
            try fact.run([
                .text(g.id.rawValue), .text(g.story.rawValue), .text(g.category.rawValue), .text(g.summary),
                .text(g.valueText),
                .text(g.subjectKind), .optional(g.unit), .text(g.outlets.joined(separator: "; ")),
                .int(g.outlets.count),
                .int(g.independentSources), .optional(g.published?.iso), list(g.sumOf), list(g.partOf),
                .optional(g.timeline), list(g.timelineWith), .int(g.differences.count),
                kinds.isEmpty ? .null : .text(kinds.joined(separator: ", ")), .int(position),
            ])
            for d in g.differences {
                try difference.run([
                    .text(g.id.rawValue), .text(d.kind.rawValue), .text(d.detail), .int(d.variants.count),
                ])
                let id = db.lastInsertRowID
                for (i, v) in d.variants.enumerated() {
                    try variant.run([.integer(id), .int(i), .text(v.text), .text(v.outlets.joined(separator: "; "))])
                    guard d.kind == .omission else { continue }
                    for outlet in v.outlets {
                        try omission.run([
                            .text(g.id.rawValue), .text(g.story.rawValue), .text(outlet), .text(g.category.rawValue),
                            .text(g.summary),
                        ])
                    }
                }
            }
        }
    }
}
