import Foundation

/// Decides which text of a page is the article body and returns it as paragraphs.
///
/// The method, in the spirit of readability and trafilatura, on the Swift tree:
/// 1. Prune chrome: `nav`, `aside`, `footer`, `header`, `figure`, ARIA landmarks of chrome, hidden
///    elements, and elements whose class/id reads as chrome (comments, related, share, newsletter,
///    cookie, promo, captions ...) unless they hold most of the page's prose.
/// 2. Score text blocks (length, commas) into their ancestors, weigh by tag and class/id hints,
///    discount by link density, and take the best container plus siblings that read like the article.
/// 3. Inside it, drop link-dense lists and boxes, headlines (`h1`), bylines, datelines and chrome lines.
/// 4. Fall back to JSON-LD `articleBody`, then to the page without class pruning, when little is left.
///
/// The headline is not part of the paragraphs (see `Article.title`).
struct ContentExtractor {
    let document: HTMLDocument
    /// Non-white-space UTF-8 bytes of text under each node.
    private var textLength: [Int32]
    /// The same, counting only text inside links.
    private var linkLength: [Int32]
    /// Commas under each node (a prose signal).
    private var commas: [Int32]
    /// Class/id weight per element: negative for chrome, positive for content.
    private var classWeight: [Int8]
    /// Elements pruned before scoring.
    private var removed: [Bool]
    /// Short lines dropped as datelines or bylines, kept for the metadata.
    private(set) var droppedLines: [String] = []
    /// The first "By ..." line dropped from the body, without "By".
    private(set) var bylineLine: String?

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "header", "footer", "figure", "figcaption", "address",
        "form", "fieldset", "center", "aside", "nav", "details", "summary", "caption", "tbody", "thead", "tfoot", "body", "html",
    ]
    private static let alwaysChromeTags: Set<String> = ["nav", "aside", "footer", "header", "figure", "figcaption", "menu", "title", "head", "label"]
    private static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar"]
    private static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "dd"]

    init(document: HTMLDocument) {
        self.document = document
        let n = document.nodes.count
        textLength = Array(repeating: 0, count: n)
        linkLength = Array(repeating: 0, count: n)
        commas = Array(repeating: 0, count: n)
        classWeight = Array(repeating: 0, count: n)
        removed = Array(repeating: false, count: n)
        measure()
    }

    // MARK: - Measuring

    private mutating func measure() {
        let nodes = document.nodes
        var i = nodes.count - 1
        while i >= 0 {
            if nodes[i].isText {
                var count: Int32 = 0, commaCount: Int32 = 0
                document.withText(of: i) { buffer in
                    for byte in buffer where byte > 0x20 {
                        count += 1
                        if byte == 0x2C { commaCount += 1 }
                    }
                }
                textLength[i] = count
                commas[i] = commaCount
            } else {
                if nodes[i].tag == "a" { linkLength[i] = textLength[i] }
                classWeight[i] = Self.weight(of: document.attributes(of: i))
            }
            let parent = Int(nodes[i].parent)
            if parent >= 0 {
                textLength[parent] += textLength[i]
                linkLength[parent] += linkLength[i]
                commas[parent] += commas[i]
            }
            i -= 1
        }
    }

    /// Substrings grouped by their first byte, so a scan tries only the few that can match.
    private static func firstByteTable(_ words: [String]) -> [[[UInt8]]] {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in words { let bytes = Array(word.utf8); table[Int(bytes[0])].append(bytes) }
        return table
    }
    /// One bit per (first byte, second byte) pair that starts some word: most positions are ruled out by one load.
    private static func pairBits(_ words: [String]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 1024)
        for word in words {
            let bytes = Array(word.utf8)
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }
    private static let chromeSubstringsByFirstByte = firstByteTable(BoilerplatePatterns.chromeSubstrings)
    private static let contentSubstringsByFirstByte = firstByteTable(BoilerplatePatterns.contentSubstrings)
    private static let chromePairBits = pairBits(BoilerplatePatterns.chromeSubstrings)
    private static let contentPairBits = pairBits(BoilerplatePatterns.contentSubstrings)

    /// True when one of the words in `table` (all two bytes or longer, their first pairs in `pairs`) occurs in `names`.
    private static func containsAny(_ names: UnsafeBufferPointer<UInt8>, _ table: [[[UInt8]]], _ pairs: [UInt64]) -> Bool {
        let n = names.count
        if n < 2 { return false }
        return pairs.withUnsafeBufferPointer { pairs in
            for i in 0..<(n - 1) {
                let pair = Int(names[i]) << 8 | Int(names[i + 1])
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
                for word in table[Int(names[i])] where i + word.count <= n {
                    var j = 1
                    while j < word.count && names[i + j] == word[j] { j += 1 }
                    if j == word.count { return true }
                }
            }
            return false
        }
    }
    /// Chrome tokens packed little-endian into a UInt64 each (all are at most 8 bytes), so a token is checked without building an array.
    private static let chromeTokenKeys: Set<UInt64> = Set(BoilerplatePatterns.chromeTokens.map { tokenKey(Array($0.utf8)[...]) })

    private static func tokenKey<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes { key |= UInt64(byte) << shift; shift += 8 }
        return key
    }

    /// -1 for class/id that read as chrome, +1 for content, 0 otherwise.
    ///
    /// Judged afresh each time: the byte scan is cheaper than hashing the value into a cache.
    private static func weight(of attributes: ArraySlice<(name: String, value: String)>) -> Int8 {
        if attributes.isEmpty { return 0 }
        var positive = false
        for attribute in attributes where attribute.name == "class" || attribute.name == "id" {
            let value = judge(attribute.value)
            if value < 0 { return -1 }
            if value > 0 { positive = true }
        }
        return positive ? 1 : 0
    }

    /// -1 when class/id `text` reads as chrome, +1 as content, else 0 (lower-cased on the stack when short).
    private static func judge(_ text: String) -> Int8 {
        var text = text
        return text.withUTF8 { raw in
            func judgeLower(_ names: UnsafeBufferPointer<UInt8>) -> Int8 {
                if isChromeName(names) { return -1 }
                return containsAny(names, contentSubstringsByFirstByte, contentPairBits) ? 1 : 0
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { lower in
                for i in 0..<raw.count { let b = raw[i]; lower[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b }
                return judgeLower(UnsafeBufferPointer(lower))
            }
        }
    }

    /// True when lower-cased class/id bytes read as chrome.
    static func isChromeName(_ names: [UInt8]) -> Bool {
        names.withUnsafeBufferPointer { isChromeName($0) }
    }

    /// True when lower-cased class/id bytes read as chrome.
    static func isChromeName(_ names: UnsafeBufferPointer<UInt8>) -> Bool {
        if containsAny(names, chromeSubstringsByFirstByte, chromePairBits) { return true }
        // Whole alphanumeric tokens; tokens longer than 8 bytes cannot be a chrome token.
        var start = 0
        for i in 0...names.count {
            let isWord = i < names.count && ((names[i] >= 0x61 && names[i] <= 0x7A) || (names[i] >= 0x30 && names[i] <= 0x39))
            if isWord { continue }
            let length = i - start
            if length > 0 && length <= 8 && chromeTokenKeys.contains(tokenKey(UnsafeBufferPointer(rebasing: names[start..<i]))) { return true }
            start = i + 1
        }
        return false
    }

    private func isHidden(_ i: Int) -> Bool {
        if document.nodes[i].attributeCount == 0 { return false }
        if document.attribute(of: i, "hidden") != nil { return true }
        if document.attribute(of: i, "aria-hidden") == "true" { return true }
        if let style = document.attribute(of: i, "style") {
            let bytes = ByteSearch.lowerASCII(style).filter { $0 != 0x20 }
            if ByteSearch.contains(bytes, Self.displayNone) || ByteSearch.contains(bytes, Self.visibilityHidden) { return true }
        }
        return false
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    private func nonLinkLength(_ i: Int) -> Int32 { textLength[i] - linkLength[i] }

    private func linkDensity(_ i: Int) -> Double {
        textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
    }

    // MARK: - Pruning

    /// Marks chrome subtrees. With `byClass` false only tags, roles and hidden elements count.
    private mutating func prune(byClass: Bool) {
        let nodes = document.nodes
        let total = max(1, nodes.isEmpty ? 1 : nonLinkLength(0))
        for i in 0..<nodes.count {
            removed[i] = false
        }
        var i = 0
        while i < nodes.count {
            let node = nodes[i]
            if node.isText { i += 1; continue }
            var chrome = Self.alwaysChromeTags.contains(node.tag) || isHidden(i)
            if !chrome, let role = document.attribute(of: i, "role")?.lowercased(), Self.chromeRoles.contains(role) { chrome = true }
            if !chrome && byClass && classWeight[i] < 0 && node.tag != "body" && node.tag != "html" && node.tag != "main"
                && document.attribute(of: i, "itemprop")?.lowercased() != "articlebody" {
                // A wrapper holding most of the page's prose is not chrome whatever its class says.
                chrome = Double(nonLinkLength(i)) < 0.4 * Double(total) || linkDensity(i) > 0.5
            }
            if chrome, node.tag == "header" || node.tag == "figure" || node.tag == "form" {
                // Some pages wrap the whole article in one of these: only prune them when they are small.
                if Double(nonLinkLength(i)) > 0.5 * Double(total) { chrome = false }
            }
            if chrome {
                removed[i] = true
                i = document.subtreeEnd(of: i)
            } else {
                i += 1
            }
        }
    }

    private static let debugEnabledOnce = ProcessInfo.processInfo.environment["CLAIMS_DEBUG"] != nil
    private var debugEnabled: Bool { Self.debugEnabledOnce }
    private func debugPrint(_ top: Int) {
        var path: [String] = []
        var i = top
        while i >= 0 { let n = document.nodes[i]; path.append("\(n.tag).\(document.attribute(of: i, "class") ?? "")#\(document.attribute(of: i, "id") ?? "")[\(nonLinkLength(i))]"); i = Int(n.parent) }
        FileHandle.standardError.write(Data(("top: " + path.reversed().joined(separator: " > ") + "\n").utf8))
    }

    // MARK: - Choosing the container

    /// Scores paragraphs into their ancestors and returns the best container.
    private func bestContainer(in range: Range<Int>) -> Int? {
        let nodes = document.nodes
        var score = [Double](repeating: 0, count: nodes.count)
        var isCandidate = [Bool](repeating: false, count: nodes.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let node = nodes[i]
            if node.isText { i += 1; continue }
            if removed[i] { i = document.subtreeEnd(of: i); continue }
            let isParagraph = Self.paragraphTags.contains(node.tag)
            let isTextBox = !isParagraph && (node.tag == "div" || node.tag == "section" || node.tag == "article") && hasDirectText(i)
            if isParagraph || isTextBox {
                // A box holding loose text (no <p>) is its own paragraph and its own first candidate.
                let (length, commaCount) = isParagraph ? (Double(nonLinkLength(i)), Double(commas[i])) : directText(of: i)
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
        guard var top = best else { return nil }
        // Climb while the parent holds clearly more prose: articles split into several boxes.
        while true {
            let parent = Int(nodes[top].parent)
            if parent < 0 || nodes[parent].tag == "body" || nodes[parent].tag == "html" { break }
            let mine = Double(nonLinkLength(top)), theirs = Double(proseLength(parent))
            if isCandidate[parent] && theirs > mine * 1.0 && score[parent] * (1 - linkDensity(parent)) >= bestScore * 0.5 && mine < theirs * 0.66 {
                top = parent
            } else { break }
        }
        return top
    }

    /// The element whose text best matches the page's own JSON-LD `articleBody`, when the page has one:
    /// the publisher's statement of what the article text is, a strong hint for where it sits in the markup.
    /// Word pairs are compared; the element with the best balance of coverage and purity wins.
    private func containerMatching(_ body: String?) -> Int? {
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
    private func isUnderRemoved(_ i: Int) -> Bool {
        var a = Int(document.nodes[i].parent)
        while a >= 0 {
            if removed[a] { return true }
            a = Int(document.nodes[a].parent)
        }
        return false
    }

    /// Text under `i` outside pruned subtrees and links.
    private func proseLength(_ i: Int) -> Int32 {
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
    private func directText(of i: Int) -> (length: Double, commas: Double) {
        var length: Int32 = 0, commaCount: Int32 = 0
        var child = document.nodes[i].firstChild
        while child >= 0 {
            let c = Int(child)
            if !removed[c] && (document.nodes[c].isText || !Self.blockTags.contains(document.nodes[c].tag)) {
                length += nonLinkLength(c)
                commaCount += commas[c]
            }
            child = document.nodes[c].nextSibling
        }
        return (Double(length), Double(commaCount))
    }

    private func hasDirectText(_ i: Int) -> Bool {
        var child = document.nodes[i].firstChild
        while child >= 0 {
            if document.nodes[Int(child)].isText && textLength[Int(child)] >= 20 { return true }
            child = document.nodes[Int(child)].nextSibling
        }
        return false
    }

    private func initialScore(_ i: Int) -> Double {
        var s: Double
        switch document.nodes[i].tag {
        case "div", "article", "main", "section": s = 5
        case "pre", "td", "blockquote": s = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
        default: s = 0
        }
        s += Double(classWeight[i]) * 25
        if document.attribute(of: i, "itemprop")?.lowercased() == "articlebody" { s += 50 }
        return s
    }

    // MARK: - Text blocks

    /// A run of text between block boundaries.
    struct Block {
        var text: String
        var linkBytes: Int
        var textBytes: Int
        var tag: String
        var inListItem: Bool
    }

    /// Text blocks under `root`, skipping pruned subtrees, headlines and link-dense boxes.
    private func blocks(under root: Int) -> [Block] {
        let nodes = document.nodes
        var result: [Block] = []
        var builder = TextBuilder()
        var linkBytes = 0, textBytes = 0
        var blockTag = nodes[root].tag
        var listDepth = 0
        var openBlocks: [(end: Int, tag: String, isList: Bool)] = []
        func flush() {
            let text = builder.finish()
            if !text.isEmpty {
                result.append(Block(text: text, linkBytes: linkBytes, textBytes: textBytes, tag: blockTag, inListItem: listDepth > 0))
            }
            linkBytes = 0; textBytes = 0
        }
        let end = document.subtreeEnd(of: root)
        var i = root
        var linkEnd = -1
        while i < end {
            while let last = openBlocks.last, i >= last.end {
                flush()
                if last.isList { listDepth -= 1 }
                openBlocks.removeLast()
                blockTag = openBlocks.last?.tag ?? nodes[root].tag
            }
            let node = nodes[i]
            if node.isText {
                document.withText(of: i) { builder.append(bytes: $0) }
                textBytes += Int(textLength[i])
                if i < linkEnd { linkBytes += Int(textLength[i]) }
                i += 1
                continue
            }
            if i != root && (removed[i] || isDroppedInside(i)) {
                i = document.subtreeEnd(of: i)
                continue
            }
            if node.tag == "a" && linkEnd < i { linkEnd = document.subtreeEnd(of: i) }
            if Self.blockTags.contains(node.tag) {
                flush()
                if node.tag != "br" && node.tag != "hr" {
                    let isList = node.tag == "li"
                    if isList { listDepth += 1 }
                    openBlocks.append((document.subtreeEnd(of: i), node.tag, isList))
                    blockTag = node.tag
                }
            }
            i += 1
        }
        flush()
        return result
    }

    /// Boxes inside the chosen container that are not article text: headlines and link-dense lists or boxes.
    private func isDroppedInside(_ i: Int) -> Bool {
        let node = document.nodes[i]
        switch node.tag {
        case "h1": return true
        case "ul", "ol", "div", "section", "table", "dl", "form":
            let density = linkDensity(i)
            let prose = nonLinkLength(i)
            if density > 0.5 { return true }
            if density > 0.3 && prose < 300 { return true }
            if classWeight[i] < 0 && prose < 400 { return true }
            return false
        case "li":
            return linkDensity(i) > 0.6 || (classWeight[i] < 0 && nonLinkLength(i) < 400)
        case "p":
            return (linkDensity(i) > 0.8 && nonLinkLength(i) < 60) || (classWeight[i] < 0 && nonLinkLength(i) < 400)
        case "span":
            // A run of link titles inside a paragraph (a pop-up card), or a caption.
            return (linkDensity(i) > 0.8 && textLength[i] > 80) || (classWeight[i] < 0 && nonLinkLength(i) < 400)
        default:
            return false
        }
    }

    // MARK: - Extraction

    /// The article paragraphs, or an empty array when the page holds none.
    mutating func paragraphs(jsonLDBody: String?) -> [String] {
        let nodes = document.nodes
        guard !nodes.isEmpty else { return [] }
        var paragraphs: [String] = []
        for byClass in [true, false] {
            prune(byClass: byClass)
            guard let chosen = containerMatching(jsonLDBody) ?? bestContainer(in: 0..<nodes.count) else { continue }
            // Siblings are looked for beside the outermost wrapper that adds no text to the chosen element.
            var top = chosen
            while true {
                let parent = Int(nodes[top].parent)
                guard parent >= 0, nodes[parent].tag != "body", nodes[parent].tag != "html" else { break }
                if proseLength(parent) <= proseLength(chosen) + proseLength(chosen) / 10 + 10 { top = parent } else { break }
            }
            var roots = [chosen]
            if debugEnabled { debugPrint(chosen) }
            // Siblings that read like more of the article (readability's sibling rule).
            let parent = Int(nodes[top].parent)
            if parent >= 0 {
                roots = []
                let threshold = max(Double(nonLinkLength(top)) * 0.2, 50)
                for sibling in document.children(of: parent) {
                    if sibling == top { roots.append(chosen); continue }
                    let node = nodes[sibling]
                    if node.isText || removed[sibling] || isDroppedInside(sibling) { continue }
                    let prose = Double(nonLinkLength(sibling))
                    if node.tag == "p" && prose > 80 && linkDensity(sibling) < 0.25 { roots.append(sibling); continue }
                    if top == chosen && classWeight[sibling] > 0 && prose >= threshold && linkDensity(sibling) < 0.25 { roots.append(sibling); continue }
                    // Articles cut into repeated boxes ("chunks", "cards"): a sibling built like the chosen one.
                    if node.tag == nodes[top].tag, let cls = document.attribute(of: sibling, "class"), !cls.isEmpty, cls == document.attribute(of: top, "class"),
                       prose >= 20, linkDensity(sibling) < 0.3 {
                        roots.append(sibling)
                    }
                }
            }
            paragraphs = []
            droppedLines = []
            for root in roots {
                for block in blocks(under: root) {
                    if keeps(block) { paragraphs.append(block.text) } else if block.text.utf8.count < 120 { droppedLines.append(block.text) }
                }
            }
            if paragraphs.reduce(0, { $0 + $1.utf8.count }) >= 250 { break }
        }
        if paragraphs.isEmpty {
            // No block long enough to score: the page's readable text outside chrome, if any.
            prune(byClass: true)
            paragraphs = blocks(under: 0).filter { keeps($0) && $0.textBytes > 0 }.map(\.text)
        }
        if let body = jsonLDBody {
            let have = paragraphs.reduce(0, { $0 + $1.utf8.count })
            if body.utf8.count > 3 * max(have, 100) {
                let lines = body.split(whereSeparator: { $0 == "\n" }).map { line -> String in
                    var b = TextBuilder(); b.append(String(line)); return b.finish()
                }.filter { !$0.isEmpty }
                if !lines.isEmpty { paragraphs = lines }
            }
        }
        for line in droppedLines where Self.isByline(line) {
            let words = line.split(separator: " ")
            let start = line.lowercased().hasPrefix("by ") ? 1 : 2
            if words.count > start { bylineLine = words[start...].joined(separator: " ") }
            break
        }
        return paragraphs
    }

    /// Dropped short lines and the first paragraphs: where a dateline would be.
    func leadingLines() -> [String] { droppedLines }

    /// Whether a block reads as article text.
    private func keeps(_ block: Block) -> Bool {
        let length = block.text.utf8.count
        if block.textBytes > 0 && Double(block.linkBytes) / Double(block.textBytes) > 0.6 && length < 300 { return false }
        if length < 200 {
            // Prefixes are compared on ASCII-lower-cased leading bytes: no lower-cased copy of the whole line.
            var text = block.text
            let (social, chrome) = text.withUTF8 { bytes in
                (Self.startsWithAny(bytes, Self.socialLinePrefixBytes), length < 160 && Self.startsWithAny(bytes, Self.chromeLinePrefixBytes))
            }
            if social {
                let lower = block.text.lowercased()
                if BoilerplatePatterns.socialWords.contains(where: { lower.contains($0) }) { return false }
            }
            if chrome { return false }
        }
        if length < 120 {
            if Self.isByline(block.text) { return false }
            if DateParser.isDateLine(block.text) { return false }
        }
        return true
    }

    private static let chromeLinePrefixBytes = BoilerplatePatterns.chromeLinePrefixes.map { Array($0.utf8) }
    private static let socialLinePrefixBytes = BoilerplatePatterns.socialLinePrefixes.map { Array($0.utf8) }

    /// True when `text`, ASCII-lower-cased, starts with one of `prefixes` (lower-case UTF-8).
    private static func startsWithAny(_ text: UnsafeBufferPointer<UInt8>, _ prefixes: [[UInt8]]) -> Bool {
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
        guard lower.hasPrefix("by ") || lower.hasPrefix("by\u{a0}") || lower.hasPrefix("written by") || lower.hasPrefix("words by") else { return false }
        guard text.utf8.count < 100 else { return false }
        return !text.hasSuffix(".") || text.split(separator: " ").count <= 6
    }
}
