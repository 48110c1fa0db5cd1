import Foundation
import Testing

@testable import ClaimKit

/// Runs the extractor over inline text (one paragraph per line).
func extract(_ text: String, aliases: SpeakerAliases = .default) -> [Claim] {
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    return ClaimExtractor(aliases: aliases).extract(from: Article(path: "inline.txt", paragraphs: paragraphs))
}

/// A compact view of a claim for expectations: "category value[-upper] qualifier [unit] «subject» @speaker".
func brief(_ c: Claim) -> String {
    var s = "\(c.category.rawValue) \(JSONObjectWriter.number(c.value))"
    if let u = c.upper { s += "-\(JSONObjectWriter.number(u))" }
    s += " \(c.qualifier.rawValue)"
    if let unit = c.unit { s += " \(unit)" }
    s += " «\(c.subject)»"
    if let speaker = c.speaker { s += " @\(speaker)" }
    return s
}

/// The money claims of `text` as "value subject" (what each sum is said to measure).
func moneySubjects(_ text: String) -> [String] {
    extract(text).filter { $0.category == .money }.map { "\(JSONObjectWriter.number($0.value)) \($0.subject)" }
}

/// The claims of `text` in scored categories, briefly.
func scored(_ text: String) -> [String] {
    extract(text).filter { ClaimCategory.scored.contains($0.category) }.map(brief)
}

/// Reads "[[four police officers]] and two civilians" markup: the text without brackets and the marked spans.
func marked(_ markup: String) -> (text: String, spans: [String]) {
    var text = ""
    var spans: [String] = []
    var rest = Substring(markup)
    while let open = rest.range(of: "[[") {
        text += rest[..<open.lowerBound]
        guard let close = rest[open.upperBound...].range(of: "]]") else { break }
        let span = String(rest[open.upperBound..<close.lowerBound])
        spans.append(span)
        text += span
        rest = rest[close.upperBound...]
    }
    text += rest
    return (text, spans)
}
