/// One self-contained HTML page (inline CSS and JS, no network): per fact the outlets side by side
/// with the sentence and its number highlighted, the speaker and the differences; a coverage
/// matrix of facts × outlets; filters by category and outlet. No clock: same bytes every run.
package struct HTMLRenderer: Sendable {
    /// Creates the renderer.
    package init() {}

    /// The report as one HTML page.
    package func render(_ report: Report) -> String {
        let outlets = report.outlets
        // Each outlet's column class (`o0` ...), looked up per card and row rather than searched.
        let column = Dictionary(outlets.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>Claims report</title>\n<style>\n\(HTMLRenderer.css)</style>\n</head>\n<body>\n"
        out +=
            "<header>\n<h1>Claims report</h1>\n<p class=\"lede\">\(report.sources.count) articles · \(outlets.count) outlets · "
        out += "\(report.claims.count) claims · <strong>\(report.groups.count) facts</strong></p>\n"
        let counts = report.differenceCounts.filter { $0.count > 0 }
        if !counts.isEmpty {
            out +=
                "<p class=\"chips\">"
                + counts.map {
                    "<span class=\"chip d-\($0.kind.rawValue)\">\($0.count) \(esc(ReportText.kindName($0.kind)))</span>"
                }.joined(separator: " ") + "</p>\n"
        }
        out += filters(report, outlets: outlets)
        out += "</header>\n<main>\n"
        let stories = ReportText.stories(report)
        if stories.count > 1 {
            out +=
                "<h2>Stories</h2>\n<p class=\"muted\">Articles about the same event; facts are compared only inside a story.</p>\n<ol class=\"index\">\n"
            for (story, groups) in stories {
                out +=
                    "<li><a href=\"#\(story.id)\">\(esc(ReportText.storyTitle(story)))</a> <span class=\"muted\">· \(ReportText.count(groups.count, "fact"))</span></li>\n"
            }
            out += "</ol>\n"
        }
        for (story, groups) in stories {
            // Only this story's outlets are columns of its grid.
            let storyOutlets = outlets.filter { o in
                story.outlets.contains { $0.outlet == o } || groups.contains { $0.outlets.contains(o) }
            }
            out +=
                "<section class=\"story-block\" id=\"\(story.id)\" data-label=\"\(esc((story.label + " " + story.terms.joined(separator: " ")).lowercased()))\">\n"
            out += "<h2 class=\"story\">\(esc(ReportText.storyTitle(story)))</h2>\n"
            if !story.terms.isEmpty {
                out += "<p class=\"muted\">About: \(esc(story.terms.joined(separator: ", ")))</p>\n"
            }
            out += outletSummary(story)
            out += coverage(report, groups: groups, outlets: storyOutlets, column: column)
            for group in groups { out += fact(group, report: report, column: column) }
            out += "</section>\n"
        }
        out += "<p id=\"none\" class=\"muted\" hidden>No fact matches the filters.</p>\n"
        out += timelines(report)
        out += articles(report)
        out += "</main>\n<script>\n\(HTMLRenderer.script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: parts

    private func filters(_ report: Report, outlets: [String]) -> String {
        var categories: [ClaimCategory] = []
        for g in report.groups where !categories.contains(g.category) { categories.append(g.category) }
        categories.sort()
        var out = "<form class=\"filters\" onsubmit=\"return false\">\n"
        out += "<label>Category <select id=\"f-category\"><option value=\"\">all</option>"
        out +=
            categories.map { "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>" }.joined()
            + "</select></label>\n"
        out += "<label>Outlet <select id=\"f-outlet\"><option value=\"\">all</option>"
        out +=
            outlets.enumerated().map { "<option value=\"o\($0.offset)\">\(esc($0.element))</option>" }.joined()
            + "</select></label>\n"
        out += "<label>Story <input type=\"search\" id=\"f-story\" placeholder=\"words of the story\"></label>\n"
        out += "<label class=\"check\"><input type=\"checkbox\" id=\"f-diff\"> only facts with differences</label>\n"
        out += "<label class=\"check\"><input type=\"checkbox\" id=\"f-multi\"> only facts told by 2+ outlets</label>\n"
        return out + "</form>\n"
    }

    /// The differences of a fact as a list (omissions name the outlets that left it out).
    private func differenceList(_ differences: [FactDifference]) -> String {
        var out = "<ul class=\"diffs\">\n"
        for d in differences {
            out += "<li class=\"d-\(d.kind.rawValue)\"><b>\(esc(ReportText.name(of: d)))</b> "
            if d.kind == .omission {
                out +=
                    "covered the story but not this fact: "
                    + ReportText.omitted(d).map { "<span class=\"o\">\(esc($0))</span>" }.joined(separator: ", ")
            } else {
                out += d.variants.map {
                    "<span class=\"v\">\(esc($0.text))</span> <span class=\"o\">\(esc($0.outlets.joined(separator: ", ")))</span>"
                }
                .joined(separator: " <i>vs</i> ")
            }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    /// The card of one outlet for a fact: its numbers, then each sentence with speaker and subject.
    private func card(
        _ outlet: String, told: [Claim], group: FactGroup, report: Report, column: [String: Int],
        numbersDiffer: Bool
    ) -> String {
        var out = ""
        // The same sentence twice (a repeated headline, two renditions of one article) is shown once.
        var seen = Set<String>()
        let mine = told.filter { (report.source(ofArticle: $0.article)?.outlet ?? $0.outlet ?? "") == outlet }
            .filter {
                seen.insert(NumberText.claimValue($0) + "\u{1F}" + DifferenceFinder.normalised($0.sentence)).inserted
            }
        let index = column[outlet].map { "o\($0)" } ?? ""
        out += "<article class=\"card \(index)\">\n<div class=\"who\"><span class=\"outlet\">\(esc(outlet))</span>"
        if let claim = mine.first,
            let date = claim.published.map({ String($0.prefix(10)) })
                ?? report.source(ofArticle: claim.article)?.published?.iso
        {
            out += "<span class=\"date\">\(esc(date))</span>"
        }
        out += "</div>\n"
        var values: [String] = []
        for claim in mine where !values.contains(NumberText.claimValue(claim)) {
            values.append(NumberText.claimValue(claim))
        }
        out +=
            "<div class=\"num\">"
            + values.map { v in
                numbersDiffer && v != group.valueText ? "<span class=\"odd\">\(esc(v))</span>" : esc(v)
            }.joined(separator: " / ") + "</div>\n"
        for claim in mine {
            out += "<div class=\"said\">"
            if claim.speaker == nil {
                out += "<span class=\"speaker own\">own voice</span>"
            } else {
                out += "<span class=\"speaker\">according to <b>\(esc(ReportText.speaker(claim)))</b></span>"
            }
            out += " <span class=\"subject\">· \(esc(claim.subject))</span></div>\n"
            out += "<blockquote>\(SentenceHighlighter.html(claim))</blockquote>\n"
            if let source = report.source(ofArticle: claim.article), source.url != nil || source.title != nil {
                out += "<p class=\"src\">\(link(source.title ?? "source", to: source.url))</p>\n"
            }
        }
        out += "</article>\n"
        return out
    }

    private func outletClasses(_ names: [String], _ column: [String: Int]) -> String {
        names.compactMap { column[$0] }.map { "o\($0)" }.joined(separator: " ")
    }

    private func fact(_ group: FactGroup, report: Report, column: [String: Int]) -> String {
        let differences = group.differences.filter { $0.kind != .omission }
        var out = "<section class=\"fact\" id=\"\(group.id)\" data-category=\"\(group.category.rawValue)\" "
        out +=
            "data-outlets=\" \(outletClasses(group.outlets, column)) \" data-diff=\"\(differences.isEmpty ? 0 : 1)\" "
        out += "data-multi=\"\(group.outlets.count > 1 ? 1 : 0)\">\n"
        out +=
            "<h3><a class=\"gid\" href=\"#\(group.id)\">\(group.id)</a> <span class=\"cat c-\(group.category.rawValue)\">\(group.category.rawValue)</span> "
        out += "\(esc(group.valueText)) <span class=\"subj\">\(esc(group.subjectKind))</span></h3>\n"
        var meta = "\(group.outlets.count) outlet\(group.outlets.count == 1 ? "" : "s")"
        meta += " · \(group.independentSources) independent source\(group.independentSources == 1 ? "" : "s")"
        if let published = group.published { meta += " · \(published)" }
        out += "<p class=\"meta\">\(esc(meta))</p>\n"
        if let relations = ReportText.relations(group) {
            out += "<p class=\"rel\">\(linkIDs(esc(relations), report))</p>\n"
        }
        if !group.differences.isEmpty { out += differenceList(group.differences) }
        out += "<div class=\"cards\">\n"
        let variantKinds = Set(differences.map(\.kind))
        let numbersDiffer = variantKinds.contains(.number) || variantKinds.contains(.hedge)
        let told = report.claims(of: group)
        // One card per outlet, side by side; an outlet's repeats of the fact are stacked in its card.
        for outlet in group.outlets {
            out += card(
                outlet, told: told, group: group, report: report, column: column, numbersDiffer: numbersDiffer)
        }
        if let omission = group.differences.first(where: { $0.kind == .omission }) {
            for outlet in omission.variants.flatMap(\.outlets) {
                let index = column[outlet].map { "o\($0)" } ?? ""
                out +=
                    "<article class=\"card missing \(index)\"><div class=\"who\"><span class=\"outlet\">\(esc(outlet))</span></div>"
                out += "<div class=\"none\">did not report this fact</div></article>\n"
            }
        }
        return out + "</div>\n</section>\n"
    }

    /// Per outlet of a story: facts told, facts left out, share credited to a speaker.
    private func outletSummary(_ story: Story) -> String {
        guard !story.outlets.isEmpty else { return "" }
        var out =
            "<table class=\"outlets\">\n<thead><tr><th>outlet</th><th>articles</th><th>facts told</th><th>left out</th><th>numbers credited to a speaker</th></tr></thead>\n<tbody>\n"
        for o in story.outlets {
            let omitted = o.omitted.map { "<a href=\"#\($0)\">\($0)</a>" }.joined(separator: ", ")
            let credited = o.claims == 0 ? "—" : "\(o.attributed) of \(o.claims) (\(o.attributedPercent)%)"
            out +=
                "<tr><td>\(esc(o.outlet))</td><td>\(o.articles)</td><td>\(o.told.count)</td><td>\(o.omitted.count)\(omitted.isEmpty ? "" : " (\(omitted))")</td><td>\(credited)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func coverage(
        _ report: Report, groups: [FactGroup], outlets: [String], column: [String: Int]
    ) -> String {
        var out = "<p class=\"muted\">Each row is a fact, each column an outlet of the story: the number it gave, "
        out += "<span class=\"miss\">—</span> when it covered the story but not this fact.</p>\n"
        out += "<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th>fact</th>"
        out += outlets.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for group in groups {
            out +=
                "<tr class=\"row\" data-category=\"\(group.category.rawValue)\" data-outlets=\" \(outletClasses(group.outlets, column)) \" "
            out +=
                "data-diff=\"\(group.differences.contains { $0.kind != .omission } ? 1 : 0)\" data-multi=\"\(group.outlets.count > 1 ? 1 : 0)\">"
            out += "<th><a href=\"#\(group.id)\">\(group.id)</a> \(esc(group.summary))</th>"
            for outlet in outlets {
                let cell = ReportText.coverage(group, outlet: outlet, report: report)
                let cls = cell == "—" ? "miss" : cell.isEmpty ? "none" : cell == group.valueText ? "hit" : "hit odd"
                out += "<td class=\"\(cls)\">\(esc(cell))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// The same measure at several dates, oldest first: a timeline, not a disagreement.
    private func timelines(_ report: Report) -> String {
        let lines = ReportText.timelines(report)
        guard !lines.isEmpty else { return "" }
        var out =
            "<h2>Timelines</h2>\n<p class=\"muted\">The same measure reported at different dates: a running count, not a disagreement.</p>\n<ul class=\"timelines\">\n"
        for (id, steps) in lines {
            out +=
                "<li><b>\(id)</b> "
                + steps.map { step in
                    "<a href=\"#\(step.group.id)\">\(esc(step.group.valueText))</a> <span class=\"muted\">(\(esc(step.group.published?.iso ?? "undated")), \(esc(step.group.outlets.joined(separator: ", "))))</span>"
                }.joined(separator: " <span class=\"arrow\">&rarr;</span> ")
                + " <span class=\"subj\">\(esc(steps[0].group.category.rawValue)): \(esc(steps[0].group.subjectKind))</span></li>\n"
        }
        return out + "</ul>\n"
    }

    private func articles(_ report: Report) -> String {
        var out =
            "<h2>Articles</h2>\n<table class=\"articles\">\n<thead><tr><th>outlet</th><th>date</th><th>headline</th><th>source</th><th>story</th><th>file</th></tr></thead>\n<tbody>\n"
        for s in report.sources {
            let copies =
                s.copies.isEmpty
                ? ""
                : " <span class=\"wire\">wire copy of \(esc(s.copies.map(ReportBuilder.fileName).joined(separator: ", ")))</span>"
            out +=
                "<tr><td>\(esc(s.outlet))</td><td>\(esc(s.published?.iso ?? ""))</td><td>\(link(s.title ?? (s.url == nil ? "" : "(link)"), to: s.url))</td>"
            out +=
                "<td>\(s.source)\(copies)</td><td><a href=\"#\(s.story)\">\(s.story)</a></td><td class=\"path\">\(esc(s.path))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// `text` escaped, as a link to `url` when it is a web address (nothing else is ever linked).
    private func link(_ text: String, to url: String?) -> String {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return esc(text) }
        return "<a href=\"\(esc(url))\" rel=\"noopener noreferrer\">\(esc(text))</a>"
    }

    /// Turns the group ids in an escaped text into links to their facts.
    private func linkIDs(_ text: String, _ report: Report) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "g", i == text.startIndex || !text[text.index(before: i)].isLetter {
                var j = text.index(after: i)
                while j < text.endIndex, text[j].isNumber { j = text.index(after: j) }
                let id = FactID(String(text[i..<j]))
                if j > text.index(after: i), report.group(id: id) != nil {
                    out += "<a href=\"#\(id)\">\(id)</a>"
                    i = j
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    /// Escapes text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in TextSanitizer.block(text, keepingReturns: true).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func esc(_ text: String) -> String { HTMLRenderer.escape(text) }
}
