import Foundation
import Testing

@testable import ClaimKit

@Suite struct ReportDayTests {
    @Test func parsesTheDayOfADateOrDateTimeAndWritesItBack() throws {
        #expect(ReportDay(iso: "2023-09-19")?.iso == "2023-09-19")
        #expect(ReportDay(iso: "2023-09-19T10:00:00Z")?.iso == "2023-09-19")
        #expect(ReportDay(iso: "1970-01-02")?.day == 1)
        #expect(ReportDay(iso: "2024-02-29")?.description == "2024-02-29")
        let day = try #require(ReportDay(iso: "2026-05-14"))
        let json = String(decoding: try JSONEncoder().encode([day]), as: UTF8.self)
        #expect(json == "[\"2026-05-14\"]")
        #expect(try JSONDecoder().decode([ReportDay].self, from: Data(json.utf8)) == [day])
    }

    @Test func refusesTextThatIsNotACalendarDay() {
        #expect(ReportDay(iso: "19 September 2023") == nil)
        #expect(ReportDay(iso: "2023-9-19") == nil, "not written yyyy-mm-dd, so it would not read back the same")
        #expect(ReportDay(iso: "2023-02-30") == nil)
        #expect(ReportDay(iso: "2023-13-01") == nil)
    }

    @Test func ordersByDayAcrossMonthsAndYears() {
        let days = ["2024-01-02", "2023-12-31", "2023-02-01"].compactMap { ReportDay(iso: $0) }
        #expect(days.sorted().map(\.iso) == ["2023-02-01", "2023-12-31", "2024-01-02"])
    }
}
