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
