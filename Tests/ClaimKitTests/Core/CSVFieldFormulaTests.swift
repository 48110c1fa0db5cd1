import ClaimKit
import Testing

/// CSV cells a spreadsheet would run as a formula are written as text.
@Suite struct CSVFieldFormulaTests {
    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("@politifact", "'@politifact"), ("+1 555 0100 call", "'+1 555 0100 call"),
        ("- the toll rose", "'- the toll rose"), ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
    ])
    func formulaStartsGetAQuote(input: String, expected: String) {
        #expect(CSVField.escape(input) == expected)
    }

    @Test func tabAndCarriageReturnStartsAreDefusedAndStillQuoted() {
        #expect(CSVField.escape("\tx") == "'\tx")
        #expect(CSVField.escape("\rx") == "\"'\rx\"")
    }

    @Test func commaInAFormulaCellIsQuotedAfterTheQuoteMark() {
        #expect(CSVField.escape("=1,2") == "\"'=1,2\"")
    }

    @Test func plainNumbersAndOrdinaryTextStayAsTheyAre() {
        #expect(CSVField.escape("-3") == "-3")
        #expect(CSVField.escape("+1.5") == "+1.5")
        #expect(CSVField.escape("-1.") == "'-1.")
        #expect(CSVField.escape("Daily Sabah") == "Daily Sabah")
        #expect(CSVField.escape("a = b") == "a = b")
    }
}
