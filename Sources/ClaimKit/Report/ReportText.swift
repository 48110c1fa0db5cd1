/// Words shared by the human-readable renderers.
enum ReportText {
    /// A plural noun for a difference kind ("different numbers").
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

    /// "1 outlet", "3 outlets".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The speaker as shown: the entity with the wording, or "own voice".
    static func speaker(_ claim: Claim) -> String {
        guard let speaker = claim.speaker else { return "own voice" }
        if let entity = claim.speakerEntity, entity.lowercased() != speaker.lowercased() { return "\(speaker) (\(entity))" }
        return speaker
    }

    /// Totals, parts and timelines of a fact in one sentence, nil when it has none.
    static func relations(_ group: FactGroup) -> String? {
        var parts: [String] = []
        if !group.sumOf.isEmpty { parts.append("Total: the sum of " + group.sumOf.joined(separator: " + ")) }
        if !group.partOf.isEmpty { parts.append("Part of the total " + group.partOf.joined(separator: ", ")) }
        if let timeline = group.timeline, !group.timelineWith.isEmpty {
            parts.append("Timeline \(timeline): the same measure at other dates in " + group.timelineWith.joined(separator: ", "))
        }
        if group.independentSources < group.outlets.count {
            parts.append("\(group.outlets.count) outlets but \(group.independentSources) independent sources (wire copies)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ". ") + "."
    }

    /// A coverage cell: the outlet's number for the fact, "—" when it covered the story without it, "" otherwise.
    static func coverage(_ group: FactGroup, outlet: String, report: Report) -> String {
        let told = report.claims(of: group).filter { (report.source(ofArticle: $0.article)?.outlet ?? $0.outlet) == outlet }
        if let claim = told.first { return NumberText.claimValue(claim) }
        let omitted = group.differences.contains { $0.kind == .omission && $0.variants.contains { $0.outlets.contains(outlet) } }
        return omitted ? "—" : ""
    }
}
