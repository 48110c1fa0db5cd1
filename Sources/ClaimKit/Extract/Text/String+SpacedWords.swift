extension String {
    /// The words between spaces, as `split(separator: " ")` gives them, found by a byte scan when
    /// the string is ASCII (each character is then one byte, so the splits are the same); other
    /// strings take `split`, whose character walk keeps a space with a combining mark whole.
    func spacedWords() -> [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
        var words: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if start != i { words.append(self[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { words.append(self[start..<utf8.endIndex]) }
        return words
    }
}
