import ClaimBench
import Testing

@testable import ClaimKit

/// The two speed floors of `make bench` do the parsing work and nothing else, on any input.
@Suite struct ParseFloorTests {
    @Test func saxFloorSeesEveryTextByte() {
        let text = String(repeating: "Forty words of plain text, ", count: 40)
        let html = "<html><body><div class='a'><p>\(text)</p><p>more</p></div></body></html>"
        let counted = HTMLParseBenchmark.saxParse(bytes: Array(html.utf8))
        #expect(counted != nil)
        #expect((counted ?? 0) >= text.utf8.count + 4)
        #expect(HTMLParseBenchmark.bareParse(bytes: Array(html.utf8)))
    }

    @Test func saxFloorTakesBrokenMarkupQuietly() {
        let counted = HTMLParseBenchmark.saxParse(
            bytes: Array("<div><p>unclosed <b>bold <td>cell</div></span>&bogus;".utf8))
        #expect((counted ?? 0) > 0)
    }
}
