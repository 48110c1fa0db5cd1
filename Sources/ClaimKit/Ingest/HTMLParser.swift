internal import CLibXML2
import Foundation

/// The only door to libxml2: parses UTF-8 bytes into an `HTMLDocument`, and walks libxml2's own
/// tree for the reference parse.
///
/// libxml2 is initialised and silenced once per process (`xmlInitParser`, no-op error handlers for
/// this thread and as the default for new threads). Separate documents then parse safely on separate threads.
package enum HTMLParser {
    private static let initialised: Bool = {
        xmlInitParser()
        claims_xml_silence()
        return true
    }()

    /// Parser options: recover from broken markup, say nothing, never touch the network, allow huge
    /// documents (without `XML_PARSE_HUGE` libxml2 silently stops at depth 256 and cuts 10 MB text nodes),
    /// and ignore `<meta charset>` because the bytes are already UTF-8.
    private static var options: Int32 {
        Int32(
            bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
    }

    /// Makes sure libxml2 is initialised and silent on this thread.
    static func prepare() {
        _ = initialised
        claims_xml_silence()
    }

    /// Parses `utf8` (valid UTF-8) into a Swift tree, or nil when libxml2 cannot start a parser.
    ///
    /// libxml2 runs as a SAX parser: its events go straight into an `HTMLTreeBuilder`, so no libxml2
    /// tree is built, copied and freed. Start tags, auto-closing and implied elements are libxml2's own.
    static func parse(utf8 bytes: [UInt8]) -> HTMLDocument? {
        prepare()
        var builder = HTMLTreeBuilder()
        let parsed = runSAX(bytes, state: &builder) { sax in
            sax.pointee.startElement = builderStartElement
            sax.pointee.endElement = builderEndElement
            sax.pointee.characters = builderCharacters
            sax.pointee.ignorableWhitespace = builderCharacters
            sax.pointee.cdataBlock = builderCDATA
            sax.pointee.comment = builderComment
            sax.pointee.processingInstruction = builderProcessingInstruction
            sax.pointee.internalSubset = builderDoctype
        }
        return parsed ? builder.finish() : nil
    }

    /// Runs `htmlParseDocument` over UTF-8 `bytes` with the SAX callbacks `install` sets, each of
    /// which finds `state` through the context's `_private`; false when libxml2 gave no context.
    private static func runSAX<State>(
        _ bytes: [UInt8], state: inout State,
        install: (UnsafeMutablePointer<htmlSAXHandler>) -> Void
    ) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                guard let context = htmlCreateMemoryParserCtxt(base, Int32(buffer.count)) else { return false }
                defer {
                    if let doc = context.pointee.myDoc { xmlFreeDoc(doc) }
                    htmlFreeParserCtxt(context)
                }
                htmlCtxtUseOptions(context, options)
                // As htmlReadMemory does with encoding "UTF-8": the bytes are already valid UTF-8.
                if let utf8 = xmlFindCharEncodingHandler("UTF-8") { xmlSwitchToEncoding(context, utf8) }
                guard let sax = context.pointee.sax else { return false }
                sax.pointee = htmlSAXHandler()
                install(sax)
                return withUnsafeMutablePointer(to: &state) { pointer in
                    context.pointee._private = UnsafeMutableRawPointer(pointer)
                    _ = htmlParseDocument(context)
                    context.pointee._private = nil
                    return true
                }
            }
        }
    }

    /// The builder that the parser context `context` (a SAX callback's first argument) feeds.
    private static func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder> {
        context!.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private!.assumingMemoryBound(
            to: HTMLTreeBuilder.self)
    }

    fileprivate static func bytes(_ string: UnsafePointer<xmlChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let string else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(
            start: string, count: strlen(UnsafeRawPointer(string).assumingMemoryBound(to: CChar.self)))
    }

    private static let builderStartElement: startElementSAXFunc = { context, name, attributes in
        builder(context).pointee.startElement(name: bytes(name)) { visit in
            guard let attributes else { return }
            var k = 0
            while let attributeName = attributes[k] {
                visit(bytes(attributeName), bytes(attributes[k + 1]))
                k += 2
            }
        }
    }

    private static let builderEndElement: endElementSAXFunc = { context, _ in
        builder(context).pointee.endElement()
    }

    private static let builderCharacters: charactersSAXFunc = { context, text, length in
        guard let text, length > 0 else { return }
        builder(context).pointee.characters(UnsafeBufferPointer(start: text, count: Int(length)))
    }

    private static let builderCDATA: cdataBlockSAXFunc = { context, text, length in
        guard let text, length > 0 else { return }
        builder(context).pointee.characters(UnsafeBufferPointer(start: text, count: Int(length)), isCDATA: true)
    }

    private static let builderComment: commentSAXFunc = { context, _ in
        builder(context).pointee.comment()
    }

    private static let builderProcessingInstruction: processingInstructionSAXFunc = { context, _, _ in
        builder(context).pointee.comment()
    }

    private static let builderDoctype: internalSubsetSAXFunc = { context, _, _, _ in
        builder(context).pointee.doctype()
    }

    /// Parses `bytes` (valid UTF-8) into libxml2's own tree and walks it in document order, handing
    /// `visitor` its elements and text nodes: the reference the SAX builder is tested against (ClaimBench
    /// copies the walk into an `HTMLDocument`). False when libxml2 gave no document.
    package static func walkLibxmlTree<Visitor: LibxmlTreeVisitor>(
        utf8 bytes: [UInt8],
        _ visitor: inout Visitor
    ) -> Bool {
        guard let doc = readTree(utf8: bytes) else { return false }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return true }
        // Without recursion: children, else the next sibling, else climb until an ancestor has one.
        var current: xmlNodePtr? = root
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let element = LibxmlElement(node: UnsafeMutableRawPointer(node))
                descend = visitor.element(element) && node.pointee.children != nil
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { visitor.text(Self.bytes(content)) }
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // Every climb leaves an element the visitor descended into.
            var cursor = node
            while true {
                if cursor == root { current = nil; break }
                if let next = cursor.pointee.next { current = next; break }
                guard let up = cursor.pointee.parent else { current = nil; break }
                visitor.leave()
                cursor = up
            }
        }
        return true
    }

    /// Only `htmlReadMemory` and `xmlFreeDoc`: the floor that ingest speed is compared against.
    package static func bareParse(utf8 bytes: [UInt8]) -> Bool {
        guard let doc = readTree(utf8: bytes) else { return false }
        xmlFreeDoc(doc)
        return true
    }

    /// libxml2's tokenizer alone: `htmlParseDocument` with SAX callbacks that only count the bytes of
    /// names and text, no tree of any kind. The least any libxml2-based ingest can cost; returns the count.
    package static func saxFloorParse(utf8 bytes: [UInt8]) -> Int? {
        prepare()
        var counted = 0
        let parsed = runSAX(bytes, state: &counted) { sax in
            sax.pointee.startElement = countStartElement
            sax.pointee.endElement = countEndElement
            sax.pointee.characters = countCharacters
            sax.pointee.ignorableWhitespace = countCharacters
            sax.pointee.cdataBlock = countCharacters
        }
        return parsed ? counted : nil
    }

    private static func counter(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<Int> {
        context!.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private!.assumingMemoryBound(to: Int.self)
    }

    private static let countStartElement: startElementSAXFunc = { context, name, attributes in
        var n = bytes(name).count
        if let attributes {
            var k = 0
            while let attributeName = attributes[k] {
                n += bytes(attributeName).count + bytes(attributes[k + 1]).count; k += 2
            }
        }
        counter(context).pointee += n
    }

    private static let countEndElement: endElementSAXFunc = { context, _ in
        counter(context).pointee += 1
    }

    private static let countCharacters: charactersSAXFunc = { context, _, length in
        counter(context).pointee += Int(length)
    }

    /// libxml2's own tree of `bytes` (valid UTF-8), from `htmlReadMemory`; the caller frees it.
    private static func readTree(utf8 bytes: [UInt8]) -> htmlDocPtr? {
        prepare()
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
    }
}

/// Receives the walk of libxml2's own tree (`HTMLParser.walkLibxmlTree`).
package protocol LibxmlTreeVisitor {
    /// An element; true to visit its children (when it has any), after which `leave()` comes.
    mutating func element(_ element: LibxmlElement) -> Bool
    /// A text or CDATA node's bytes.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// The end of the children of an element `element` chose to visit.
    mutating func leave()
}

/// An element of libxml2's tree during a walk; valid only inside `LibxmlTreeVisitor.element`.
package struct LibxmlElement {
    fileprivate let node: UnsafeMutableRawPointer

    private var pointer: xmlNodePtr { node.assumingMemoryBound(to: xmlNode.self) }

    /// The element's name as libxml2 gives it (not lower-cased).
    package var name: UnsafeBufferPointer<UInt8> { HTMLParser.bytes(pointer.pointee.name) }

    /// Calls `body` with each attribute's name bytes and a reader of its value, in order.
    package func forEachAttribute(_ body: (UnsafeBufferPointer<UInt8>, () -> String) -> Void) {
        var attr = pointer.pointee.properties
        while let a = attr {
            body(HTMLParser.bytes(a.pointee.name)) { Self.attributeText(a.pointee.children) }
            attr = a.pointee.next
        }
    }

    /// The value of the first attribute named `wanted` (lower case; names compared lower-cased).
    package func attribute(_ wanted: String) -> String? {
        var attr = pointer.pointee.properties
        while let a = attr {
            if Self.lowerCaseName(a.pointee.name) == wanted { return Self.concatenatedContent(a.pointee.children) }
            attr = a.pointee.next
        }
        return nil
    }

    /// True when the element has child nodes (text included).
    package var hasChildren: Bool { pointer.pointee.children != nil }

    /// The concatenated text children (a script's body).
    package var textContent: String { Self.concatenatedContent(pointer.pointee.children) }

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
        return concatenatedContent(first)
    }

    /// The contents of `first` and its following siblings, one after another.
    private static func concatenatedContent(_ first: xmlNodePtr?) -> String {
        var text = ""
        var child = first
        while let c = child {
            if let content = c.pointee.content { text += String(cString: content) }
            child = c.pointee.next
        }
        return text
    }
}
