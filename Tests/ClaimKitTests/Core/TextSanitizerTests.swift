import Testing

@testable import ClaimKit

/// Control characters (C0, DEL, C1) from the input never reach an output as themselves.
@Suite struct TextSanitizerTests {
    static let hostile = "a\u{1B}[31mb\u{7F}c\u{9B}2Jd\u{85}e\u{0}f"

    @Test func lineTurnsLayoutIntoSpacesAndOtherControlsIntoReplacementCharacters() {
        #expect(TextSanitizer.line("one\ttwo\nthree\r\nfour\rfive") == "one two three four five")
        #expect(TextSanitizer.line(Self.hostile) == "a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}2Jd\u{FFFD}e\u{FFFD}f")
        #expect(TextSanitizer.line("plain · text é") == "plain · text é")
    }

    @Test func blockKeepsLineFeedsAndTabs() {
        #expect(TextSanitizer.block("a\nb\tc\rd\u{7F}") == "a\nb\tc\u{FFFD}d\u{FFFD}")
        #expect(TextSanitizer.block("a\r\nb\u{90}", keepingReturns: true) == "a\r\nb\u{FFFD}")
    }

    @Test func escapedNamesEveryControlCharacter() {
        #expect(TextSanitizer.escaped("a\nb\u{1B}c\u{7F}d\u{9F}") == "a\\nb\\x1bc\\x7fd\\x9f")
    }

    @Test(arguments: [TextSanitizerTests.hostile])
    func everyRendererLeavesNoControlCharacter(_ text: String) {
        func clean(_ s: String, allowing: Set<Unicode.Scalar> = []) -> Bool {
            !s.unicodeScalars.contains { TextSanitizer.isControl($0) && !allowing.contains($0) }
        }
        #expect(clean(TableRenderer(width: 80).fit(text, 60)))
        #expect(clean(ClaimTable.singleLine(text)))
        #expect(clean(HTMLRenderer.escape(text), allowing: ["\n", "\t", "\r"]))
        #expect(clean(CSVField.escape(text), allowing: ["\n", "\t", "\r"]))
        #expect(clean(BatchConsole.oneLine(text)))
        #expect(clean(quoted(text)))
    }

    private func quoted(_ s: String) -> String {
        var out = ""
        JSONObjectWriter.appendQuoted(s, to: &out)
        return out
    }

    @Test func jsonWritesDelAndC1AsEscapes() {
        #expect(quoted("a\u{7F}b\u{85}c·") == "\"a\\u007fb\\u0085c·\"")
    }
}
