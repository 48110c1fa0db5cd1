/// JSON Lines: every claim record of GUIDE.md with its `group` (and its article's `story`, `url` and
/// `title` where known), then one `"record":"group"` line per fact, then one `"record":"story"` line
/// per story with its per-outlet summary. Group and story lines carry no `category` key, so claim
/// scorers skip them.
package struct JSONLRenderer: Sendable {
    /// Creates the renderer.
    package init() {}

    /// The report as JSON Lines: claims, then group records.
    package func render(_ report: Report) -> String {
        var out = ""
        write(report) { out += $0 }
        return out
    }

    /// The report as JSON Lines handed to `sink` line by line, so a large report is never one string.
    package func write(_ report: Report, to sink: (String) -> Void) {
        for claim in report.claims {
            sink(JSONLRenderer.claimJSON(claim, source: report.source(ofArticle: claim.article)) + "\n")
        }
        for group in report.groups { sink(JSONLRenderer.groupJSON(group, report: report) + "\n") }
        for story in report.stories { sink(JSONLRenderer.storyJSON(story) + "\n") }
    }

    /// A claim record with its article's story, URL and headline added after the GUIDE.md fields.
    static func claimJSON(_ claim: Claim, source: ReportSource?) -> String {
        let line = claim.jsonLine
        guard let source else { return line }
        var w = JSONObjectWriter()
        w.add("story", source.story)
        w.add("url", source.url)
        w.add("title", source.title)
        // Both are one JSON object: join their members.
        return String(line.dropLast()) + "," + String(w.json.dropFirst())
    }

    /// One story: its label, words, dates, articles, facts and per-outlet summary.
    static func storyJSON(_ story: Story) -> String {
        var w = JSONObjectWriter()
        w.add("record", "story")
        w.add("story", story.id)
        w.add("label", story.label)
        w.add("terms", story.terms)
        w.add("first_date", story.firstDate)
        w.add("last_date", story.lastDate)
        w.add("articles", story.articles)
        w.add("facts", story.facts)
        let outlets = story.outlets.map { o -> String in
            var ow = JSONObjectWriter()
            ow.add("outlet", o.outlet)
            ow.add("articles", o.articles)
            ow.add("told", o.told)
            ow.add("omitted", o.omitted)
            ow.add("claims", o.claims)
            ow.add("attributed", o.attributed)
            ow.add("attributed_share", (o.attributedShare * 1000).rounded() / 1000)
            return ow.json
        }
        w.addRaw("outlets", "[" + outlets.joined(separator: ",") + "]")
        return w.json
    }

    /// One fact as a JSON object: summary, relations and differences.
    static func groupJSON(_ group: FactGroup, report: Report) -> String {
        var w = JSONObjectWriter()
        w.add("record", "group")
        w.add("group", group.id)
        w.add("measure", group.category.rawValue)
        w.add("summary", group.summary)
        w.add("value", group.valueText)
        w.add("subject_kind", group.subjectKind)
        w.add("unit", group.unit)
        w.add("claims", group.claimIndices.count)
        w.add("outlets", group.outlets)
        w.add("independent_sources", group.independentSources)
        w.add("story", group.story)
        w.add("published", group.published)
        w.add("sum_of", group.sumOf)
        w.add("part_of", group.partOf)
        w.add("timeline", group.timeline)
        w.add("timeline_with", group.timelineWith)
        w.addRaw("differences", "[" + group.differences.map(differenceJSON).joined(separator: ",") + "]")
        return w.json
    }

    static func differenceJSON(_ difference: FactDifference) -> String {
        var w = JSONObjectWriter()
        w.add("kind", difference.kind.rawValue)
        w.add("detail", difference.detail)
        let variants = difference.variants.map { v -> String in
            var vw = JSONObjectWriter()
            vw.add("text", v.text)
            vw.add("outlets", v.outlets)
            return vw.json
        }
        w.addRaw("variants", "[" + variants.joined(separator: ",") + "]")
        return w.json
    }

    static func sourceJSON(_ source: ReportSource) -> String {
        var w = JSONObjectWriter()
        w.add("article", source.path)
        w.add("outlet", source.outlet)
        w.add("published", source.published)
        w.add("source", source.source)
        w.add("copies", source.copies)
        w.add("story", source.story)
        w.add("title", source.title)
        w.add("url", source.url)
        return w.json
    }
}
