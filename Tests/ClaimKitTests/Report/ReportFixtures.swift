import Foundation

@testable import ClaimKit

/// Claims and articles for report tests: inline claims, and claims derived from the seed gold file.
enum ReportFixtures {
    /// The package root (three folders above this file's folder).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// One claim with defaults for what a test does not care about.
    static func claim(
        _ article: String, outlet: String? = nil, published: String? = "2023-09-19", category: ClaimCategory = .killed,
        _ value: Double?, upper: Double? = nil, _ qualifier: Qualifier = .exact, unit: String? = nil,
        subject: String, speaker: String? = nil, sentence: String? = nil, start: Int = 0
    ) -> Claim {
        let text =
            sentence
            ?? "\(NumberText.number(value: value, upper: upper, unit: unit)) \(subject) were \(category.rawValue)."
        return Claim(
            article: article, outlet: outlet ?? article.replacingOccurrences(of: ".txt", with: ""),
            published: published,
            category: category, value: value, upper: upper, qualifier: qualifier, unit: unit, subject: subject,
            speaker: speaker, speakerEntity: nil, sentence: text, start: start, end: start + text.unicodeScalars.count)
    }

    /// The group ids the report gave to `claims` (same order).
    static func groups(_ claims: [Claim], articles: [Article] = []) -> [String?] {
        ReportBuilder().build(articles: articles, claims: claims).claims.map(\.group)
    }

    // MARK: gold-derived claims

    /// A gold claim turned into a `Claim`, with the gold group it belongs to.
    struct GoldClaim {
        var claim: Claim
        var group: String
        var optional: Bool
    }

    /// The seed gold file's claims as claim records: the sentence holding the anchor in the seed text,
    /// subject and speaker from the first gold keyword, outlet and date from the gold article.
    static func goldClaims() throws -> (claims: [GoldClaim], optionalGroups: Set<String>, articles: [Article]) {
        let goldURL = root.appendingPathComponent("corpus/seeds.gold.json")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as! [String: Any]
        let entries = gold["articles"] as! [String: Any]
        var out: [GoldClaim] = []
        var articles: [Article] = []
        for name in entries.keys.sorted() {
            let entry = entries[name] as! [String: Any]
            let path = "corpus/txt/" + name
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let article = Article(
                path: path, outlet: entry["outlet"] as? String, published: entry["published"] as? String,
                paragraphs: paragraphs)
            articles.append(article)
            let sentences = paragraphs.flatMap(splitSentences)
            for case let c as [String: Any] in entry["claims"] as! [Any] {
                let anchor = normalise(c["anchor"] as! String)
                let sentence = sentences.first { normalise($0).contains(anchor) } ?? (c["anchor"] as! String)
                let speaker = (c["speaker"] as! [String]).first.flatMap { $0.isEmpty ? nil : $0 }
                let start =
                    article.text.range(of: sentence).map {
                        article.text.unicodeScalars.distance(
                            from: article.text.unicodeScalars.startIndex, to: $0.lowerBound)
                    } ?? 0
                let claim = Claim(
                    article: path, outlet: article.outlet, published: article.published,
                    category: ClaimCategory(rawValue: c["category"] as! String)!, value: c["value"] as? Double,
                    upper: c["upper"] as? Double, qualifier: Qualifier(rawValue: c["qualifier"] as! String)!,
                    unit: c["unit"] as? String, subject: (c["subject"] as! [String])[0], speaker: speaker,
                    sentence: sentence, start: start, end: start + sentence.unicodeScalars.count)
                out.append(
                    GoldClaim(claim: claim, group: c["group"] as! String, optional: c["optional"] as? Bool ?? false))
            }
        }
        let optional = Set((gold["optional_pairs"] as? [[String]] ?? []).map { $0[0] })
        return (out, optional, articles)
    }

    /// Sentences of one paragraph: split after . ! ? (and a closing quote) before a capital or quote.
    static func splitSentences(_ paragraph: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(paragraph)
        var i = 0
        while i < chars.count {
            current.append(chars[i])
            let end =
                ".!?".contains(chars[i]) || ("\u{201D}\"".contains(chars[i]) && i > 0 && ".!?".contains(chars[i - 1]))
            if end, i + 2 < chars.count, chars[i + 1] == " ",
                chars[i + 2].isUppercase || "\u{201C}\"".contains(chars[i + 2])
            {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
            i += 1
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(current.trimmingCharacters(in: .whitespaces))
        }
        return out
    }

    /// Lower case, straight quotes and hyphens, single spaces: as score.py compares anchors.
    static func normalise(_ text: String) -> String {
        let map: [Character: String] = [
            "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{2013}": "-",
            "\u{2014}": "-", "\u{00A0}": " ",
        ]
        let mapped = text.map { map[$0] ?? String($0) }.joined().lowercased()
        return mapped.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Pairwise grouping precision, recall and F1 as score.py computes them, pairs inside optional groups skipped.
    static func pairwise(gold: [String], optional: Set<String>, predicted: [String?]) -> (
        p: Double, r: Double, f1: Double
    ) {
        var tp = 0, fp = 0, fn = 0
        for i in gold.indices {
            for j in gold.indices where j > i {
                let goldSame = gold[i] == gold[j]
                if goldSame && optional.contains(gold[i]) { continue }
                let predSame = predicted[i] != nil && predicted[i] == predicted[j]
                if goldSame && predSame { tp += 1 } else if predSame { fp += 1 } else if goldSame { fn += 1 }
            }
        }
        let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }
}
