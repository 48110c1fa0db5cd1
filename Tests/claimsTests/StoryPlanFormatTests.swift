import Foundation
import Testing

/// `report --format stories`: the first pass of a reduce cut into blocks. Each article's story and
/// source must be the ones the whole report gives it, and no fact is rendered.
@Suite struct StoryPlanFormatTests {
    @Test func everyArticleGetsTheStoryAndSourceOfTheWholeReport() throws {
        let paths = ["corpus/html", "corpus/txt", "Tests/Fixtures/devset"]
        let plan = try BinaryLocator.run(["report", "--format", "stories"] + paths)
        let whole = try BinaryLocator.run(["report", "--format", "json"] + paths)
        #expect(plan.status == 0, "\(plan.stderr)")
        let lines = plan.stdoutLines.map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let articles = lines.compactMap { $0 }.filter { $0["record"] as? String == "article_story" }
        let stories = lines.compactMap { $0 }.filter { $0["record"] as? String == "story" }
        #expect(lines.allSatisfy { $0 != nil } && !lines.contains { $0?["record"] as? String == "group" })
        let document = try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any]
        let expected = document?["articles"] as? [[String: Any]] ?? []
        #expect(articles.count == expected.count && articles.count == 26)
        for (got, want) in zip(articles, expected) {
            #expect(got["article"] as? String == want["article"] as? String)
            #expect(
                got["story"] as? String == want["story"] as? String
                    && got["source"] as? String == want["source"] as? String)
        }
        // The story records are the whole report's, fact ids and all.
        let wholeStories = whole.stdout.components(separatedBy: "\n").filter { $0.contains("\"record\":\"story\"") }
        #expect(stories.count == wholeStories.count && stories.count > 1)
        let jsonl = try BinaryLocator.run(["report", "--format", "jsonl"] + paths)
        #expect(
            plan.stdoutLines.filter { $0.hasPrefix("{\"record\":\"story\"") }
                == jsonl.stdoutLines.filter { $0.hasPrefix("{\"record\":\"story\"") })
    }
}
