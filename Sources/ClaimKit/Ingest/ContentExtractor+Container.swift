import Foundation

extension ContentExtractor {
    // MARK: - Choosing the container

    /// Scores paragraphs into their ancestors and returns the best container.
    func bestContainer(in range: Range<Int>) -> Int? {
        let nodes = document.nodes
        var score = [Double](repeating: 0, count: nodes.count)
        var isCandidate = [Bool](repeating: false, count: nodes.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let node = nodes[i]
            if node.isText { i += 1; continue }
            // Text in a link is a teaser, never the article (boxes inside a link would read as prose: no link text).
            if removed[i] || tagFlags[i] & TagFlag.link != 0 { i = document.subtreeEnd(of: i); continue }
            let isParagraph = tagFlags[i] & TagFlag.paragraph != 0
            let isTextBox =
                !isParagraph && (node.tag == "div" || node.tag == "section" || node.tag == "article")
                && hasDirectText(i)
            if isParagraph || isTextBox {
                // A box holding loose text (no <p>) is its own paragraph and its own first candidate.
                let (length, commaCount) =
                    isParagraph ? (Double(nonLinkLength(i)), Double(commas[i])) : directText(of: i)
                if length >= 25 {
                    let contentScore = 1 + commaCount + min(length / 100, 3)
                    var ancestor = isTextBox ? i : Int(node.parent)
                    var level = 0
                    while ancestor >= 0 && level < 5 {
                        if !isCandidate[ancestor] {
                            isCandidate[ancestor] = true
                            score[ancestor] = initialScore(ancestor)
                        }
                        score[ancestor] += contentScore / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                        ancestor = Int(nodes[ancestor].parent)
                        level += 1
                    }
                }
            }
            i += 1
        }
        var best: Int? = nil
        var bestScore = -Double.infinity
        for c in range where isCandidate[c] {
            let s = score[c] * (1 - linkDensity(c))
            if s > bestScore { bestScore = s; best = c }
        }
        if debugEnabled { debugCandidates(range.filter { isCandidate[$0] }, score: score) }
        guard var top = best else { return nil }
        // Climb while the parent holds clearly more prose: articles split into several boxes.
        while true {
            let parent = Int(nodes[top].parent)
            if parent < 0 || nodes[parent].tag == "body" || nodes[parent].tag == "html" { break }
            let mine = Double(nonLinkLength(top)), theirs = Double(proseLength(parent))
            if isCandidate[parent] && theirs > mine * 1.0
                && score[parent] * (1 - linkDensity(parent)) >= bestScore * 0.5 && mine < theirs * 0.66
            {
                top = parent
            } else {
                break
            }
        }
        // One entry of a stream (a forum post, a ticker entry) stands for the whole stream.
        let box = bodyBox(around: top) ?? top
        return streamBox(around: box) ?? box
    }

    /// The nearest box above `top` (up to eight levels) whose class/id names an article body, when it holds
    /// clearly more prose than `top` with few links: the publisher's own mark of the whole body, which
    /// page builders cut into rows and columns that no single box covers.
    func bodyBox(around top: Int) -> Int? {
        let nodes = document.nodes
        var a = Int(nodes[top].parent)
        var level = 0
        while a >= 0 && level < 8 && nodes[a].tag != "body" && nodes[a].tag != "html" {
            if removed[a] { return nil }
            if classWeight[a] > 0 && nodes[a].attributeCount > 0 && ClassNameJudge.isBody(document.attributes(of: a)) {
                let mine = proseLength(top), theirs = proseLength(a)
                return theirs > mine + mine / 2 && linkDensity(a) < 0.3 ? a : nil
            }
            a = Int(nodes[a].parent)
            level += 1
        }
        return nil
    }

    /// The element whose text best matches the page's own JSON-LD `articleBody`, when the page has one:
    /// the publisher's statement of what the article text is, a strong hint for where it sits in the markup.
    /// Word pairs are compared; the element with the best balance of coverage and purity wins.
    func containerMatching(_ body: String?) -> Int? {
        guard let body, body.utf8.count >= 400 else { return nil }
        let bodyPairs = Set(WordPairs.hashes(of: body))
        guard bodyPairs.count >= 40 else { return nil }
        let nodes = document.nodes
        var matched = [Int32](repeating: 0, count: nodes.count)
        var total = [Int32](repeating: 0, count: nodes.count)
        var i = nodes.count - 1
        while i >= 0 {
            if nodes[i].isText && textLength[i] > 0 && !isUnderRemoved(i) {
                for pair in document.withText(of: i, { WordPairs.hashes(of: $0) }) {
                    total[i] += 1
                    if bodyPairs.contains(pair) { matched[i] += 1 }
                }
            }
            let parent = Int(nodes[i].parent)
            if parent >= 0 { matched[parent] += matched[i]; total[parent] += total[i] }
            i -= 1
        }
        var best: Int?
        var bestF1 = 0.0
        let wanted = Double(bodyPairs.count)
        for e in nodes.indices where !nodes[e].isText && total[e] > 0 {
            let recall = min(1, Double(matched[e]) / wanted)
            let precision = Double(matched[e]) / Double(total[e])
            guard recall >= 0.6, precision >= 0.5 else { continue }
            let f1 = 2 * recall * precision / (recall + precision)
            if f1 > bestF1 + 0.001 { bestF1 = f1; best = e }
        }
        return best
    }

    /// True when a pruned element encloses `i`.
    func isUnderRemoved(_ i: Int) -> Bool {
        var a = Int(document.nodes[i].parent)
        while a >= 0 {
            if removed[a] { return true }
            a = Int(document.nodes[a].parent)
        }
        return false
    }

    /// Text under `i` outside pruned subtrees and links.
    func proseLength(_ i: Int) -> Int32 {
        var total: Int32 = 0
        var j = i + 1
        let end = document.subtreeEnd(of: i)
        while j < end {
            if removed[j] { j = document.subtreeEnd(of: j); continue }
            if document.nodes[j].isText { total += textLength[j] }
            j += 1
        }
        return total - linkLength[i]
    }

    /// Prose length and commas of the loose text of `i`: text and inline children, not nested blocks.
    func directText(of i: Int) -> (length: Double, commas: Double) {
        var length: Int32 = 0, commaCount: Int32 = 0
        var child = document.nodes[i].firstChild
        while child >= 0 {
            let c = Int(child)
            if !removed[c] && (document.nodes[c].isText || !isBlock(c)) {
                length += nonLinkLength(c)
                commaCount += commas[c]
            }
            child = document.nodes[c].nextSibling
        }
        return (Double(length), Double(commaCount))
    }

    func hasDirectText(_ i: Int) -> Bool {
        var child = document.nodes[i].firstChild
        while child >= 0 {
            if document.nodes[Int(child)].isText && textLength[Int(child)] >= 20 { return true }
            child = document.nodes[Int(child)].nextSibling
        }
        return false
    }

    /// Prose (non-link bytes) from which a box named as content gets the whole class bonus: a few paragraphs.
    static let fullContentBonusProse = 1600.0

    func initialScore(_ i: Int) -> Double {
        var s: Double
        switch document.nodes[i].tag {
        case "div", "article", "main", "section": s = 5
        case "pre", "td", "blockquote": s = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
        default: s = 0
        }
        if classWeight[i] > 0 {
            // A name that reads as content ("field-content", "text-white") earns its whole bonus only on a box
            // with an article's worth of prose: on a teaser's blurb it would outweigh a body of unnamed paragraphs.
            s += 25 * min(1, Double(nonLinkLength(i)) / Self.fullContentBonusProse)
        } else {
            s += Double(classWeight[i]) * 25
        }
        if document.attribute(of: i, "itemprop")?.lowercased() == "articlebody" { s += 50 }
        return s
    }

    /// True when most of the text of box `i` sits in paragraphs that read as prose (not link-dense,
    /// at least one of sentence length): more of the article, not a list of links or a form.
    func readsAsProse(_ i: Int) -> Bool {
        let total = nonLinkLength(i)
        guard total >= 80, linkDensity(i) < 0.25 else { return false }
        var inParagraphs: Int32 = 0
        var longest: Int32 = 0
        var linkBlocks = 0
        var j = i + 1
        let end = document.subtreeEnd(of: i)
        while j < end {
            let node = document.nodes[j]
            if node.isText { j += 1; continue }
            if removed[j] || isDroppedInside(j) { j = document.subtreeEnd(of: j); continue }
            if tagFlags[j] & TagFlag.link != 0 {
                // A link that is a whole line of its own (a teaser's headline), not a link inside a sentence.
                if textLength[j] >= 15 && isWholeBlock(j) { linkBlocks += 1; if linkBlocks >= 2 { return false } }
                j = document.subtreeEnd(of: j)
                continue
            }
            if tagFlags[j] & TagFlag.paragraph != 0 || node.tag == "li" {
                let length = nonLinkLength(j)
                if linkDensity(j) < 0.3 {
                    inParagraphs += length
                    longest = max(longest, length)
                }
            }
            j += 1
        }
        return longest >= 60 && Double(inParagraphs) >= 0.5 * Double(total)
    }

    /// True when link `i` holds all the text of the nearest block around it.
    func isWholeBlock(_ i: Int) -> Bool {
        var a = Int(document.nodes[i].parent)
        while a >= 0 && !isBlock(a) { a = Int(document.nodes[a].parent) }
        return a >= 0 && textLength[a] <= textLength[i] + textLength[i] / 10
    }

    /// `chosen`, plus the paragraphs that sit beside it inside the wrappers up to `top` (an article whose
    /// first paragraphs stand in the wrapper and the rest in a nested box), in document order.
    func rootsBetween(_ top: Int, _ chosen: Int) -> [Int] {
        if top == chosen { return [chosen] }
        var roots: [Int] = []
        for child in document.children(of: top) {
            let node = document.nodes[child]
            if child <= chosen && chosen < document.subtreeEnd(of: child) {
                roots += rootsBetween(child, chosen)
            } else if !node.isText && !removed[child] && !isDroppedInside(child) {
                // Before the body: opening paragraphs. After it, a lone short paragraph is more often a promo or a bio.
                let before = child < chosen
                let isParagraph =
                    node.tag == "p" && nonLinkLength(child) > (before ? 80 : 300) && linkDensity(child) < 0.25
                if isParagraph || ((before || nonLinkLength(child) >= 300) && readsAsProse(child)) {
                    roots.append(child)
                }
            }
        }
        return roots
    }
}
