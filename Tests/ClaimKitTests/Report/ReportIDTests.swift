import Foundation
import Testing

@testable import ClaimKit

@Suite struct ReportIDTests {
    let four = FactValue(
        Claim(
            article: "a.html", category: .killed, value: 4, subject: "officers", sentence: "Four officers died.",
            start: 0, end: 4))

    @Test func idsEncodeAndPrintAsTheirBareText() throws {
        let group = FactGroup(
            id: "g2", category: .killed, value: four, subject: "officers", subjectKind: "police",
            claimIndices: [0], outlets: ["A"], independentSources: 1, story: "e1", sumOf: ["g1", "g3"])
        let json = String(decoding: try JSONEncoder().encode(group), as: UTF8.self)
        #expect(json.contains("\"id\":\"g2\"") && json.contains("\"sumOf\":[\"g1\",\"g3\"]"))
        #expect(try JSONDecoder().decode(FactGroup.self, from: Data(json.utf8)) == group)
        #expect("\(group.id) of \(SourceID("s4"))" == "g2 of s4")
        #expect(json.contains("\"story\":\"e1\""))
    }

    @Test func storiesAreNamedByTheirPlaceFromE1() {
        #expect(StoryID(index: 0) == "e1")
        #expect(StoryID(index: 11).rawValue == "e12")
    }

    @Test func reportFindsAGroupByItsTypedID() {
        let report = Report(
            articles: [], claims: [],
            groups: [
                FactGroup(
                    id: FactID("g1"), category: .killed, value: four, subject: "officers",
                    subjectKind: "police", claimIndices: [], outlets: [], independentSources: 0, story: "e1")
            ])
        #expect(report.group(id: "g1")?.subject == "officers")
        #expect(report.group(id: "g2") == nil)
    }
}
