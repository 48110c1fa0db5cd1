import Foundation

extension ContentExtractor {
    // MARK: - The lead

    /// The article's lead when it stands before the body outside the chosen boxes: the nearest box classed
    /// as a lead (`BoilerplatePatterns.leadSubstrings`) among the boxes before `body` and before its wrappers,
    /// holding a sentence or two of prose and few links. The search stops at a box of much prose (an earlier
    /// article on the same page) and at the page's top-level boxes.
    func leadBox(before body: Int, outside roots: [Int]) -> Int? {
        let nodes = document.nodes
        var node = body
        for _ in 0..<6 {
            let parent = Int(nodes[node].parent)
            guard parent >= 0, nodes[parent].tag != "body", nodes[parent].tag != "html" else { return nil }
            var isNearest = true
            for sibling in document.children(of: parent).reversed() where sibling < node {
                if nodes[sibling].isText || isHidden(sibling) || classWeight[sibling] < -1 { continue }
                if roots.contains(where: { $0 <= sibling && sibling < document.subtreeEnd(of: $0) }) { return nil }
                if let lead = leadInside(sibling) { return lead }
                if isNearest && textLength[sibling] > 0 {
                    isNearest = false
                    if isUnclassedLead(sibling) { return sibling }
                }
                if nonLinkLength(sibling) > 1500 { return nil }
            }
            node = parent
        }
        return nil
    }

    /// The first element under `box` (or `box` itself) classed as a lead that reads as one: 50 to 1200 bytes
    /// of text with few links, not hidden, not a consent box.
    private func leadInside(_ box: Int) -> Int? {
        guard nonLinkLength(box) >= 50 else { return nil }
        var j = box
        let end = document.subtreeEnd(of: box)
        while j < end {
            let node = document.nodes[j]
            if node.isText { j += 1; continue }
            // Empty boxes, menus and links (other articles' teasers) hold no lead: skipped whole, cheaply.
            if textLength[j] == 0 || linkDensity(j) > 0.5 || classWeight[j] < -1 || tagFlags[j] & TagFlag.link != 0 {
                j = document.subtreeEnd(of: j)
                continue
            }
            if node.attributeCount > 0, ClassNameJudge.isLead(document.attributes(of: j)) {
                if isHidden(j) { j = document.subtreeEnd(of: j); continue }
                let length = nonLinkLength(j)
                // A heading classed as a lead is a deck line, which news bodies leave out.
                let isHeading = node.tag.count == 2 && node.tag.hasPrefix("h") && node.tag != "hr"
                if length >= 50 && length <= 1200 && linkDensity(j) < 0.3 && !isHeading && readsAsLead(j) { return j }
                if length >= 50 { j = document.subtreeEnd(of: j); continue }
            }
            j += 1
        }
        return nil
    }

    /// True when box `i`, right before the body with no class naming it, reads as the article's lead:
    /// a paragraph or box of one to three sentences of prose (80 to 1200 bytes, few links) inside the article.
    private func isUnclassedLead(_ i: Int) -> Bool {
        let tag = document.nodes[i].tag
        guard tag == "p" || tag == "div", !removed[i], classWeight[i] >= 0 else { return false }
        let length = nonLinkLength(i)
        guard length >= 80 && length <= 1200 && linkDensity(i) < 0.2 && readsAsLead(i) else { return false }
        var a = Int(document.nodes[i].parent)
        while a >= 0 {
            if document.nodes[a].tag == "article" { return true }
            a = Int(document.nodes[a].parent)
        }
        return false
    }

    /// True when the text of `i` is a sentence or a few, not a run of short labels (ratings, pros and cons):
    /// at most three blocks, all kept, one of them at least 50 bytes long.
    private func readsAsLead(_ i: Int) -> Bool {
        let blocks = blocks(under: i)
        guard !blocks.isEmpty, blocks.count <= 3, blocks.allSatisfy({ keeps($0) }) else { return false }
        return blocks.contains { $0.text.utf8.count >= 50 }
    }
}
