import Foundation

/// Finds the number (and the counted subject) of a claim in its sentence and marks them in HTML.
enum SentenceHighlighter {
    private static let units = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// Ways the number can be written: "2,728", "2728", "four", "a dozen", "25 billion", "$400m".
    static func spellings(_ value: Double) -> [String] {
        var out: [String] = []
        if value == value.rounded(), abs(value) < 1e15 {
            let n = Int(value)
            out += [NumberText.grouped(value), String(n)]
            if (0..<20).contains(n) { out.append(units[n]) }
            if (20..<100).contains(n) {
                out.append(n % 10 == 0 ? tens[n / 10] : tens[n / 10] + "-" + units[n % 10])
            }
            if n == 12 { out.append("dozen") }
        }
        for (scale, word, short) in [(1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m")]
        where abs(value) >= scale {
            let scaled = NumberText.grouped((value / scale * 100).rounded() / 100)
            out += [scaled + " " + word, scaled + short, scaled + " " + short]
            break
        }
        return out
    }

    /// The sentence as escaped HTML with the claim's number in `<mark>` and its subject in `<u>`.
    static func html(_ claim: Claim) -> String {
        let sentence = claim.sentence
        var marks: [(Range<String.Index>, String)] = []
        let vague = VagueAmount.of(claim).map { [$0.words] } ?? []
        for value in [claim.value, claim.upper].compactMap({ $0 }) {
            for spelling in vague + spellings(value) {
                if let range = find(spelling, in: sentence), !marks.contains(where: { $0.0.overlaps(range) }) {
                    marks.append((range, "mark"))
                    break
                }
            }
        }
        if !claim.subject.isEmpty, let range = find(claim.subject, in: sentence),
            !marks.contains(where: { $0.0.overlaps(range) })
        {
            marks.append((range, "u"))
        }
        marks.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var cursor = sentence.startIndex
        for (range, tag) in marks where range.lowerBound >= cursor {
            out += HTMLRenderer.escape(String(sentence[cursor..<range.lowerBound]))
            out += "<\(tag)>" + HTMLRenderer.escape(String(sentence[range])) + "</\(tag)>"
            cursor = range.upperBound
        }
        return out + HTMLRenderer.escape(String(sentence[cursor...]))
    }

    /// The first case-insensitive occurrence of `needle` that starts and ends on word boundaries.
    static func find(_ needle: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let range = text.range(of: needle, options: [.caseInsensitive], range: from..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let boundary: (Character?) -> Bool = { ch in ch.map { !($0.isLetter || $0.isNumber) } ?? true }
            if boundary(before) && boundary(after) { return range }
            from = text.index(after: range.lowerBound)
        }
        return nil
    }
}
