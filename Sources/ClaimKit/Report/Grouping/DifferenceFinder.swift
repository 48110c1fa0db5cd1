/// Lists how the outlets telling one fact differ: numbers, hedges, kind and wording of the
/// subject, speakers, attribution versus own voice, and outlets that left the fact out.
struct DifferenceFinder: Sendable {
    /// One claim of the group with the outlet that made it.
    struct Told {
        var claim: Claim
        var outlet: String
        var kind: SubjectKind
    }

    /// The differences within `told` (in input order); `storyOutlets` are the outlets that covered the story.
    /// `shortTexts` maps an outlet whose article text is short to its word count: its omission may be
    /// a page we could not read whole, and says so.
    func differences(_ told: [Told], storyOutlets: [String], shortTexts: [String: Int] = [:]) -> [FactDifference] {
        var out: [FactDifference] = []
        let numbers = variants(told) { t in
            VagueAmount.of(t.claim)?.words
                ?? NumberText.number(value: t.claim.value, upper: t.claim.upper, unit: t.claim.unit)
        }
        if numbers.count > 1 {
            // One number per currency is one sum and its conversion, not a disagreement.
            let units = Set(told.map { $0.claim.unit ?? "" })
            let lead =
                units.count > 1 && units.count == numbers.count ? "told in different currencies: " : "numbers differ: "
            out.append(FactDifference(kind: .number, detail: lead + describe(numbers), variants: numbers))
        }
        // A vague word ("dozens") is coded "about": its vagueness shows among the numbers, not as a hedge.
        let hedges = variants(told.filter { !($0.claim.qualifier == .about && VagueAmount.of($0.claim) != nil) }) {
            NumberText.hedge($0.claim.qualifier) ?? "no hedge"
        }
        if hedges.count > 1 {
            out.append(FactDifference(kind: .hedge, detail: "hedges differ: " + describe(hedges), variants: hedges))
        }
        let kinds = variants(told.filter { !$0.kind.isGeneric }) { $0.kind.label }
        if kinds.count > 1 {
            out.append(
                FactDifference(
                    kind: .subjectKind, detail: "may not be the same people: " + describe(kinds), variants: kinds))
        }
        let subjects = variants(
            told.filter { !$0.claim.subject.isEmpty },
            key: { DifferenceFinder.normalised(DifferenceFinder.withoutLeadingNames($0.claim.subject)) },
            text: { $0.claim.subject.isEmpty ? "(no subject)" : $0.claim.subject })
        if subjects.count > 1 {
            out.append(
                FactDifference(
                    kind: .subject, detail: "subject worded differently: " + describe(subjects), variants: subjects))
        }
        let attributed = told.filter { $0.claim.speaker != nil }
        if let speakers = speakerDifference(attributed) { out.append(speakers) }
        // An outlet states the fact in its own voice when none of its sentences credits anyone
        // (an unattributed headline over an attributed body is still attribution).
        let crediting = Set(attributed.map(\.outlet))
        let ownVoice = told.filter { !crediting.contains($0.outlet) }
        if !attributed.isEmpty && !ownVoice.isEmpty {
            let voice = variants(attributed + ownVoice) {
                $0.claim.speaker == nil ? "own voice (unattributed)" : "attributed"
            }
            out.append(
                FactDifference(
                    kind: .attribution,
                    detail: "attributed by some, stated as fact by others: " + describe(voice), variants: voice))
        }
        if let omission = omission(told, storyOutlets: storyOutlets, shortTexts: shortTexts) { out.append(omission) }
        return out
    }

    /// The speakers' difference, each speaker shown by the fullest name the outlets give it; nil when all agree.
    private func speakerDifference(_ attributed: [Told]) -> FactDifference? {
        let speakerNames = attributed.map { $0.claim.speakerEntity ?? $0.claim.speaker ?? "" }
        let speakerKeys = DifferenceFinder.speakerKeys(speakerNames)
        // Each speaker is shown by the fullest name the outlets give it ("regional governor Anna Berg", not "Governor").
        var fullest: [String: String] = [:]
        for name in speakerNames {
            let key = speakerKeys[name] ?? ""
            if let known = fullest[key],
                DifferenceFinder.speakerWords(known).count >= DifferenceFinder.speakerWords(name).count
            {
                continue
            }
            fullest[key] = name
        }
        let speakers = variants(
            attributed, key: { speakerKeys[$0.claim.speakerEntity ?? $0.claim.speaker ?? ""] ?? "" },
            text: {
                fullest[speakerKeys[$0.claim.speakerEntity ?? $0.claim.speaker ?? ""] ?? ""]
                    ?? ($0.claim.speakerEntity ?? $0.claim.speaker ?? "")
            })
        guard speakers.count > 1 else { return nil }
        return FactDifference(
            kind: .speaker, detail: "credited to different speakers: " + describe(speakers), variants: speakers)
    }

    /// The outlets of the story that did not tell the fact; a short article text says so.
    private func omission(_ told: [Told], storyOutlets: [String], shortTexts: [String: Int]) -> FactDifference? {
        let telling = Set(told.map(\.outlet))
        let missing = storyOutlets.filter { !telling.contains($0) }
        guard !missing.isEmpty else { return nil }
        let variants = missing.map { outlet in
            FactDifference.Variant(
                text: shortTexts[outlet].map { "omitted (article text only \($0) words)" } ?? "omitted",
                outlets: [outlet])
        }
        let names = variants.map { v in v.outlets[0] + (v.text == "omitted" ? "" : v.text.dropFirst("omitted".count)) }
        return FactDifference(
            kind: .omission, detail: "covered the story but not this fact: " + names.joined(separator: ", "),
            variants: variants)
    }

    /// Distinct values of `text` in order of first appearance, each with its outlets.
    private func variants(_ told: [Told], key: ((Told) -> String)? = nil, text: (Told) -> String) -> [FactDifference
        .Variant]
    {
        var keys: [String] = []
        var out: [FactDifference.Variant] = []
        for t in told {
            let k = key?(t) ?? text(t)
            if let i = keys.firstIndex(of: k) {
                if !out[i].outlets.contains(t.outlet) { out[i].outlets.append(t.outlet) }
            } else {
                keys.append(k)
                out.append(FactDifference.Variant(text: text(t), outlets: [t.outlet]))
            }
        }
        return out
    }

    private func describe(_ variants: [FactDifference.Variant]) -> String {
        variants.map { "\($0.text) (\($0.outlets.joined(separator: ", ")))" }.joined(separator: " vs ")
    }

    private static let knownWords: Set<String> = Set(
        SubjectKindTable.standard.entries.flatMap { entry in
            entry.phrases.flatMap { SubjectKindTable.words($0) }
        })

    /// The subject without capitalised modifiers in front of a lower-case word ("Azerbaijani police
    /// officers" → "police officers"): a nationality or place adds no difference in who was counted.
    static func withoutLeadingNames(_ subject: String) -> String {
        var words = subject.split(separator: " ").map(String.init)
        if let first = words.first, ["the", "a", "an"].contains(first.lowercased()) { words.removeFirst() }
        // A capitalised word the kinds table knows ("Police officers" at a sentence start) is no name.
        while words.count > 1, let first = words.first?.first, first.isUppercase,
            let next = words[1].first, next.isLowercase,
            !knownWords.contains(SubjectKindTable.singular(words[0].lowercased()))
        {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    private static let honorifics: Set<String> = ["the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "prof", "sir"]

    /// The words that name a speaker: lower case, without articles, honorifics and punctuation.
    static func speakerWords(_ speaker: String) -> Set<String> {
        Set(SubjectKindTable.words(speaker).filter { !honorifics.contains($0) })
    }

    /// A comparison key per speaker name: names that are a shorter form of one fuller name ("Governor",
    /// "Ms. Tsiklauri", "regional governor Nino Tsiklauri") share the fuller name's key; a short name
    /// that fits two fuller names that are not one another ("officials" in "Russian officials" and
    /// "Ukrainian officials") keeps its own.
    static func speakerKeys(_ speakers: [String]) -> [String: String] {
        var names: [String] = []
        for s in speakers where !names.contains(s) { names.append(s) }
        let words = Dictionary(uniqueKeysWithValues: names.map { ($0, speakerWords($0)) })
        var keys: [String: String] = [:]
        for name in names {
            let own = words[name]!
            guard !own.isEmpty else { keys[name] = normalised(name); continue }
            // The fullest names that contain this one, and are not contained in a fuller one themselves.
            let fuller = names.filter { own.isSubset(of: words[$0]!) }
            let maximal = fuller.filter { f in !fuller.contains { g in words[f]!.isStrictSubset(of: words[g]!) } }
            let distinct = Set(maximal.map { words[$0]! })
            let key = distinct.count == 1 ? distinct.first! : own
            keys[name] = key.sorted().joined(separator: " ")
        }
        return keys
    }

    /// Lower case, single spaces, no leading article: "The  Police" → "police".
    static func normalised(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        if let first = words.first, ["the", "a", "an"].contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
