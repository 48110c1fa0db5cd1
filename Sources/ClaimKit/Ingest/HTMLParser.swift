internal import CLibXML2
import Foundation

/// The only door to libxml2: parses UTF-8 bytes and copies the tree into an `HTMLDocument`.
///
/// libxml2 is initialised and silenced once per process (`xmlInitParser`, no-op error handlers for
/// this thread and as the default for new threads). Separate documents then parse safely on separate threads.
enum HTMLParser {
    /// Tags whose whole subtree is never text a reader sees.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "source", "track", "map", "select", "option", "textarea", "button",
        "input", "picture", "img", "dialog",
    ]

    /// Attributes copied into the Swift tree; everything else is left behind.
    static let keptAttributes: Set<String> = [
        "id", "class", "itemprop", "itemtype", "role", "href", "rel", "name", "property", "content",
        "datetime", "type", "hidden", "aria-hidden", "style", "http-equiv", "charset", "lang",
    ]

    private static let ldJSONBytes = Array("ld+json".utf8)

    private static let metadataTags: Set<String> = ["meta", "link", "title", "h1", "time"]

    /// What the copy does with an element.
    private enum TagKind { case plain, dropped, metadata, script }

    /// Common tag names as bytes, grouped by length, with their interned string and kind.
    private static let tagTable: [[([UInt8], String, TagKind)]] = {
        var table = [[([UInt8], String, TagKind)]](repeating: [], count: 16)
        let common = ["a", "p", "div", "span", "li", "ul", "ol", "b", "i", "em", "strong", "br", "hr", "img", "h2", "h3", "h4", "h5", "h6",
                      "section", "article", "main", "header", "footer", "nav", "aside", "figure", "figcaption", "table", "tr", "td", "th",
                      "tbody", "thead", "blockquote", "pre", "code", "small", "sup", "sub", "u", "form", "label", "body", "html", "head",
                      "dl", "dt", "dd", "time", "cite", "q", "abbr", "font", "center", "iframe", "input", "button"]
        var seen = Set<String>()
        for name in common + Array(droppedTags) + Array(metadataTags) + ["script"] where seen.insert(name).inserted {
            let kind: TagKind = name == "script" ? .script : droppedTags.contains(name) ? .dropped : metadataTags.contains(name) ? .metadata : .plain
            table[name.utf8.count].append((Array(name.utf8), name, kind))
        }
        return table
    }()

    /// The lower-case tag name and its kind, interned for common tags (no string built, no hashing).
    private static func tagName(_ name: UnsafePointer<xmlChar>?) -> (String, TagKind) {
        guard let name else { return ("", .plain) }
        var length = 0
        while name[length] != 0 && length < 16 { length += 1 }
        if length < 16 {
            for (bytes, string, kind) in tagTable[length] {
                var k = 0
                while k < length {
                    let c = name[k] >= 0x41 && name[k] <= 0x5A ? name[k] + 32 : name[k]
                    if c != bytes[k] { break }
                    k += 1
                }
                if k == length { return (string, kind) }
            }
        }
        let tag = lowerCaseName(name)
        return (tag, droppedTags.contains(tag) ? .dropped : .plain)
    }

    /// Kept attribute names as bytes, grouped by length, with the interned Swift string for each.
    private static let keptAttributeTable: [[([UInt8], String)]] = {
        var table = [[([UInt8], String)]](repeating: [], count: 16)
        for name in keptAttributes { table[name.utf8.count].append((Array(name.utf8), name)) }
        return table
    }()

    /// The kept attribute `name` matches (ASCII case-insensitively), without building a string for the others.
    private static func keptAttributeName(_ name: UnsafePointer<xmlChar>?) -> String? {
        guard let name else { return nil }
        var length = 0
        while name[length] != 0 { length += 1; if length >= 16 { return nil } }
        for (bytes, string) in keptAttributeTable[length] {
            var k = 0
            while k < length {
                let c = name[k] >= 0x41 && name[k] <= 0x5A ? name[k] + 32 : name[k]
                if c != bytes[k] { break }
                k += 1
            }
            if k == length { return string }
        }
        return nil
    }

    private static let initialised: Bool = {
        xmlInitParser()
        claims_xml_silence()
        return true
    }()

    /// Parser options: recover from broken markup, say nothing, never touch the network, allow huge
    /// documents (without `XML_PARSE_HUGE` libxml2 silently stops at depth 256 and cuts 10 MB text nodes),
    /// and ignore `<meta charset>` because the bytes are already UTF-8.
    private static var options: Int32 {
        Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
    }

    /// Makes sure libxml2 is initialised and silent on this thread.
    static func prepare() {
        _ = initialised
        claims_xml_silence()
    }

    /// Parses `utf8` (valid UTF-8) into a Swift tree, or nil when libxml2 returns no document.
    static func parse(utf8 bytes: [UInt8]) -> HTMLDocument? {
        prepare()
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        return copyTree(of: doc)
    }

    /// Only `htmlReadMemory` and `xmlFreeDoc`: the floor that ingest speed is compared against.
    static func bareParse(utf8 bytes: [UInt8]) -> Bool {
        prepare()
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return false }
        xmlFreeDoc(doc)
        return true
    }

    /// Walks libxml2's tree without recursion and copies elements, text and kept attributes.
    private static func copyTree(of doc: htmlDocPtr) -> HTMLDocument {
        var document = HTMLDocument()
        document.nodes.reserveCapacity(4096)
        guard let root = xmlDocGetRootElement(doc) else { return document }
        // Stack of (libxml2 node, index of its copy); a node's children are pushed in reverse.
        var current: xmlNodePtr? = root
        var parentIndex: Int32 = -1
        var depth: Int32 = 0
        var maxDepth: Int32 = 0
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let (tag, kind) = tagName(node.pointee.name)
                if kind == .script {
                    if let type = attributeValue(node, "type"), ByteSearch.contains(ByteSearch.lowerASCII(type), ldJSONBytes) {
                        document.jsonLD.append(textContent(node))
                    }
                } else if kind != .dropped {
                    let index = Int32(document.nodes.count)
                    let attributeStart = document.attributes.count
                    var attr = node.pointee.properties
                    while let a = attr {
                        if let name = keptAttributeName(a.pointee.name) {
                            document.attributes.append((name, attributeText(a.pointee.children)))
                        }
                        attr = a.pointee.next
                    }
                    let kept = document.attributes[attributeStart...]
                    if kind == .metadata || kept.contains(where: { $0.name == "itemprop" || ($0.name == "rel" && tag == "a") }) { document.metadataNodes.append(index) }
                    var element = HTMLDocument.Node(tag: tag, parent: parentIndex, depth: depth)
                    element.attributeStart = Int32(attributeStart)
                    element.attributeCount = Int32(document.attributes.count - attributeStart)
                    append(element, to: &document)
                    if node.pointee.children != nil {
                        descend = true
                        parentIndex = index
                        depth += 1
                        if depth > maxDepth { maxDepth = depth }
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if parentIndex >= 0, let content = node.pointee.content {
                    var node = HTMLDocument.Node(tag: "", parent: parentIndex, depth: depth)
                    let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                    node.textStart = Int32(document.textBytes.count)
                    node.textCount = Int32(length)
                    document.textBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
                    append(node, to: &document)
                }
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // Next sibling, else climb until an ancestor has one. Every climb leaves an element we descended into.
            var cursor = node
            while true {
                if cursor == root { current = nil; break }
                if let next = cursor.pointee.next { current = next; break }
                guard let up = cursor.pointee.parent else { current = nil; break }
                if parentIndex >= 0 { parentIndex = document.nodes[Int(parentIndex)].parent }
                depth -= 1
                cursor = up
            }
        }
        document.maxDepth = Int(maxDepth)
        // Subtree ends: children come after their parent, so a reverse pass sees them first.
        var i = document.nodes.count - 1
        while i >= 0 {
            let last = document.nodes[i].lastChild
            document.nodes[i].end = last >= 0 ? document.nodes[Int(last)].end : Int32(i + 1)
            i -= 1
        }
        return document
    }

    private static func append(_ node: HTMLDocument.Node, to document: inout HTMLDocument) {
        let index = Int32(document.nodes.count)
        let parent = node.parent
        document.nodes.append(node)
        if parent >= 0 {
            let last = document.nodes[Int(parent)].lastChild
            if last >= 0 { document.nodes[Int(last)].nextSibling = index } else { document.nodes[Int(parent)].firstChild = index }
            document.nodes[Int(parent)].lastChild = index
        }
    }

    private static func lowerCaseName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        var length = 0
        var hasUpper = false
        while name[length] != 0 {
            if name[length] >= 0x41 && name[length] <= 0x5A { hasUpper = true }
            length += 1
        }
        let buffer = UnsafeBufferPointer(start: name, count: length)
        if !hasUpper { return String(decoding: buffer, as: UTF8.self) }
        return String(decoding: buffer.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// The text of an attribute's value nodes; the usual single node becomes one string with no appending.
    private static func attributeText(_ first: xmlNodePtr?) -> String {
        guard let first else { return "" }
        if first.pointee.next == nil, let content = first.pointee.content { return String(cString: content) }
        var value = ""
        var child: xmlNodePtr? = first
        while let c = child {
            if let content = c.pointee.content { value += String(cString: content) }
            child = c.pointee.next
        }
        return value
    }

    private static func attributeValue(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if lowerCaseName(a.pointee.name) == wanted {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// Concatenated text children of `node` (a script's body).
    private static func textContent(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let c = child {
            if let content = c.pointee.content { text += String(cString: content) }
            child = c.pointee.next
        }
        return text
    }
}

/// Bare libxml2 parsing, exposed so `make bench` can compare ingest against the parser alone.
public enum HTMLParseBenchmark {
    /// Parses `bytes` with `htmlReadMemory` and frees the document; nothing else. True if a document came back.
    public static func bareParse(bytes: [UInt8]) -> Bool {
        HTMLParser.bareParse(utf8: bytes)
    }
}
