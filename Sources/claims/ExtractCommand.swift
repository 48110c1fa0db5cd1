import ArgumentParser
import ClaimKit

/// `claims extract PATH...`: every numeric claim, streamed in input order.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the numeric claims of each input.",
        discussion: ExitStatus.help)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, table }

    @Option(help: "jsonl (one claim per line; the default when stdout is not a terminal), csv, or table (the default on a terminal).")
    var format: Format?

    @OptionGroup var options: BatchOptions

    @Flag(name: .customLong("with-articles"), help: "Also write one {\"record\":\"article\",...} line per article (metadata and wire-copy sketch) before its claims, so that `claims report --claims` needs no page (jsonl only).")
    var withArticles = false

    func validate() throws {
        try options.requirePaths()
        if withArticles && format != nil && format != .jsonl { throw ValidationError("--with-articles writes JSON Lines: use --format jsonl") }
    }

    func run() throws {
        let stdout = FileOutput.standardOutput()
        let format = withArticles ? .jsonl : self.format ?? (stdout.isTerminal ? .table : .jsonl)
        let console = options.console()
        let extractor = try options.extractor()
        let width = TerminalWidth.columns()
        let detector = WireCopyDetector()
        let withArticles = self.withArticles
        if format == .csv { stdout.write(ClaimCSV.header) }
        var claimCount = 0
        var summary = options.batch.run(console: console, work: { article -> (String, Int) in
            let claims = extractor.extract(from: article)
            switch format {
            case .jsonl:
                let head = withArticles ? ArticleRecord.line(article, digest: ArticleDigest(article, detector: detector)) + "\n" : ""
                return (head + claims.map { $0.jsonLine + "\n" }.joined(), claims.count)
            case .csv: return (claims.map(ClaimCSV.row).joined(), claims.count)
            case .table: return (ExtractCommand.table(article, claims, width: width), claims.count)
            }
        }, deliver: { _, record in
            stdout.write(record.0)
            claimCount += record.1
        })
        stdout.flush()
        summary.claims = claimCount
        console.finish(summary, includeClaims: true)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    /// One article's block in the table format: a heading line, then its claims (or none).
    static func table(_ article: Article, _ claims: [Claim], width: Int) -> String {
        var heading = article.path
        let about = [article.outlet, article.published].compactMap { $0 }
        if !about.isEmpty { heading += " (" + about.joined(separator: ", ") + ")" }
        heading += ": \(claims.count) \(claims.count == 1 ? "claim" : "claims")\n"
        return heading + (claims.isEmpty ? "" : ClaimTable.render(claims, width: width)) + "\n"
    }
}
