/// Words shared by the human-readable renderers.
enum ReportText {
    /// A plural noun for a difference kind ("different numbers").
    /// The name of one difference: its kind's, except a sum told in two currencies (not a disagreement).
    static func name(of difference: FactDifference) -> String {
        let currencies = "told in different currencies"
        return difference.kind == .number && difference.detail.hasPrefix(currencies)
            ? currencies : kindName(difference.kind)
    }

    static func kindName(_ kind: FactDifference.Kind) -> String {
        switch kind {
        case .number: return "different numbers"
        case .hedge: return "different hedges"
        case .subjectKind: return "different kinds of subject"
        case .subject: return "different subject wording"
        case .speaker: return "different speakers"
        case .attribution: return "attributed vs own voice"
        case .omission: return "omissions"
        }
    }

    /// The variants of a difference with their outlets: "4 (A, B) vs 5 (C)"; for an omission, the outlets.
    static func variants(_ difference: FactDifference) -> String {
        if difference.kind == .omission { return omitted(difference).joined(separator: ", ") }
        return difference.variants.map { "\($0.text) (\($0.outlets.joined(separator: ", ")))" }.joined(
            separator: " vs ")
    }

    /// The stories that have facts, in story order, each with its facts in id order. A report made
    /// without stories (built by hand) gets one per story id its facts name.
    static func stories(_ report: Report) -> [(story: Story, groups: [FactGroup])] {
        var order: [StoryID] = []
        var groups: [StoryID: [FactGroup]] = [:]
        for group in report.groups {
            if groups[group.story] == nil { order.append(group.story) }
            groups[group.story, default: []].append(group)
        }
        let known = Dictionary(report.stories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = report.stories.isEmpty ? order : report.stories.map(\.id).filter { groups[$0] != nil }
        return ids.map { id in
            (
                known[id] ?? Story(id: id, label: "", articles: report.sources.filter { $0.story == id }.map(\.path)),
                groups[id]!
            )
        }
    }

    /// "Story e1: label · 2023-09-19 to 2023-09-20 · 3 articles, 2 outlets".
    static func storyTitle(_ story: Story) -> String {
        var title = "Story \(story.id)"
        if !story.label.isEmpty { title += ": " + story.label }
        if let first = story.firstDate {
            title +=
                " · "
                + (story.lastDate != nil && story.lastDate != first ? "\(first) to \(story.lastDate!)" : first.iso)
        }
        title += " · " + count(story.articles.count, "article")
        if !story.outlets.isEmpty { title += ", " + count(story.outlets.count, "outlet") }
        return title
    }

    /// One outlet's part in a story: "3 facts told, 1 left out (g4), 2 of 4 numbers credited to a speaker (50%)".
    static func outletLine(_ o: OutletSummary) -> String {
        var line = count(o.told.count, "fact") + " told"
        line +=
            o.omitted.isEmpty
            ? ", none left out" : ", \(o.omitted.count) left out (\(o.omitted.map(\.rawValue).joined(separator: ", ")))"
        line += ", \(o.attributed) of \(count(o.claims, "number")) credited to a speaker"
        if o.claims > 0 { line += " (\(o.attributedPercent)%)" }
        return line
    }

    /// One step of a timeline.
    struct TimelineStep { var group: FactGroup }

    /// Each timeline id with its facts, oldest first (undated last, then by id).
    static func timelines(_ report: Report) -> [(String, [TimelineStep])] {
        var order: [String] = []
        var steps: [String: [TimelineStep]] = [:]
        for group in report.groups {
            guard let t = group.timeline else { continue }
            if steps[t] == nil { order.append(t) }
            steps[t, default: []].append(TimelineStep(group: group))
        }
        return order.map { t in
            (
                t,
                steps[t]!.sorted {
                    ($0.group.published?.day ?? .max, $0.group.id) < ($1.group.published?.day ?? .max, $1.group.id)
                }
            )
        }
    }

    /// The omitting outlets, each with the short-text note when there is one.
    static func omitted(_ difference: FactDifference) -> [String] {
        difference.variants.map { v in
            v.outlets.joined(separator: ", ") + (v.text == "omitted" ? "" : String(v.text.dropFirst("omitted".count)))
        }
    }

    /// "1 outlet", "3 outlets".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The speaker as shown: the entity with the wording, or "own voice".
    static func speaker(_ claim: Claim) -> String {
        guard let speaker = claim.speaker else { return "own voice" }
        if let entity = claim.speakerEntity, entity.lowercased() != speaker.lowercased() {
            return "\(speaker) (\(entity))"
        }
        return speaker
    }

    /// Totals, parts and timelines of a fact in one sentence, nil when it has none.
    static func relations(_ group: FactGroup) -> String? {
        var parts: [String] = []
        if !group.sumOf.isEmpty {
            parts.append("Total: the sum of " + group.sumOf.map(\.rawValue).joined(separator: " + "))
        }
        if !group.partOf.isEmpty {
            parts.append("Part of the total " + group.partOf.map(\.rawValue).joined(separator: ", "))
        }
        if let timeline = group.timeline, !group.timelineWith.isEmpty {
            parts.append(
                "Timeline \(timeline): the same measure at other dates in "
                    + group.timelineWith.map(\.rawValue).joined(separator: ", ")
            )
        }
        if group.independentSources < group.outlets.count {
            parts.append(
                "\(group.outlets.count) outlets but \(group.independentSources) independent sources (wire copies)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ". ") + "."
    }

    /// A coverage cell: the outlet's number for the fact, "—" when it covered the story without it, "" otherwise.
    static func coverage(_ group: FactGroup, outlet: String, report: Report) -> String {
        let told = report.claims(of: group).filter {
            (report.source(ofArticle: $0.article)?.outlet ?? $0.outlet) == outlet
        }
        if let claim = told.first { return NumberText.claimValue(claim) }
        let omitted = group.differences.contains {
            $0.kind == .omission && $0.variants.contains { $0.outlets.contains(outlet) }
        }
        return omitted ? "—" : ""
    }
}
