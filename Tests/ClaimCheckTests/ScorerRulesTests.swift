import Foundation
import Testing

@testable import ClaimCheck
@testable import ClaimKit

/// The scorer's rules one by one, with inline inputs and the values score.py gives for them.
@Suite struct ScorerRulesTests {
    @Test func normalizeFoldsQuotesDashesSpaceAndCase() {
        #expect(
            Scorer.normalize("  \u{201C}Sabotage\u{201D}\u{00A0}groups \u{2013}\n\tTWO ") == "\"sabotage\" groups - two"
        )
        #expect(Scorer.normalize("Azerbaijan\u{2019}s") == "azerbaijan's")
        #expect(Scorer.normalize(nil) == "")
        // NFKC first: the double prime becomes two primes, each then a straight quote.
        #expect(Scorer.normalize("10\u{2033}") == "10''")
        #expect(Scorer.normalize("\u{FB01}ve \u{2460}") == "five 1")
    }

    @Test func lowerCaseFollowsPython() {
        #expect(Scorer.normalize("ΟΔΟΣ ΣΑ") == "οδος σα")
        #expect(Scorer.normalize("İ").unicodeScalars.map(\.value) == [0x69, 0x307])
    }

    @Test func basenameDropsFoldersAndLastExtension() {
        #expect(Scorer.basename("corpus/html/000_ca97ee247fc324aa.html") == "000_ca97ee247fc324aa")
        #expect(Scorer.basename("C:\\corpus\\a.b.txt") == "a.b")
        #expect(Scorer.basename("dir/name/") == "name")
        #expect(Scorer.basename(".hidden") == "")
        #expect(Scorer.basename(nil) == "")
    }

    @Test func pythonFloatReadsWhatFloatReads() {
        #expect(PythonCompat.float(" 1_000 ") == 1000)
        #expect(PythonCompat.float("2.5e3") == 2500)
        #expect(PythonCompat.float("-Infinity") == -.infinity)
        #expect(PythonCompat.float("\u{0664}") == 4)
        #expect(PythonCompat.float("1__0") == nil)
        #expect(PythonCompat.float("four") == nil)
        #expect(PythonCompat.float("") == nil)
    }

    @Test func roundingIsCorrectlyRoundedDecimal() {
        #expect(PythonCompat.round4(2.0 / 3.0) == 0.6667)
        // Ties are decided by the stored binary value: 0.00005 is stored just above the half,
        // 0.00015 and 0.12355 just below (Python: 0.0001, 0.0001, 0.1235).
        #expect(PythonCompat.round4(0.00005) == 0.0001)
        #expect(PythonCompat.round4(0.00015) == 0.0001)
        #expect(PythonCompat.round4(0.12355) == 0.1235)
        #expect(PythonCompat.fixed(0.6667, places: 3) == "0.667")
        #expect(PythonCompat.fixed(1, places: 3) == "1.000")
    }

    @Test func reprMatchesPython() {
        #expect(PythonCompat.repr("it's") == #""it's""#)
        #expect(PythonCompat.repr("a'b\"c\\") == #"'a\'b"c\\'"#)
        #expect(PythonCompat.repr("\u{7}\u{A0}é\u{2028}") == #"'\x07\xa0é\u2028'"#)
        #expect(PythonCompat.repr(JSONValue.number(4, literal: "4")) == "4")
        #expect(PythonCompat.repr(JSONValue.number(4, literal: "4.0")) == "4.0")
        #expect(PythonCompat.repr(JSONValue.number(0, literal: "-0")) == "0")
        #expect(PythonCompat.repr(nil) == "None")
    }

    @Test func parserKeepsOrderAndLastDuplicate() throws {
        let value = try JSONValueParser.parse(#"{"b": 1, "a": [true, null], "b": 2.50}"#)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(value["b"] == .number(2.5, literal: "2.50"))
        #expect(throws: JSONValueParser.Failure.self) { try JSONValueParser.parse("{\"a\": \"tab\there\"}") }
        #expect(throws: JSONValueParser.Failure.self) { try JSONValueParser.parse("[1] x") }
        #expect(throws: JSONValueParser.Failure.self) { try JSONValueParser.parse(String(repeating: "[", count: 5000)) }
    }

    static let gold = GoldFile(
        categories: ["killed"],
        articles: [
            "a.txt": .init(claims: [
                // Listed first, yet it must only get what the required claim leaves.
                .init(
                    category: "killed", value: 4, qualifier: "exact", subject: ["police"], speaker: [""],
                    anchor: "four police officers were killed", group: "p", optional: true),
                .init(
                    category: "killed", value: 4, qualifier: "exact", subject: ["police"], speaker: ["baku"],
                    anchor: "four police officers were killed", group: "p"),
            ])
        ])

    @Test func requiredClaimsTakeMatchesBeforeOptionalOnes() throws {
        // Both gold claims share an anchor; the single record must go to the required one.
        let outcome = try Scorer(gold: Self.gold).score(
            jsonLines: """
                {"article": "x/a.html", "category": "killed", "value": 4, "sentence": "Four police officers were killed.", "speaker": "Baku"}
                """)
        #expect(outcome.result.claims == .init(tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1))
        #expect(outcome.result.speakerAccuracy == 1)
        #expect(outcome.result.grouping == nil)
    }

    @Test func duplicatesCountOnceAndSummariesAreIgnored() throws {
        let line =
            #"{"article": "a.txt", "category": "killed", "value": 4.0, "sentence": "four  police officers were killed", "group": "g"}"#
        let outcome = try Scorer(gold: Self.gold).score(
            jsonLines: [
                line, line.replacingOccurrences(of: "4.0", with: "4"), #"{"record": "group", "group": "g"}"#,
                #"{"article": "a.txt", "category": "killed", "value": 5, "sentence": "five were killed", "group": "g"}"#,
            ].joined(separator: "\n"))
        #expect(outcome.result.claims.tp == 1)
        #expect(outcome.result.claims.fp == 1)
        #expect(outcome.extras.map(\.article) == ["a"])
        #expect(outcome.speakerMisses.count == 1)
        #expect(outcome.verboseLines.last == "SPEAKER a: killed 4 want ['baku'] got None/None")
    }

    @Test func badRecordsAreErrorsNamingTheLine() {
        #expect(throws: ScoreRecord.InputError.self) { try Scorer(gold: Self.gold).score(jsonLines: "{}\n[1]") }
        do {
            _ = try Scorer(gold: Self.gold).score(jsonLines: "\n{\"sentence\": 5}")
            Issue.record("a numeric sentence was accepted")
        } catch {
            #expect(error.line == 2)
        }
    }
}
