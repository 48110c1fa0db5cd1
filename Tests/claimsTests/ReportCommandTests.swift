import Foundation
import Testing

/// `claims report` and `claims check` through the built binary on the sample corpus.
@Suite struct ReportCommandTests {
    @Test func jsonlReportGroupsTheSeedsAsTheGoldFileDoes() throws {
        let run = try BinaryLocator.run(["report", "corpus/txt", "--format", "jsonl"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("{\"record\":\"group\"") })
        let check = try BinaryLocator.run([
            "check", "corpus/txt", "--gold", "corpus/seeds.gold.json", "--min-grouping", "0.95",
        ])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("grouping pairs: P="))
    }

    @Test func checkFailsWhenAThresholdIsNotMet() throws {
        let run = try BinaryLocator.run(["check", "corpus/txt", "--gold", "corpus/seeds.gold.json", "--min-f1", "1.01"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("claim F1"))
    }

    @Test func checkNamesAnUnreadableGoldFile() throws {
        let run = try BinaryLocator.run(["check", "corpus/txt", "--gold", "no/such/gold.json"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no/such/gold.json"))
    }

    @Test func reportIsTheSameForAnyNumberOfJobs() throws {
        for format in ["table", "jsonl", "html"] {
            let one = try BinaryLocator.run([
                "report", "corpus", "--format", format, "--jobs", "1", "--output", "/dev/stdout",
            ])
            let two = try BinaryLocator.run([
                "report", "corpus", "--format", format, "--jobs", "2", "--output", "/dev/stdout",
            ])
            #expect(!one.stdout.isEmpty)
            #expect(one.stdout == two.stdout, "\(format) differs between --jobs 1 and 2")
        }
    }
}

/// The story options of `claims report` through the built binary.
@Suite struct ReportStoryOptionTests {
    @Test func storyCategoriesAndMinOutletsCutTheReport() throws {
        let all = try BinaryLocator.run(["report", "corpus/txt", "--format", "jsonl"])
        let cut = try BinaryLocator.run([
            "report", "corpus/txt", "--format", "jsonl", "--story", "nagorno",
            "--categories", "killed", "--min-outlets", "2",
        ])
        #expect(cut.status == 0)
        let groups = cut.stdout.split(separator: "\n").filter { $0.hasPrefix("{\"record\":\"group\"") }
        #expect(
            !groups.isEmpty
                && groups.count
                    < all.stdout.split(separator: "\n").filter { $0.hasPrefix("{\"record\":\"group\"") }.count
        )
        #expect(groups.allSatisfy { $0.contains("\"measure\":\"killed\"") && !$0.contains("\"outlets\":[\"") == false })
        let none = try BinaryLocator.run([
            "report", "corpus/txt", "--format", "jsonl", "--story", "no such story anywhere",
        ])
        #expect(!none.stdout.contains("{\"record\":\"group\""))
    }

    @Test func anUnknownCategoryIsAUsageError() throws {
        let run = try BinaryLocator.run(["report", "corpus/txt", "--categories", "killed,kittens"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("kittens"))
    }
}
