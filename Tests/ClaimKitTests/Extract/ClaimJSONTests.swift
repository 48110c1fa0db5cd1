import Testing

@testable import ClaimKit

@Suite struct ClaimJSONTests {
    @Test func recordKeepsGuideFieldOrderAndWritesNulls() {
        let claim = Claim(
            article: "a.txt", category: .money, value: 25_000_000_000, qualifier: .exact, unit: "USD",
            subject: "clearing \"mines\"", sentence: "It will cost $25 billion.", start: 0, end: 25)
        #expect(
            claim.jsonLine
                == #"{"article":"a.txt","outlet":null,"published":null,"category":"money","value":25000000000,"upper":null,"qualifier":"exact","unit":"USD","subject":"clearing \"mines\"","speaker":null,"speaker_entity":null,"sentence":"It will cost $25 billion.","start":0,"end":25}"#
        )
    }

    @Test func numbersAndEscapes() {
        #expect(JSONObjectWriter.number(7135.1) == "7135.1")
        #expect(JSONObjectWriter.number(.infinity) == "null")
        var w = JSONObjectWriter()
        w.add("s", "a\u{1}b\n")
        #expect(w.json == #"{"s":"a\u0001b\n"}"#)
    }
}
