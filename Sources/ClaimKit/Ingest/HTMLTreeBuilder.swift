/// Builds an `HTMLDocument` straight from the parser's events (start tag, text, end tag), so libxml2
/// never builds a tree of its own that we would copy and free.
///
/// It places every node where libxml2's own tree builder (`xmlSAX2StartElement`, `xmlSAX2Characters`)
/// would, then keeps what `HTMLDocument` keeps: the root element's subtree without dropped elements
/// (scripts, styles, forms controls, media), and only the attributes the rules read. A test compares it
/// node for node with the tree libxml2 builds.
package struct HTMLTreeBuilder {
    private(set) var document = HTMLDocument()
    /// Copies of the open elements, innermost last (elements inside a skipped subtree are not here).
    private var open: [Int32] = []
    /// Open elements inside a skipped subtree, counting the skipped element itself; 0 when copying.
    private var skipDepth = 0
    /// The copy of the document's root element, once it has been opened (-1 when it was skipped).
    private var root: Int32 = -1
    private var rootSeen = false
    /// A doctype, comment or processing instruction came before the root. libxml2 then makes later
    /// top-level elements the root's siblings (which we drop); without one it appends them to the root.
    private var documentHasEarlierChild = false
    /// The previous event appended text to the current element's last child, so more text extends it.
    private var textContinues = false
    /// The text of the `<script type="application/ld+json">` being read, if one is open.
    private var jsonLD: [UInt8]?

    init() {
        document.nodes.reserveCapacity(4096)
        document.textBytes.reserveCapacity(64 * 1024)
    }

    /// A start tag named `name` (lower-case UTF-8 bytes). `attributes` calls its argument once per
    /// attribute with the name and the decoded value bytes.
    mutating func startElement(
        name: UnsafeBufferPointer<UInt8>,
        attributes: ((UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) -> Void
    ) {
        textContinues = false
        if skipDepth > 0 { skipDepth += 1; return }
        let parent: Int32
        if let last = open.last {
            parent = last
        } else if !rootSeen {
            rootSeen = true
            parent = -1
        } else if !documentHasEarlierChild && root >= 0 {
            parent = root
        } else {
            skipDepth = 1  // a top-level sibling of the root
            return
        }
        noteChild(of: parent)
        let (tag, kind) = HTMLTreeBuilder.tagName(name)
        switch kind {
        case .dropped:
            skipDepth = 1
            if tag == "img" || tag == "picture", parent >= 0, !hasText(since: Int(parent) + 1) {
                document.imageOpened.append(parent)
            }
            return
        case .script:
            skipDepth = 1
            var isJSONLD = false
            attributes { attributeName, value in
                if HTMLTreeBuilder.equalsLowerCased(attributeName, HTMLTreeBuilder.typeBytes),
                    ByteSearch.contains(HTMLTreeBuilder.lowerCased(value), HTMLTreeBuilder.ldJSONBytes)
                {
                    isJSONLD = true
                }
            }
            if isJSONLD { jsonLD = [] }
            return
        case .plain, .metadata:
            break
        }
        let index = Int32(document.nodes.count)
        let attributeStart = document.attributes.count
        var isMetadata = kind == .metadata
        attributes { attributeName, value in
            guard let kept = HTMLTreeBuilder.keptAttributeName(attributeName) else { return }
            document.attributes.append((kept, String(decoding: value, as: UTF8.self)))
            if kept == "itemprop" || (kept == "rel" && tag == "a") { isMetadata = true }
        }
        if isMetadata { document.metadataNodes.append(index) }
        var element = HTMLDocument.Node(
            tag: tag, parent: parent, depth: parent >= 0 ? document.nodes[Int(parent)].depth + 1 : 0)
        element.attributeStart = Int32(attributeStart)
        element.attributeCount = Int32(document.attributes.count - attributeStart)
        document.append(element)
        if parent < 0 { root = index }
        open.append(index)
    }

    /// True when a text node from `start` on holds more than white space (the text so far of an open element,
    /// whose descendants are the nodes after it).
    private func hasText(since start: Int) -> Bool {
        var k = start
        while k < document.nodes.count {
            let node = document.nodes[k]
            if node.isText {
                let end = Int(node.textStart + node.textCount)
                for b in Int(node.textStart)..<end where document.textBytes[b] > 0x20 { return true }
            }
            k += 1
        }
        return false
    }

    /// The end of the innermost open element (libxml2 closes elements in nesting order, whatever the name).
    mutating func endElement() {
        textContinues = false
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0, let text = jsonLD {
                document.jsonLD.append(String(decoding: text, as: UTF8.self))
                jsonLD = nil
            }
            return
        }
        if !open.isEmpty { open.removeLast() }
    }

    /// Character data; consecutive pieces join into one text node, as in libxml2's tree.
    /// `isCDATA` marks a raw-text block (script or style body), which never joins with its neighbours.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool = false) {
        if skipDepth > 0 {
            if skipDepth == 1 && jsonLD != nil { jsonLD!.append(contentsOf: bytes) }
            return
        }
        guard let parent = open.last else { return }
        if textContinues && !isCDATA {
            document.nodes[document.nodes.count - 1].textCount += Int32(bytes.count)
            document.textBytes.append(contentsOf: bytes)
            return
        }
        noteChild(of: parent)
        var node = HTMLDocument.Node(tag: "", parent: parent, depth: document.nodes[Int(parent)].depth + 1)
        node.textStart = Int32(document.textBytes.count)
        node.textCount = Int32(bytes.count)
        document.textBytes.append(contentsOf: bytes)
        document.append(node)
        textContinues = !isCDATA
    }

    /// A comment or processing instruction: not kept, but it separates text nodes.
    mutating func comment() {
        textContinues = false
        if skipDepth > 0 { return }
        if let parent = open.last { noteChild(of: parent) } else if !rootSeen { documentHasEarlierChild = true }
    }

    /// A doctype declaration.
    mutating func doctype() {
        if !rootSeen { documentHasEarlierChild = true }
    }

    /// The finished document: subtree ends filled in.
    mutating func finish() -> HTMLDocument {
        document.fillSubtreeEnds()
        return document
    }

    /// Depth bookkeeping: an element with any child (kept or not) reaches one level deeper.
    private mutating func noteChild(of parent: Int32) {
        guard parent >= 0 else { return }
        let depth = Int(document.nodes[Int(parent)].depth) + 1
        if depth > document.maxDepth { document.maxDepth = depth }
    }
}

extension HTMLTreeBuilder {
    /// Tags whose whole subtree is never text a reader sees.
    static let droppedTags: Set<String> = [
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "source", "track", "map", "select", "option", "textarea", "button",
        "input", "picture", "img", "dialog",
    ]

    /// Attributes copied into the document; everything else is left behind.
    static let keptAttributes: Set<String> = [
        "id", "class", "itemprop", "itemtype", "role", "href", "rel", "name", "property", "content",
        "datetime", "type", "hidden", "aria-hidden", "style", "http-equiv", "charset", "lang",
    ]

    private static let metadataTags: Set<String> = ["meta", "link", "title", "h1", "time"]
    private static let ldJSONBytes = Array("ld+json".utf8)
    private static let typeBytes = Array("type".utf8)

    /// What the builder does with an element.
    package enum TagKind { case plain, dropped, metadata, script }

    /// Common tag names as bytes, grouped by length, with their interned string and kind.
    private static let tagTable: [[([UInt8], String, TagKind)]] = {
        var table = [[([UInt8], String, TagKind)]](repeating: [], count: 16)
        let common = [
            "a", "p", "div", "span", "li", "ul", "ol", "b", "i", "em", "strong", "br", "hr", "img", "h2", "h3", "h4",
            "h5", "h6",
            "section", "article", "main", "header", "footer", "nav", "aside", "figure", "figcaption", "table", "tr",
            "td", "th",
            "tbody", "thead", "blockquote", "pre", "code", "small", "sup", "sub", "u", "form", "label", "body", "html",
            "head",
            "dl", "dt", "dd", "time", "cite", "q", "abbr", "font", "center", "iframe", "input", "button",
        ]
        var seen = Set<String>()
        for name in common + Array(droppedTags) + Array(metadataTags) + ["script"] where seen.insert(name).inserted {
            let kind: TagKind =
                name == "script"
                ? .script : droppedTags.contains(name) ? .dropped : metadataTags.contains(name) ? .metadata : .plain
            table[name.utf8.count].append((Array(name.utf8), name, kind))
        }
        return table
    }()

    /// The lower-case tag name and its kind; common tags come interned (no string built, no hashing).
    package static func tagName(_ name: UnsafeBufferPointer<UInt8>) -> (String, TagKind) {
        if name.count < 16 {
            for (bytes, string, kind) in tagTable[name.count] where equalsLowerCased(name, bytes) {
                return (string, kind)
            }
        }
        let tag = String(decoding: lowerCased(name), as: UTF8.self)
        return (
            tag,
            droppedTags.contains(tag)
                ? .dropped : metadataTags.contains(tag) ? .metadata : tag == "script" ? .script : .plain
        )
    }

    /// Kept attribute names as bytes, grouped by length, with the interned string for each.
    private static let keptAttributeTable: [[([UInt8], String)]] = {
        var table = [[([UInt8], String)]](repeating: [], count: 16)
        for name in keptAttributes { table[name.utf8.count].append((Array(name.utf8), name)) }
        return table
    }()

    /// The kept attribute `name` matches (ASCII case-insensitively), without building a string for the others.
    package static func keptAttributeName(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        guard name.count < 16 else { return nil }
        for (bytes, string) in keptAttributeTable[name.count] where equalsLowerCased(name, bytes) { return string }
        return nil
    }

    /// True when `bytes`, ASCII lower-cased, equal `lower` (which is lower case).
    private static func equalsLowerCased(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: [UInt8]) -> Bool {
        guard bytes.count == lower.count else { return false }
        var k = 0
        while k < bytes.count {
            let c = bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] + 32 : bytes[k]
            if c != lower[k] { return false }
            k += 1
        }
        return true
    }

    private static func lowerCased(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    }
}
