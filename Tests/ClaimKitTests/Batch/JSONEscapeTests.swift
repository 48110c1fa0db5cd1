import Testing

@testable import ClaimKit

/// Output records are built with JSONObjectWriter; these pin the escapes the batch output relies on.
@Suite struct JSONEscapeTests {
    private func quoted(_ s: String) -> String {
        var out = ""
        JSONObjectWriter.appendQuoted(s, to: &out)
        return out
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(quoted("a\"b\\c\n\r\t") == #""a\"b\\c\n\r\t""#)
        #expect(quoted("\u{0}\u{1}\u{1F}") == #""\u0000\u0001\u001f""#)
    }

    @Test func keepsNonASCIIButEscapesLineAndParagraphSeparators() {
        #expect(quoted("é日本“x”") == "\"é日本“x”\"")
        #expect(quoted("a\u{2028}b\u{2029}c") == #""a\u2028b\u2029c""#)
    }

    @Test func longTextWithManyEscapesRoundTrips() {
        let text = String(repeating: "line \"q\"\n", count: 50_000)
        let json = quoted(text)
        #expect(json.utf8.count == text.utf8.count + 50_000 * 3 + 2)
        #expect(json.hasPrefix(#""line \"q\"\nline"#))
    }
}
