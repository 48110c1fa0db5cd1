package import ClaimKit

/// The reference parse the SAX `HTMLTreeBuilder` is tested against: libxml2 builds its own tree
/// (`HTMLParser.walkLibxmlTree`, the C stays behind that one file) and the walk is copied into an
/// `HTMLDocument` with the same rules for tags, kept attributes, JSON-LD and metadata nodes.
package enum ReferenceTreeParser {
    /// The document of `bytes` (valid UTF-8) through libxml2's tree, or nil when libxml2 gave none.
    package static func parse(utf8 bytes: [UInt8]) -> HTMLDocument? {
        var copier = TreeCopier()
        copier.document.nodes.reserveCapacity(4096)
        guard HTMLParser.walkLibxmlTree(utf8: bytes, &copier) else { return nil }
        copier.document.maxDepth = Int(copier.maxDepth)
        copier.document.fillSubtreeEnds()
        return copier.document
    }
}

/// Copies elements, text and kept attributes; `parentIndex` and `depth` follow the walk.
private struct TreeCopier: LibxmlTreeVisitor {
    var document = HTMLDocument()
    var parentIndex: Int32 = -1
    var depth: Int32 = 0
    var maxDepth: Int32 = 0

    mutating func element(_ element: LibxmlElement) -> Bool {
        let (tag, kind) = HTMLTreeBuilder.tagName(element.name)
        if kind == .script {
            if let type = element.attribute("type"),
                ByteSearch.contains(ByteSearch.lowerASCII(type), Array("ld+json".utf8))
            {
                document.jsonLD.append(element.textContent)
            }
            return false
        }
        guard kind != .dropped else { return false }
        let index = Int32(document.nodes.count)
        let attributeStart = document.attributes.count
        element.forEachAttribute { name, value in
            if let name = HTMLTreeBuilder.keptAttributeName(name) { document.attributes.append((name, value())) }
        }
        let kept = document.attributes[attributeStart...]
        if kind == .metadata || kept.contains(where: { $0.name == "itemprop" || ($0.name == "rel" && tag == "a") }) {
            document.metadataNodes.append(index)
        }
        var node = HTMLDocument.Node(tag: tag, parent: parentIndex, depth: depth)
        node.attributeStart = Int32(attributeStart)
        node.attributeCount = Int32(document.attributes.count - attributeStart)
        document.append(node)
        guard element.hasChildren else { return false }
        parentIndex = index
        depth += 1
        if depth > maxDepth { maxDepth = depth }
        return true
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard parentIndex >= 0 else { return }
        var node = HTMLDocument.Node(tag: "", parent: parentIndex, depth: depth)
        node.textStart = Int32(document.textBytes.count)
        node.textCount = Int32(bytes.count)
        document.textBytes.append(contentsOf: bytes)
        document.append(node)
    }

    mutating func leave() {
        if parentIndex >= 0 { parentIndex = document.nodes[Int(parentIndex)].parent }
        depth -= 1
    }
}
