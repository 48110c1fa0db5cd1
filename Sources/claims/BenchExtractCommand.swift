import ArgumentParser
import ClaimBench
import ClaimKit

/// `claims bench-extract DIR`: extraction alone (articles ingested first, untimed), for `make bench`.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract",
        abstract: "Time claim extraction alone over the articles under DIR (one thread).",
        shouldDisplay: false)

    @Argument(help: "A folder of articles.")
    var folder: String

    @Option(help: "Passes over the sentences.")
    var repeats: Int = 20

    func run() throws {
        let batch = ArticleBatch(paths: [folder])
        var articles: [Article] = []
        _ = batch.run(
            console: BatchConsole(showsProgress: false), work: { $0 },
            deliver: { articles.append($0) })
        let result = ExtractBenchmark().run(articles: articles, repeats: repeats)
        print("sentences \(result.sentences / max(1, repeats))")
        print("rate \(result.line)")
    }
}
