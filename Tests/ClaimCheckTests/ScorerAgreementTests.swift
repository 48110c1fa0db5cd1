import Foundation
import Testing

@testable import ClaimCheck
@testable import ClaimKit

/// A named prediction file for a parameterised test.
struct PredictionSet: Sendable, CustomTestStringConvertible {
    var name: String
    var jsonl: String
    var testDescription: String { name }
}

/// The Swift scorer must give score.py's numbers and lines, to the last digit, on every set.
@Suite struct ScorerAgreementTests {
    static let gold = try! GoldFile(contentsOf: PythonScorer.goldPath)
    static let sets = PredictionSets(gold: gold).all().map { PredictionSet(name: $0.name, jsonl: $0.jsonl) }
    static let pythonMissing = Comment(rawValue: PythonScorer.unavailableReason)

    /// Compares both scorers on one gold file and one predictions text.
    static func expectAgreement(
        goldPath: String, gold: GoldFile, jsonl: String, name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let python = try #require(PythonScorer.shared)
        let swift = try Scorer(gold: gold).score(jsonLines: jsonl)

        let json = try python.run(gold: goldPath, jsonl: jsonl, arguments: ["--json", "--verbose"])
        #expect(json.status == 0, "score.py failed on \(name): \(json.stderr)", sourceLocation: sourceLocation)
        let expected = try JSONDecoder().decode(ScoreResult.self, from: Data(json.stdout.utf8))
        #expect(swift.result == expected, "numbers differ on \(name)", sourceLocation: sourceLocation)
        let printedJSON = swift.printed(json: true, verbose: true)
        #expect(printedJSON.stdout == json.stdout, "JSON text differs on \(name)", sourceLocation: sourceLocation)
        #expect(printedJSON.stderr == json.stderr, "verbose lines differ on \(name)", sourceLocation: sourceLocation)

        let text = try python.run(gold: goldPath, jsonl: jsonl, arguments: [])
        #expect(
            swift.printed(json: false, verbose: false).stdout == text.stdout, "summary differs on \(name)",
            sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: PythonScorer.shared != nil, pythonMissing), arguments: sets)
    func agreesWithScorePy(_ set: PredictionSet) throws {
        try Self.expectAgreement(goldPath: PythonScorer.goldPath, gold: Self.gold, jsonl: set.jsonl, name: set.name)
    }

    @Test func setsCoverEveryOutcome() throws {
        // The sets are only useful if between them they produce each kind of count.
        let outcomes = try Self.sets.map { try Scorer(gold: Self.gold).score(jsonLines: $0.jsonl) }
        #expect(outcomes.contains { $0.result.claims.tp > 0 && $0.result.claims.fp == 0 && $0.result.claims.fn == 0 })
        #expect(outcomes.contains { $0.result.claims.fp > 0 })
        #expect(outcomes.contains { $0.result.claims.fn > 0 })
        #expect(outcomes.contains { !$0.speakerMisses.isEmpty })
        #expect(outcomes.contains { ($0.result.grouping?.pairsFP ?? 0) > 0 })
        #expect(outcomes.contains { ($0.result.grouping?.pairsFN ?? 0) > 0 })
        #expect(outcomes.contains { $0.result.grouping == nil && $0.result.claims.tp > 0 })
    }

    /// Claims scored directly equal their JSON Lines scored by score.py.
    @Test(.enabled(if: PythonScorer.shared != nil, pythonMissing))
    func claimValuesAgreeWithScorePy() throws {
        var claims: [Claim] = []
        for (i, (file, g)) in PredictionSets(gold: Self.gold).claims.enumerated() {
            guard let category = ClaimCategory(rawValue: g.category) else { continue }
            let speaker = i % 4 == 0 ? "Someone" : g.speaker.first { !$0.isEmpty }
            claims.append(
                Claim(
                    article: "corpus/html/" + file.replacingOccurrences(of: ".txt", with: ".html"),
                    category: category, value: i % 7 == 3 ? (g.value ?? 0) + 0.5 : g.value, upper: g.upper,
                    qualifier: Qualifier(rawValue: g.qualifier ?? "") ?? .about, unit: g.unit,
                    subject: g.subject.first ?? "", speaker: speaker, sentence: "So \(g.anchor).",
                    start: 0, end: 4, group: i % 5 == 0 ? nil : g.group))
        }
        claims.append(
            Claim(
                article: "a/000_ca97ee247fc324aa.txt", category: .displaced, value: 5, subject: "people",
                sentence: "Five people fled.", start: 0, end: 17))
        let jsonl = claims.map(\.jsonLine).joined(separator: "\n")
        try Self.expectAgreement(goldPath: PythonScorer.goldPath, gold: Self.gold, jsonl: jsonl, name: "claims")
        let scorer = Scorer(gold: Self.gold)
        #expect(scorer.score(claims) == (try scorer.score(jsonLines: jsonl)))
    }

    /// A gold file with the awkward cases: unsorted articles, two keys with one base name, a null value,
    /// a range, speakers that accept silence, Unicode that NFKC and lower-casing change.
    @Test(.enabled(if: PythonScorer.shared != nil, pythonMissing))
    func awkwardGoldAgreesWithScorePy() throws {
        let goldJSON = #"""
            {"schema": 1, "categories": ["killed", "money", "troops"],
             "articles": {
              "z/b.txt": {"claims": [
                {"category": "killed", "value": 3, "qualifier": "exact", "subject": ["ΟΔΟΣ"], "speaker": [""], "anchor": "ΤΡΕΙΣ ΟΔΟΣ", "group": "g1"},
                {"category": "money", "value": null, "qualifier": "about", "subject": ["money"], "speaker": ["İstanbul"], "anchor": "billions″ of", "group": "m", "optional": true},
                {"category": "troops", "value": 10000, "upper": 15000, "qualifier": "range", "subject": ["forces"], "speaker": ["site"], "anchor": "(about 10,000–15,000)", "group": "t"}]},
              "a.txt": {"claims": [
                {"category": "killed", "value": 3, "subject": ["men"], "speaker": [""], "anchor": "three men", "group": "g1", "optional": true},
                {"category": "killed", "value": 3, "subject": ["men"], "speaker": ["x"], "anchor": "three men", "group": "g1"},
                {"category": "killed", "value": 2.5, "subject": ["men"], "speaker": ["x"], "anchor": "", "group": "g2"}]},
              "a.html": {"claims": [
                {"category": "killed", "value": 3, "subject": ["men"], "speaker": ["x", ""], "anchor": "three men", "group": "g1"}]}
             },
             "optional_pairs": [["t", "timeline"]]}
            """#
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let goldPath = dir.appendingPathComponent("awkward.gold.json").path
        try Data(goldJSON.utf8).write(to: URL(fileURLWithPath: goldPath))
        let gold = try GoldFile(contentsOf: goldPath)
        #expect(gold.articleOrder == ["z/b.txt", "a.txt", "a.html"])

        let jsonl = [
            #"{"article": "in/b.html", "category": "killed", "value": 3, "sentence": "τρεις οδος were killed", "speaker": "", "subject": "ΟΔΟΣ", "group": "g1"}"#,
            #"{"article": "in/b.html", "category": "money", "value": null, "sentence": "BILLIONS'' OF money", "group": "m"}"#,
            #"{"article": "b", "category": "troops", "value": 10000.0, "upper": "15000", "qualifier": "range", "sentence": "(About 10,000-15,000) formations", "speaker": "the site", "group": "t"}"#,
            #"{"article": "b", "category": "troops", "value": 10000, "upper": 15000, "sentence": "(about 10,000 - 15,000)", "group": "t"}"#,
            #"{"article": "a.txt", "category": "killed", "value": true, "sentence": "Three  men", "speaker": "X", "group": 1}"#,
            #"{"article": "a.txt", "category": "killed", "value": 2.5000000001, "sentence": "anything", "speaker": null, "speaker_entity": "x", "group": 1}"#,
            #"{"article": "a.txt", "category": "killed", "value": 3, "sentence": "three men", "speaker": "Y's \"quote\"\u0007", "group": "g1"}"#,
            #"{"article": "a.txt", "category": "killed", "value": 3, "sentence": "three men died", "group": "g1"}"#,
            #"{"article": "a.txt", "category": "killed", "value": NaN, "sentence": "three men died", "group": "g1"}"#,
            #"{"article": "a.txt", "category": "killed", "value": NaN, "sentence": "three men died", "group": "g1"}"#,
            #"{"article": "", "category": "killed", "value": 1, "sentence": null}"#,
            #"{"category": "killed", "value": " 1_000 ", "sentence": "a thousand"}"#,
        ].joined(separator: "\n")
        try Self.expectAgreement(goldPath: goldPath, gold: gold, jsonl: jsonl, name: "awkward")
    }
}
