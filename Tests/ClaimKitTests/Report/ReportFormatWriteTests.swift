import Testing

@testable import ClaimKit

@Suite struct ReportFormatWriteTests {
    typealias F = ReportFixtures

    @Test(arguments: ReportFormat.allCases)
    func writingInPiecesGivesTheRenderedBytes(_ format: ReportFormat) {
        let report = ReportBuilder().build(
            articles: [],
            claims: [
                F.claim("a.txt", outlet: "A", 4, subject: "police officers"),
                F.claim("b.txt", outlet: "B", 5, subject: "police officers"),
                F.claim("c.txt", outlet: "C", category: .injured, 12, subject: "civilians"),
            ])
        var pieces: [String] = []
        format.write(report, width: 80) { pieces.append($0) }
        #expect(pieces.joined() == format.render(report, width: 80))
        if format == .jsonl {
            #expect(pieces.count == report.claims.count + report.groups.count + report.stories.count)
        }
    }
}
