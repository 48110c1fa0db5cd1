import Foundation
import Testing

@testable import ClaimKit

@Suite struct FormatterTests {
    let claim = Claim(
        article: "a.txt", outlet: "Daily \"Sun\"", category: .killed, value: 4, qualifier: .exact,
        subject: "police officers", speaker: "Azerbaijan", speakerEntity: "Government of Azerbaijan",
        sentence: "Four officers, two civilians\nwere killed.", start: 0, end: 40)

    @Test func csvFieldQuotesOnlyWhenNeeded() {
        #expect(CSVField.escape("plain") == "plain")
        #expect(CSVField.escape(nil) == "")
        #expect(CSVField.escape("a,b") == "\"a,b\"")
        #expect(CSVField.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.escape("line\nbreak") == "\"line\nbreak\"")
        #expect(CSVField.escape(" padded") == "\" padded\"")
        #expect(CSVField.row(["a", nil, "b,c"]) == "a,,\"b,c\"\r\n")
    }

    @Test func claimCSVHasHeaderAndOneRowPerClaim() {
        let doc = ClaimCSV.document([claim, claim])
        let records = doc.components(separatedBy: "\r\n")
        #expect(records.first == ClaimCSV.columns.joined(separator: ","))
        #expect(records.count == 4)  // header, two rows, trailing empty
        #expect(
            ClaimCSV.row(claim)
                == "a.txt,\"Daily \"\"Sun\"\"\",,killed,4,,exact,,police officers,Azerbaijan,Government of Azerbaijan,\"Four officers, two civilians\nwere killed.\",0,40,,,\r\n"
        )
    }

    @Test func tableFitsWidthAndKeepsOneLinePerClaim() {
        let table = ClaimTable.render([claim], width: 80)
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 80 })
        #expect(lines[2].hasPrefix("killed"))
        #expect(lines[2].contains("…"))
        let wide = ClaimTable.render([claim], width: 160)
        #expect(wide.contains("Government of Azerbaijan"))
        #expect(wide.contains("Four officers, two civilians were killed."))
    }
}
