import ClaimTestSupport
import Foundation
import Testing

/// Each option of `report` and `check` that had no test of its own changes the output
/// (through the built binary): the pipeline reads every option it is given.
@Suite struct PipelineOptionTests {
    /// Two outlets, two days apart, telling one fact.
    func twoOutlets(_ scratch: Scratch) throws -> String {
        try scratch.write(
            "w/manifest.csv", "file,outlet,url,published\na.txt,Alpha News,,2026-05-01\nb.txt,Beta Times,,2026-05-03\n")
        try scratch.write("w/a.txt", "Twelve villagers were killed in the flood in Riverton on Monday, police said.")
        try scratch.write("w/b.txt", "Twelve villagers were killed when the flood hit Riverton, police said on Monday.")
        return scratch.path + "/w"
    }

    func groups(_ run: BinaryLocator.Run) -> [String] {
        run.stdoutLines.filter { $0.hasPrefix("{\"record\":\"group\"") }
    }

    @Test func eventWindowSplitsAFactToldDaysApart() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try twoOutlets(scratch)
        let wide = try BinaryLocator.run(["report", "--format", "jsonl", folder])
        let narrow = try BinaryLocator.run(["report", "--format", "jsonl", "--event-window", "1", folder])
        #expect(
            groups(wide).count == 1 && groups(wide)[0].contains("\"outlets\":[\"Alpha News\",\"Beta Times\"]"),
            "\(wide.stdout)")
        #expect(groups(narrow).count == 2, "\(narrow.stdout)")
    }

    @Test func kindsNameTheSubjectKindOfAFact() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try twoOutlets(scratch)
        let kinds = try scratch.write("kinds.txt", "villager | village people | people | villagers\n")
        let plain = try BinaryLocator.run(["report", "--format", "jsonl", folder])
        let kinded = try BinaryLocator.run(["report", "--format", "jsonl", "--kinds", kinds, folder])
        #expect(!groups(plain).joined().contains("\"subject_kind\":\"village people\""))
        #expect(
            groups(kinded).count == 1 && groups(kinded)[0].contains("\"subject_kind\":\"village people\""),
            "\(kinded.stdout)")
    }

    @Test func colorAndWidthShapeTheTable() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = try twoOutlets(scratch)
        let plain = try BinaryLocator.run(["report", "--format", "table", folder])
        let colored = try BinaryLocator.run(["report", "--format", "table", "--color", "always", folder])
        #expect(!plain.stdout.contains("\u{1B}[") && colored.stdout.contains("\u{1B}["))
        func widest(_ width: String) throws -> Int {
            try BinaryLocator.run(["report", "--format", "table", "--width", width, folder]).stdoutLines.map(\.count)
                .max() ?? 0
        }
        let narrow = try widest("40"), wide = try widest("200")
        #expect(narrow > 0 && narrow < wide, "\(narrow) \(wide)")
    }

    @Test func checkScoresTheClaimRecordsGiven() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let extracted = try BinaryLocator.run(["extract", "--format", "jsonl", "corpus/txt"])
        let all = try scratch.write("all.jsonl", extracted.stdout)
        let half = try scratch.write(
            "half.jsonl",
            extracted.stdoutLines.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element + "\n" }.joined())
        let gold = [
            "--gold", "corpus/seeds.gold.json", "--min-f1", "0", "--min-grouping", "0", "--min-speaker", "0",
            "--min-subject", "0", "--min-qualifier", "0",
        ]
        let fromPages = try BinaryLocator.run(["check", "corpus/txt"] + gold)
        let fromAll = try BinaryLocator.run(["check", "corpus/txt", "--claims", all] + gold)
        let fromHalf = try BinaryLocator.run(["check", "corpus/txt", "--claims", half] + gold)
        #expect(fromAll.status == 0 && fromAll.stdout == fromPages.stdout, "\(fromAll.stderr)")
        #expect(fromHalf.status == 0 && fromHalf.stdout != fromPages.stdout)
    }

    @Test(arguments: [
        ("--min-speaker", "speaker accuracy"), ("--min-subject", "subject accuracy"),
        ("--min-qualifier", "qualifier accuracy"), ("--min-grouping", "grouping F1"),
    ])
    func eachThresholdOfCheckCanFail(option: String, name: String) throws {
        let met = try BinaryLocator.run(["check", "corpus/txt", "--gold", "corpus/seeds.gold.json", option, "0"])
        let unmet = try BinaryLocator.run(["check", "corpus/txt", "--gold", "corpus/seeds.gold.json", option, "1.01"])
        #expect(met.status == 0, "\(met.stderr)")
        #expect(unmet.status == 1 && unmet.stderr.contains("claims check: \(name) "), "\(unmet.stderr)")
    }
}
