import Foundation
import Testing

@testable import ClaimCheck
@testable import ClaimKit

/// On the pipeline's own records for the sample corpus (extracted, grouped), the Swift scorer
/// gives score.py's numbers and lines: the agreement holds on real output, not only on made-up sets.
@Suite struct PipelineAgreementTests {
    static let corpus = PythonScorer.repoRoot.appendingPathComponent("corpus")

    static func records(rendition: String, extension ext: String) throws -> String {
        let folder = corpus.appendingPathComponent(rendition)
        let gold = try GoldFile(contentsOf: PythonScorer.goldPath)
        var articles: [Article] = []
        for file in gold.articleOrder {
            let path = folder.appendingPathComponent(Scorer.basename(file) + "." + ext).path
            let entry = gold.articles[file]
            // The manifest's job for .txt files: outlet and date (the batch runner reads manifest.csv).
            let hints = ArticleHints(outlet: entry?.outlet, url: nil, published: entry?.published)
            articles.append(try Ingestor().ingest(path: path, hints: hints).get())
        }
        let claims = articles.flatMap { ClaimExtractor().extract(from: $0) }
        let report = ReportBuilder().build(articles: articles, claims: claims)
        return report.claims.map(\.jsonLine).joined(separator: "\n") + "\n"
    }

    @Test(.enabled(if: PythonScorer.shared != nil, ScorerAgreementTests.pythonMissing), arguments: ["txt", "html"])
    func corpusRunAgreesWithScorePy(_ rendition: String) throws {
        let jsonl = try Self.records(rendition: rendition, extension: rendition)
        #expect(!jsonl.isEmpty)
        try ScorerAgreementTests.expectAgreement(
            goldPath: PythonScorer.goldPath, gold: ScorerAgreementTests.gold,
            jsonl: jsonl, name: "corpus/\(rendition)")
    }
}
