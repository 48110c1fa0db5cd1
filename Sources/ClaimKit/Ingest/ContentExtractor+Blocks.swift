extension ContentExtractor {
    // MARK: - Text blocks

    /// A run of text between block boundaries.
    struct Block {
        var text: String
        var linkBytes: Int
        var textBytes: Int
        var tag: String
        var inListItem: Bool
        /// A picture opens the block's element, before any of its text: the text is that picture's caption
        /// when it is short.
        var opensWithImage = false
    }

    /// Text blocks under `root`, skipping pruned subtrees, headlines and link-dense boxes.
    func blocks(under root: Int) -> [Block] {
        let nodes = document.nodes
        var result: [Block] = []
        var builder = TextBuilder()
        var linkBytes = 0, textBytes = 0, listDepth = 0
        // 2: a picture opens the open block, before any of its text; 1: one stood before the block opened.
        var image = 0, blockHasText = false
        var blockTag = nodes[root].tag
        var openBlocks: [(end: Int, tag: String, isList: Bool)] = []
        func flush() {
            let text = builder.finish()
            if !text.isEmpty {
                result.append(
                    Block(
                        text: text, linkBytes: linkBytes, textBytes: textBytes, tag: blockTag,
                        inListItem: listDepth > 0,
                        opensWithImage: image == 2))
                image = 0
            }
            linkBytes = 0; textBytes = 0
        }
        let end = document.subtreeEnd(of: root)
        var i = root, linkEnd = -1
        while i < end {
            while let last = openBlocks.last, i >= last.end {
                flush()
                image = min(image, 1)
                if last.isList { listDepth -= 1 }
                openBlocks.removeLast()
                blockTag = openBlocks.last?.tag ?? nodes[root].tag
            }
            let node = nodes[i]
            if node.isText {
                document.withText(of: i) { builder.append(bytes: $0) }
                textBytes += Int(textLength[i])
                if textLength[i] > 0 { blockHasText = true }
                if i < linkEnd { linkBytes += Int(textLength[i]) }
                i += 1
                continue
            }
            if i != root && (removed[i] || isDroppedInside(i) || (isBlock(i) && isOrphanHeading(i))) {
                i = document.subtreeEnd(of: i)
                continue
            }
            if tagFlags[i] & TagFlag.link != 0 && linkEnd < i { linkEnd = document.subtreeEnd(of: i) }
            if isBlock(i) {
                flush()
                if node.tag != "br" && node.tag != "hr" {
                    image = min(image, 1); blockHasText = false
                    if node.tag == "li" { listDepth += 1 }
                    openBlocks.append((document.subtreeEnd(of: i), node.tag, node.tag == "li"))
                    blockTag = node.tag
                }
            }
            if tagFlags[i] & TagFlag.imageFirst != 0 && !blockHasText { image = 2 }
            i += 1
        }
        flush()
        return result
    }

    /// Boxes inside the chosen container that are not article text: headlines and link-dense lists or boxes.
    func isDroppedInside(_ i: Int) -> Bool {
        let node = document.nodes[i]
        // Without class names (the fallback pass) a chrome-classed box holding half the root's text is that text.
        let chromeClass = classWeight[i] < 0 && (classBlindRootText == 0 || textLength[i] * 2 < classBlindRootText)
        switch node.tag {
        case "h1": return true
        case "ul", "ol", "div", "section", "table", "dl", "form":
            var density = linkDensity(i)
            var prose = nonLinkLength(i)
            if density > 0.3 {
                // Links in a pruned box inside it (a teaser list, a sidebar) are not its own: a box whose own
                // text is paragraphs of prose with next to no links is measured without them.
                let own = keptLinkDensity(i)
                if own.density <= 0.1 && own.paragraphs >= 200 { (density, prose) = (own.density, own.prose) }
            }
            if density > 0.5 { return true }
            if density > 0.3 && prose < 300 { return true }
            if chromeClass && prose < 400 { return true }
            return false
        case "li":
            return linkDensity(i) > 0.6 || (chromeClass && nonLinkLength(i) < 400)
        case "p":
            return (linkDensity(i) > 0.8 && nonLinkLength(i) < 60) || (chromeClass && nonLinkLength(i) < 400)
        case "span":
            // A run of link titles inside a paragraph (a pop-up card), or a caption.
            return (linkDensity(i) > 0.8 && textLength[i] > 80) || (chromeClass && nonLinkLength(i) < 400)
        default:
            return false
        }
    }

    /// Link density, prose bytes and paragraph prose (`paragraphProse`) of box `i`, counting only text outside
    /// pruned subtrees.
    func keptLinkDensity(_ i: Int) -> (density: Double, prose: Int32, paragraphs: Int32) {
        var text = textLength[i], links = linkLength[i], paragraphs = paragraphProse[i]
        var j = i + 1
        let end = document.subtreeEnd(of: i)
        while j < end {
            if removed[j] {
                text -= textLength[j]; links -= linkLength[j]; paragraphs -= paragraphProse[j]
                j = document.subtreeEnd(of: j)
            } else {
                j += 1
            }
        }
        return (text == 0 ? 0 : Double(links) / Double(text), text - links, paragraphs)
    }

    /// True when `i` is a subheading (`h2`...`h6`) whose following siblings are all dropped: the title of a
    /// box of links or chrome ("More on this topic", "Read also"), in any language, not of article text.
    func isOrphanHeading(_ i: Int) -> Bool {
        let tag = document.nodes[i].tag.utf8
        guard tag.count == 2, tag.first == 0x68, let level = tag.last, level >= 0x32 && level <= 0x36 else {
            return false
        }
        var sawDropped = false
        var s = Int(document.nodes[i].nextSibling)
        while s >= 0 {
            if document.nodes[s].isText || !(removed[s] || isDroppedInside(s)) {
                if textLength[s] > 0 { return false }
            } else if textLength[s] > 0 {
                sawDropped = true
            }
            s = Int(document.nodes[s].nextSibling)
        }
        return sawDropped
    }

    /// Whether a block reads as article text.
    func keeps(_ block: Block) -> Bool {
        let length = block.text.utf8.count
        if block.textBytes > 0 && Double(block.linkBytes) / Double(block.textBytes) > 0.6 && length < 300 {
            return false
        }
        // A short block with the copyright sign is a credit or a notice, wherever the sign stands in it: a
        // caption's credit ("... © Agency / Name"), a copyright line ("© 2022 The Paper. All rights reserved").
        if length < 300 && Self.holdsCopyrightSign(block.text) { return false }
        if length < 200 {
            // Prefixes are compared on ASCII-lower-cased leading bytes: no lower-cased copy of the whole line.
            var text = block.text
            let (social, chrome) = text.withUTF8 { bytes in
                (
                    Self.startsWithAny(bytes, Self.socialLinePrefixBytes),
                    length < 160 && Self.startsWithAny(bytes, Self.chromeLinePrefixBytes)
                )
            }
            if social {
                let lower = block.text.lowercased()
                if BoilerplatePatterns.socialWords.contains(where: { lower.contains($0) }) { return false }
            }
            if chrome { return false }
        }
        if length < 40 && Self.isAdLabel(block.text) { return false }
        if length < 120 {
            // A short line that follows a picture inside one block, and is not a sentence, is its caption (an
            // item of a list that opens with its picture is the item's name).
            if block.opensWithImage && length < 100 && !block.inListItem && !Self.endsAsSentence(block.text) {
                return false
            }
            if Self.isByline(block.text) { return false }
            if DateParser.isDateLine(block.text) { return false }
        }
        return true
    }

    /// True when `text` holds the copyright sign (U+00A9, UTF-8 C2 A9).
    static func holdsCopyrightSign(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            for k in 0..<(bytes.count - 1) where bytes[k] == 0xC2 && bytes[k + 1] == 0xA9 { return true }
            return false
        }
    }

    /// True when `line` is an advertisement's label alone (`BoilerplatePatterns.adLabels`), whatever dashes,
    /// colons or brackets stand around it. Compared on ASCII-lower-cased bytes: no copies of the line.
    static func isAdLabel(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            // Letters are ASCII letters and every byte of a multi-byte character.
            func isLetter(_ b: UInt8) -> Bool { b >= 0x80 || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
            var start = 0, end = bytes.count
            while start < end && !isLetter(bytes[start]) { start += 1 }
            while end > start && !isLetter(bytes[end - 1]) { end -= 1 }
            for label in adLabelBytes where label.count == end - start {
                var k = 0
                while k < label.count {
                    let b = bytes[start + k]
                    if (b >= 0x41 && b <= 0x5A ? b + 32 : b) != label[k] { break }
                    k += 1
                }
                if k == label.count { return true }
            }
            return false
        }
    }

    static let adLabelBytes = BoilerplatePatterns.adLabels.map { Array($0.utf8) }
    static let chromeLinePrefixBytes = BoilerplatePatterns.chromeLinePrefixes.map { Array($0.utf8) }
    static let socialLinePrefixBytes = BoilerplatePatterns.socialLinePrefixes.map { Array($0.utf8) }

    /// True when `text`, ASCII-lower-cased, starts with one of `prefixes` (lower-case UTF-8).
    static func startsWithAny(_ text: UnsafeBufferPointer<UInt8>, _ prefixes: [[UInt8]]) -> Bool {
        for prefix in prefixes where prefix.count <= text.count {
            var k = 0
            while k < prefix.count {
                let b = text[k]
                if (b >= 0x41 && b <= 0x5A ? b + 32 : b) != prefix[k] { break }
                k += 1
            }
            if k == prefix.count { return true }
        }
        return false
    }

    /// "By Jane Doe" / "By Jane Doe and John Roe, Reuters" as a line of its own.
    static func isByline(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard
            lower.hasPrefix("by ") || lower.hasPrefix("by\u{a0}") || lower.hasPrefix("written by")
                || lower.hasPrefix("words by")
        else { return false }
        guard text.utf8.count < 100 else { return false }
        return !text.hasSuffix(".") || text.split(separator: " ").count <= 6
    }
}

extension ContentExtractor {
    /// True when box `i` is a subheading, a list or a table with few links, or a box around one: text that
    /// stands between two parts of an article as part of it, not a box of links or chrome beside it.
    func isStructuredText(_ i: Int) -> Bool {
        guard textLength[i] > 0, linkDensity(i) < 0.3, classWeight[i] >= 0, !isHidden(i) else { return false }
        if tagFlags[i] & TagFlag.heading != 0 { return document.nodes[i].tag != "h1" }
        var j = i
        let end = document.subtreeEnd(of: i)
        while j < end {
            switch document.nodes[j].tag {
            case "ul", "ol", "dl", "table":
                // The list or table holds most of the box's text.
                return !removed[j] && textLength[j] * 2 >= textLength[i]
            default: j += 1
            }
        }
        return false
    }
}
