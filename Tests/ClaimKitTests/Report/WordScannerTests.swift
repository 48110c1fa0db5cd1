import Testing

@testable import ClaimKit

@Suite struct WordScannerTests {
    /// The words as the report first defined them: the lower-cased text split at every scalar that is no word scalar.
    static func reference(_ text: String) -> [String] {
        var out: [String] = [], current = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterClass.isWordScalar(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func scanned(_ text: String) -> [String] {
        var out: [String] = []
        WordScanner.forEachWord(text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    @Test(arguments: [
        "Four police officers were KILLED on Tuesday.",
        "The anti-personnel mine's blast — “a tragedy”, officials said… 1,200 km away",
        "Ölçülü İSTANBUL açıklaması: ÇOCUKLAR ve kadınlar",
        "ПОЛИЦЕЙСКИЕ погибли; Σοφία ΚΑΛΗΜΕΡΑ",
        "emoji 🚀 between\u{00A0}words\ttabs\nlines don’t split",
        "", "   ", "x", "ΑΒΓ-δεζ'",
    ])
    func scannerFindsTheWordsOfTheLowerCasedText(_ text: String) {
        #expect(Self.scanned(text) == Self.reference(text))
    }

    @Test func wordsAreSingularAndLowerCase() {
        #expect(
            SubjectKindTable.words("Policemen and CHILDREN, soldiers' bodies; glasses, boxes, bus") == [
                "policeman", "and", "child", "soldiers'", "body", "glass", "box", "bus",
            ])
        #expect(SubjectKindTable.words("Casualties ÇOCUKLAR") == ["casualty", "çocuklar"])
    }

    @Test(arguments: [
        "police", "officers", "casualties", "glasses", "boxes", "churches", "bushes", "status", "crisis",
        "class", "gas", "series", "its", "bus", "çocuklar", "años", "civilians",
    ])
    func byteSingularMatchesTheStringSingular(_ word: String) {
        let bytes = Array(word.utf8)
        #expect(
            bytes.withUnsafeBufferPointer { SubjectKindTable.singular(utf8: $0) } == SubjectKindTable.singular(word))
    }
}
