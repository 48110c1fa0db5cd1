import Testing

@testable import ClaimKit

@Suite struct CSVParserTests {
    private func parse(_ text: String) -> CSVParser.Output { CSVParser().parse(Array(text.utf8)) }

    @Test func splitsPlainFieldsAndRecords() {
        let out = parse("a,b,c\n1,2,3\n")
        #expect(out.records.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(out.records.map(\.line) == [1, 2])
    }

    @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        let out = parse("file,outlet\r\n\"a, b.txt\",\"The \"\"Times\"\"\nof X\"\r\nc.txt,Y\r\n")
        #expect(
            out.records.map(\.fields) == [["file", "outlet"], ["a, b.txt", "The \"Times\"\nof X"], ["c.txt", "Y"]])
        #expect(out.records.map(\.line) == [1, 2, 4])
        #expect(out.unterminatedQuoteLine == nil)
    }

    @Test func blankLinesAndBOMAndMissingFinalNewline() {
        let out = CSVParser().parse([0xEF, 0xBB, 0xBF] + Array("file\n\n\nx.txt".utf8))
        #expect(out.records.map(\.fields) == [["file"], ["x.txt"]])
        #expect(out.records.last?.line == 4)
    }

    @Test func emptyFieldsAreKept() {
        #expect(parse(",,\n").records.map(\.fields) == [["", "", ""]])
        #expect(parse("\"\"\n").records.map(\.fields) == [[""]])
    }

    @Test func unterminatedQuoteIsReportedWithItsLine() {
        let out = parse("file,outlet\nx.txt,\"open\nstill open\n")
        #expect(out.unterminatedQuoteLine == 2)
        #expect(out.records.map(\.fields) == [["file", "outlet"]])
    }

    @Test func strayQuoteInsideAnUnquotedFieldIsKept() {
        #expect(parse("a\"b,c\n").records.map(\.fields) == [["a\"b", "c"]])
    }
}
