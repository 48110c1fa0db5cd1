import Testing

@testable import ClaimKit

@Suite struct DateParserTests {
    @Test func isoDateTimeKeepsItsZone() {
        #expect(DateParser.iso(from: "2023-09-19T08:10:00+03:00") == "2023-09-19T08:10:00+03:00")
        #expect(DateParser.iso(from: "2023-09-19T08:10Z") == "2023-09-19T08:10:00Z")
        #expect(DateParser.iso(from: "2023-09-19T08:10:00.000Z") == "2023-09-19T08:10:00Z")
    }

    @Test func plainAndCompactDates() {
        #expect(DateParser.iso(from: "2022-11-25") == "2022-11-25")
        #expect(DateParser.iso(from: "20221125") == "2022-11-25")
        #expect(DateParser.iso(from: "2022-13-25") == nil)
    }

    @Test func datesInWords() {
        #expect(DateParser.iso(from: "November 25, 2022") == "2022-11-25")
        #expect(DateParser.iso(from: "25 Nov 2022") == "2022-11-25")
        #expect(DateParser.iso(from: "Sept. 9, 2021 10:00 AM") == "2021-09-09")
        #expect(DateParser.iso(from: "no date here at all") == nil)
    }

    @Test func datelinesAreRecognisedButSentencesAreNot() {
        #expect(DateParser.isDateLine("Published November 25, 2022 at 10:30 a.m. ET"))
        #expect(DateParser.isDateLine("Updated: Monday, 25 November 2022"))
        #expect(DateParser.isDateLine("Updated at 1:23 p.m."))
        #expect(!DateParser.isDateLine("Score at half time: 2:1"))
        #expect(!DateParser.isDateLine("On November 25, 2022 three people were killed."))
    }

    @Test func dateInURL() {
        #expect(DateParser.dateInURL("https://example.com/news/2023/09/19/story-name") == "2023-09-19")
        #expect(DateParser.dateInURL("https://example.com/2023-09-19/story") == "2023-09-19")
        #expect(DateParser.dateInURL("https://example.com/story-20230919") == nil)
        #expect(DateParser.dateInURL("https://example.com/2023/09/story") == nil)
    }
}
