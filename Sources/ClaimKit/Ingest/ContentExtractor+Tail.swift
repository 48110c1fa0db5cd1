extension ContentExtractor {
    // MARK: - The tail of the chosen box

    /// The tags of the boxes that may close a container after its article box: a box of any of these
    /// tags that holds no prose paragraph is a side column, a contact card or a teaser. A heading, list or
    /// table standing on its own after the article box may still be its end, so it keeps the tail.
    private static let tailBoxTags: Set<String> = ["div", "section", "aside", "form", "span"]

    /// Prunes the boxes that close `root` after its article text: when one child box holds nearly all of
    /// the root's paragraph prose, the small boxes after it that hold no prose paragraph are a side column,
    /// a contact card or a teaser, not more of the article (the container was chosen one level too high,
    /// around the article box and what stands beside it). Reads only the root's children.
    mutating func pruneTail(of root: Int) {
        let nodes = document.nodes
        let prose = paragraphProse[root]
        guard prose >= 400 else { return }
        // The last child with prose: every element after it holds no prose paragraph.
        var main = -1
        for child in document.children(of: root) where !nodes[child].isText && !removed[child] {
            if paragraphProse[child] > 0 { main = child }
        }
        guard main >= 0, paragraphProse[main] * 10 >= prose * 9, isBlock(main), nodes[main].tag != "p" else {
            return
        }
        var tail: [Int] = []
        var tailText: Int32 = 0
        var sibling = Int(nodes[main].nextSibling)
        while sibling >= 0 {
            let node = nodes[sibling]
            if !node.isText && !removed[sibling] && textLength[sibling] > 0 {
                guard Self.tailBoxTags.contains(node.tag) else { return }
                tail.append(sibling)
                tailText += textLength[sibling]
            }
            sibling = Int(node.nextSibling)
        }
        // A tail as long as a third of the article box is more than a card or a teaser beside it.
        guard !tail.isEmpty, tailText * 3 <= textLength[main] else { return }
        if debugEnabled { for box in tail { debugLine("tail pruned: \(label(box))") } }
        for box in tail { removed[box] = true }
    }
}

extension ContentExtractor {
    // MARK: - Lines closing the body

    /// Removes the short lines that close the body without saying anything (at most two, and only from a
    /// body of more than three paragraphs) and returns them, last first. Such lines head the boxes that
    /// follow an article, in any language: a label ending in a colon or a question mark ("Contact:", "Was
    /// this article helpful?"), or a subheading that is not a sentence ("Write a comment", "Related news"):
    /// a subheading opens a part of the article, so one with nothing after it is the title of a box that was
    /// left out. `isHeading` tells which paragraphs are subheadings.
    static func trimClosingLabels(_ paragraphs: inout [String], isHeading: [Bool]) -> [String] {
        var removed: [String] = []
        while removed.count < 2, paragraphs.count > 3, let last = paragraphs.last {
            let heading = paragraphs.count <= isHeading.count && isHeading[paragraphs.count - 1]
            guard isTrailingLabel(last) || (heading && !endsAsSentence(last)) else { break }
            removed.append(paragraphs.removeLast())
        }
        return removed
    }

    /// A short line that announces something rather than says it: it ends with a colon or a question mark
    /// (a signature or a last short sentence stays).
    static func isTrailingLabel(_ line: String) -> Bool {
        guard line.utf8.count < 80, let end = line.unicodeScalars.last else { return false }
        return end == ":" || end == "?" || end == "："
    }

    /// True when `line` ends as a sentence does (a full stop, an exclamation or a question mark, before any
    /// closing quote or bracket): some pages set whole paragraphs of the article as subheadings.
    static func endsAsSentence(_ line: String) -> Bool {
        for scalar in line.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", ")", "]", "\u{201D}", "\u{201C}", "\u{2019}", "\u{BB}", "\u{AB}", " ": continue
            case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}": return true
            default: return false
            }
        }
        return false
    }

    /// True for the tags of subheadings (`h2`...`h6`; `h1` never reaches the body).
    static func isSubheading(_ tag: String) -> Bool {
        let bytes = tag.utf8
        guard bytes.count == 2, bytes.first == 0x68, let level = bytes.last else { return false }
        return level >= 0x32 && level <= 0x36
    }
}
