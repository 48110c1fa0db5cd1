import Testing

@testable import ClaimKit

@Suite struct StringInternerTests {
    /// The address of a native string's bytes: equal addresses mean one shared copy.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    /// A long string built at run time, so two calls give two separate copies.
    static func built(_ word: String) -> String { (0..<6).map { "\(word) \($0)" }.joined(separator: ", ") }

    @Test func equalStringsShareOneCopy() {
        var interner = StringInterner()
        let (a, b) = (Self.built("Interior Ministry"), Self.built("Interior Ministry"))
        #expect(Self.storage(a) != Self.storage(b))
        let (x, y) = (interner.intern(a), interner.intern(b))
        #expect(x == a && y == b)
        #expect(Self.storage(x) == Self.storage(y))
        #expect(interner.count == 1)
        #expect(interner.intern(Self.built("Defence Ministry")) == Self.built("Defence Ministry"))
        #expect(interner.count == 2)
    }

    @Test func shortStringsAreNotKept() {
        var interner = StringInterner()
        #expect(interner.intern("police") == "police")
        #expect(interner.intern(String?.none) == nil)
        #expect(interner.count == 0)
    }

    @Test func internedClaimsAreEqualAndShareTheirSentence() {
        var interner = StringInterner()
        let sentence = Self.built("Four police officers were killed")
        let first = Claim(
            article: "a.txt", outlet: "Daily Example", category: .killed, value: 4, subject: "police officers",
            speaker: Self.built("the ministry"), sentence: sentence, start: 0, end: 10)
        var copy = first
        copy.sentence = Self.built("Four police officers were killed")
        copy.speaker = Self.built("the ministry")
        let (x, y) = (interner.intern(first), interner.intern(copy))
        #expect(x == first && y == copy)
        #expect(Self.storage(x.sentence) == Self.storage(y.sentence))
        #expect(Self.storage(x.speaker!) == Self.storage(y.speaker!))
    }
}
