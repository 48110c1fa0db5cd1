import Testing

@testable import ClaimKit

/// One paragraph of thousands of sentences (a crawler page that is a single `<p>`): every
/// sentence is still read, and speakers still resolve back to the first one named, with the
/// look-back over earlier speakers bounded (see `RecentNames`).
@Suite struct LongParagraphTests {
    static let sentenceCount = 3_000

    /// "The Ministry of Defence said 2 soldiers were killed. The ministry said 3 soldiers were killed. He said ..."
    static func paragraph() -> String {
        var text = "The Ministry of Defence said 2 soldiers were killed."
        for k in 1..<sentenceCount {
            let opener = ["The ministry said", "It said", "The security services said", "They said"][k % 4]
            text += " \(opener) \(k + 2) soldiers were killed."
        }
        return text
    }

    @Test func everySentenceOfALongParagraphIsSplitAndKeepsItsClaim() {
        let text = Self.paragraph()
        #expect(SentenceSplitter().split(text).count == Self.sentenceCount)
        let claims = extract(text)
        #expect(claims.count == Self.sentenceCount)
        #expect(claims.map(\.value) == (0..<Self.sentenceCount).map { Double($0 + 2) })
        #expect(claims.allSatisfy { $0.category == .killed && $0.subject == "soldiers" })
    }

    @Test func referencesResolveToTheFirstNamedSpeakerAcrossTheParagraph() {
        let claims = extract(Self.paragraph())
        // "the ministry" points back to the full name and "it" to the ministry just named; "the
        // security services" has no longer earlier name and stays as written; "they" takes it.
        #expect(claims.first?.speaker == "The Ministry of Defence")
        let byOpener = Dictionary(grouping: claims.enumerated().dropFirst(), by: { $0.offset % 4 })
        #expect(byOpener.count == 4)
        #expect(byOpener[0]?.allSatisfy { $0.element.speaker == "The Ministry of Defence" } == true)
        #expect(byOpener[1]?.allSatisfy { $0.element.speaker == "The Ministry of Defence" } == true)
        #expect(byOpener[2]?.allSatisfy { $0.element.speaker == "The security services" } == true)
        #expect(byOpener[3]?.allSatisfy { $0.element.speaker == "The security services" } == true)
    }

    @Test func aRunawayTextWithoutSpacesIsCutBetweenCharactersAndLosesNoByte() {
        let splitter = SentenceSplitter(maxSentenceBytes: 100)
        let glued = String(repeating: "12,drones,é", count: 200)
        let sentences = splitter.split(glued)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.byteEnd - $0.byteStart <= 2 * 100 + 3 })
        #expect(sentences.map(\.text).joined() == glued)
    }

    @Test func aRunawayTextSeparatedByTabsIsCutAtATab() {
        let splitter = SentenceSplitter(maxSentenceBytes: 100)
        let tabbed = Array(repeating: "twelve", count: 200).joined(separator: "\t")
        let sentences = splitter.split(tabbed)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.byteEnd - $0.byteStart <= 100 + "twelve".utf8.count })
        #expect(sentences.map(\.text).joined(separator: "\t") == tabbed)
    }
}

@Suite struct RecentNamesTests {
    @Test func aRepeatedNameIsKeptOnceAtItsLatestMention() {
        var names = RecentNames()
        for name in ["the ministry", "John Smith", "the ministry", "the ministry"] { names.append(name) }
        #expect(names.entries.map(\.name) == ["John Smith", "the ministry"])
        #expect(names.last(where: { $0.isPerson })?.name == "John Smith")
        #expect(names.last?.name == "the ministry")
    }

    @Test func theOldestNamesDropOutPastTheLimit() {
        var names = RecentNames(limit: 3)
        for name in ["Alpha Agency", "Beta Office", "Gamma Service", "Delta Police"] { names.append(name) }
        #expect(names.entries.map(\.name) == ["Beta Office", "Gamma Service", "Delta Police"])
    }

    @Test func personsAndPluralsAreReadFromTheWords() {
        #expect(RecentNames.isPerson("Defence Minister John Smith"))
        #expect(!RecentNames.isPerson("the president's office"))
        #expect(RecentNames.isPerson("the ministry spokesman"))
        #expect(RecentNames.isPlural("Officials"))
        #expect(!RecentNames.isPlural("the press"))
    }
}

@Suite struct HeadlineRepeatTests {
    @Test func aHeadlineRepeatedInTheBodyIsReadOnceEvenInAnotherUnicodeForm() {
        // The title in decomposed form (e + combining acute), the body in composed form.
        let title = "Cafe\u{301} attack: 12 people were killed"
        let article = Article(
            path: "a.html", title: title,
            paragraphs: ["Caf\u{E9} attack: 12 people were killed", "Police said 3 soldiers died."])
        let claims = ClaimExtractor().extract(from: article)
        #expect(claims.filter { $0.value == 12 }.count == 1)
        #expect(claims.first { $0.value == 12 }?.start != -1)
    }
}
