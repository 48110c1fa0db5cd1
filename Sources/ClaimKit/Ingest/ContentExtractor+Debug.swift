import Foundation

extension ContentExtractor {
    // MARK: - Debug output (CLAIMS_DEBUG set): why a box was chosen

    private static let debugEnabledOnce = ProcessInfo.processInfo.environment["CLAIMS_DEBUG"] != nil
    var debugEnabled: Bool { Self.debugEnabledOnce }

    func debugLine(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }

    /// Node index, tag, class, id and [prose/text] bytes of element `i`.
    func label(_ i: Int) -> String {
        let tag = document.nodes[i].tag
        let cls = document.attribute(of: i, "class") ?? "", id = document.attribute(of: i, "id") ?? ""
        return "\(i) \(tag).\(cls)#\(id)[\(nonLinkLength(i))/\(textLength[i])]"
    }

    /// The chosen box with its ancestors, outermost first.
    func debugPrint(_ top: Int) {
        var path: [String] = []
        var i = top
        while i >= 0 {
            path.append(label(i))
            i = Int(document.nodes[i].parent)
        }
        debugLine("top: " + path.reversed().joined(separator: " > "))
    }

    /// The eight best-scored candidates with their scores after the link discount.
    func debugCandidates(_ candidates: [Int], score: [Double]) {
        let ranked = candidates.map { ($0, score[$0] * (1 - linkDensity($0))) }.sorted { $0.1 > $1.1 }
        for (c, s) in ranked.prefix(8) {
            debugLine("candidate \(String(format: "%.2f", s)) raw \(score[c]): \(label(c))")
        }
    }
}
