/// A parsed HTML page as plain Swift values: one flat array of nodes in document order.
///
/// Built once from libxml2's tree by `HTMLParser`; every extraction rule reads this, never C.
/// Children always come after their parent, so a reverse loop visits children before parents.
package struct HTMLDocument: Sendable {
    /// One element or text node.
    package struct Node: Sendable {
        /// Lower-case tag name; empty for a text node.
        package var tag: String
        /// Where a text node's raw bytes sit in `HTMLDocument.textBytes` (white space not yet collapsed).
        package var textStart: Int32 = 0
        package var textCount: Int32 = 0
        package var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        var depth: Int32
        /// One past the last descendant; filled in when the tree is complete.
        var end: Int32 = 0
        /// Where this element's kept attributes sit in `HTMLDocument.attributes`.
        package var attributeStart: Int32 = 0
        package var attributeCount: Int32 = 0

        var isText: Bool { tag.isEmpty }

        package init(tag: String, parent: Int32, depth: Int32) {
            self.tag = tag
            self.parent = parent
            self.depth = depth
        }

    }

    package var nodes: [Node] = []
    /// The few attributes the rules read (id, class, itemprop, role, href, rel, name, property, content, ...),
    /// element after element; names are lower case.
    package var attributes: [(name: String, value: String)] = []
    /// The UTF-8 bytes of all text nodes, one after another (no per-node strings on the hot path).
    package var textBytes: [UInt8] = []
    /// Texts of `<script type="application/ld+json">` blocks, in document order.
    package var jsonLD: [String] = []
    /// Elements the metadata reader looks at (meta, link, title, h1, time, a, and any with itemprop), in order.
    package var metadataNodes: [Int32] = []
    /// Elements that a picture (`img`, `picture`) opens, before any of their text. Pictures are not kept as
    /// nodes; the body extractor reads a short text right after one as its caption.
    package var imageOpened: [Int32] = []
    /// The deepest element nesting seen.
    package var maxDepth: Int = 0

    /// An empty document (builders fill it).
    package init() {}

    /// Appends `node` as the last child of its parent (or as a root when its parent is -1).
    package mutating func append(_ node: Node) {
        let index = Int32(nodes.count)
        let parent = node.parent
        nodes.append(node)
        if parent >= 0 {
            let last = nodes[Int(parent)].lastChild
            if last >= 0 { nodes[Int(last)].nextSibling = index } else { nodes[Int(parent)].firstChild = index }
            nodes[Int(parent)].lastChild = index
        }
    }

    /// Fills in every node's `end` once the tree is complete.
    package mutating func fillSubtreeEnds() {
        // Children come after their parent, so a reverse pass sees them first.
        var i = nodes.count - 1
        while i >= 0 {
            let last = nodes[i].lastChild
            nodes[i].end = last >= 0 ? nodes[Int(last)].end : Int32(i + 1)
            i -= 1
        }
    }

    /// Indices of the children of `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(Int(child))
            child = nodes[Int(child)].nextSibling
        }
        return result
    }

    /// The text under `index` with white space collapsed to single spaces and trimmed.
    func collapsedText(of index: Int) -> String {
        var builder = TextBuilder()
        let end = subtreeEnd(of: index)
        var i = index
        while i < end {
            if nodes[i].isText { withText(of: i) { builder.append(bytes: $0) } }
            i += 1
        }
        return builder.finish()
    }

    /// The kept attributes of element `index`.
    func attributes(of index: Int) -> ArraySlice<(name: String, value: String)> {
        let start = Int(nodes[index].attributeStart)
        return attributes[start..<(start + Int(nodes[index].attributeCount))]
    }

    /// The value of attribute `name` (lower case) of element `index`, if present.
    func attribute(of index: Int, _ name: String) -> String? {
        let start = Int(nodes[index].attributeStart), end = start + Int(nodes[index].attributeCount)
        var k = start
        while k < end {
            if attributes[k].name == name { return attributes[k].value }
            k += 1
        }
        return nil
    }

    /// Calls `body` with the raw UTF-8 bytes of text node `index`.
    func withText<R>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = Int(nodes[index].textStart), count = Int(nodes[index].textCount)
        return textBytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[start..<(start + count)]))
        }
    }

    /// The raw text of text node `index`.
    func text(of index: Int) -> String { withText(of: index) { String(decoding: $0, as: UTF8.self) } }

    /// The index just past the last descendant of `index` (descendants are contiguous in document order).
    func subtreeEnd(of index: Int) -> Int { Int(nodes[index].end) }
}
