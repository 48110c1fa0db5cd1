import Testing

@testable import ClaimKit

/// The country an ambiguous currency word belongs to, read from the whole article's bytes.
@Suite struct CurrencyContextTests {
    func code(_ text: String, _ stem: String, fallback: String) -> String {
        var context = CurrencyContext(bytes: Array(text.utf8))
        return context.code(for: stem, fallback: fallback)
    }

    @Test(arguments: [
        ("A storm hit the Philippines. Relief: 5 billion pesos.", "PHP"),
        ("THE PHILIPPINES SAID 5 BILLION PESOS.", "PHP"),
        ("Manila—the capital—and Mexico, then Manila again.", "PHP"),
        ("“Philippines”, said the Philippine envoy.", "PHP"),
    ])
    func countriesNamedAnywhereInAnyCase(_ text: String, _ expected: String) {
        #expect(code(text, "peso", fallback: "MXN") == expected)
    }

    @Test(arguments: [
        "Philippinesque designs sold for 5 pesos.",  // a letter after the word
        "The Philippinesé stall sold it for 5 pesos.",  // a non-ASCII letter after it
        "Aphilippines is no country; 5 pesos.",  // a letter before it
        "Philippines and Mexico, Mexico again: 5 pesos.",  // the default named more often
        "5 pesos.",
    ])
    func onlyWholeWordsNamedMoreThanTheDefaultCount(_ text: String) {
        #expect(code(text, "peso", fallback: "MXN") == "MXN")
    }

    @Test func dottedAndSpacedCountryWordsMatchAsWritten() {
        #expect(code("Canada and Canada; 5 dollars.", "dollar", fallback: "USD") == "CAD")
        #expect(code("The U.S. and the U.S. and Canada: 5 dollars.", "dollar", fallback: "USD") == "USD")
        #expect(code("New Zealand said 5 dollars.", "dollar", fallback: "USD") == "NZD")
        #expect(code("New  Zealand said 5 dollars.", "dollar", fallback: "USD") == "USD")
    }

    /// (The byte search it counts with is the Ingest one.)
    @Test func firstIndexFindsBytesFromAPosition() {
        let hay = Array("abcabc".utf8)
        #expect(ByteSearch.firstIndex(of: Array("bc".utf8), in: hay, from: 0) == 1)
        #expect(ByteSearch.firstIndex(of: Array("bc".utf8), in: hay, from: 2) == 4)
        #expect(ByteSearch.firstIndex(of: Array("bc".utf8), in: hay, from: 5) == nil)
        #expect(ByteSearch.firstIndex(of: [], in: hay, from: 0) == nil)
    }
}
