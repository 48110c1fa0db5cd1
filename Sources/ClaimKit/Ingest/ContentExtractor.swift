import Foundation

/// Decides which text of a page is the article body and returns it as paragraphs.
///
/// The method, in the spirit of readability and trafilatura, on the Swift tree:
/// 1. Prune chrome: `nav`, `aside`, `footer`, `header`, `figure`, `address`, ARIA landmarks of chrome, hidden
///    elements, and elements whose class/id reads as chrome (comments, related, share, newsletter,
///    cookie, promo, captions ...) unless they hold most of the page's prose.
/// 2. Score text blocks (length, commas) into their ancestors, weigh by tag and class/id hints,
///    discount by link density, and take the best container plus siblings that read like the article.
/// 3. Inside it, drop link-dense lists and boxes, headlines (`h1`), bylines, datelines and chrome lines.
/// 4. Fall back to JSON-LD `articleBody`, then to the page without class pruning, when little is left.
///
/// The headline is not part of the paragraphs (see `Article.title`). Class/id reading is `ClassNameJudge`;
/// choosing the container is in `ContentExtractor+Container.swift`, cutting it into text blocks in `+Blocks`.
struct ContentExtractor {
    let document: HTMLDocument
    /// Non-white-space UTF-8 bytes of text under each node.
    var textLength: [Int32]
    /// The same, counting only text inside links.
    var linkLength: [Int32]
    /// Commas under each node (a prose signal).
    var commas: [Int32]
    /// Text in paragraphs of sentence length that are not link lists, under each node: where the prose is.
    var paragraphProse: [Int32]
    /// What each element's tag is, as `TagFlag` bits, looked up once per element.
    var tagFlags: [UInt8]
    /// Class/id weight per element: negative for chrome, positive for content.
    var classWeight: [Int8]
    /// Elements pruned before scoring.
    var removed: [Bool]
    /// In the pass that reads the page without class names, the text length of the root being cut into
    /// blocks (else 0): a chrome-classed box holding half of it is the text, not a caption inside it.
    private(set) var classBlindRootText: Int32 = 0
    /// Short lines dropped as datelines or bylines, kept for the metadata.
    private(set) var droppedLines: [String] = []
    /// The first "By ..." line dropped from the body, without "By".
    private(set) var bylineLine: String?

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "header", "footer", "figure", "figcaption",
        "address",
        "form", "fieldset", "center", "aside", "nav", "details", "summary", "caption", "tbody", "thead", "tfoot",
        "body", "html",
    ]
    static let alwaysChromeTags: Set<String> = [
        "nav", "aside", "footer", "header", "figure", "figcaption", "menu", "title", "head", "label", "noscript",
        "address",
    ]
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
        "toolbar",
    ]
    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "dd"]
    /// Bits of `tagFlags`.
    enum TagFlag {
        static let link: UInt8 = 1, paragraph: UInt8 = 2, block: UInt8 = 4, chrome: UInt8 = 8, heading: UInt8 = 16
        /// A picture opens this element, before any of its text (`HTMLDocument.imageOpened`).
        static let imageFirst: UInt8 = 32
    }
    /// The flags of every tag that has some, so each element costs one lookup instead of one per rule.
    static let tagFlagTable: [String: UInt8] = {
        var table: [String: UInt8] = ["a": TagFlag.link]
        for tag in paragraphTags { table[tag, default: 0] |= TagFlag.paragraph }
        for tag in blockTags { table[tag, default: 0] |= TagFlag.block }
        for tag in alwaysChromeTags { table[tag, default: 0] |= TagFlag.chrome }
        for tag in ["h1", "h2", "h3", "h4", "h5", "h6"] { table[tag, default: 0] |= TagFlag.heading }
        return table
    }()

    /// True when element `i` breaks text into blocks (`blockTags`).
    func isBlock(_ i: Int) -> Bool { tagFlags[i] & TagFlag.block != 0 }

    init(document: HTMLDocument) {
        self.document = document
        let n = document.nodes.count
        textLength = []
        linkLength = []
        commas = []
        paragraphProse = []
        tagFlags = []
        classWeight = []
        removed = Array(repeating: false, count: n)
        measure()
    }

    // MARK: - Measuring

    /// Fills the per-node measures in one reverse pass (children before parents), on local arrays and one
    /// pointer to the text bytes, so the loop pays no per-write uniqueness checks.
    private mutating func measure() {
        let nodes = document.nodes
        let n = nodes.count
        var textLength = [Int32](repeating: 0, count: n), linkLength = [Int32](repeating: 0, count: n)
        var commas = [Int32](repeating: 0, count: n), paragraphProse = [Int32](repeating: 0, count: n)
        var tagFlags = [UInt8](repeating: 0, count: n), classWeight = [Int8](repeating: 0, count: n)
        document.textBytes.withUnsafeBufferPointer { text in
            var i = n - 1
            while i >= 0 {
                let node = nodes[i]
                if node.isText {
                    var count: Int32 = 0, commaCount: Int32 = 0
                    var k = Int(node.textStart)
                    let end = k + Int(node.textCount)
                    while k < end {
                        let byte = text[k]
                        if byte > 0x20 { count += 1; if byte == 0x2C { commaCount += 1 } }
                        k += 1
                    }
                    textLength[i] = count
                    commas[i] = commaCount
                } else {
                    let flags = Self.tagFlagTable[node.tag] ?? 0
                    tagFlags[i] = flags
                    if flags & TagFlag.link != 0 { linkLength[i] = textLength[i] }
                    if flags & TagFlag.paragraph != 0 {
                        // A paragraph counts as a whole (what its children added is replaced).
                        let prose = textLength[i] - linkLength[i]
                        paragraphProse[i] = prose >= 50 && linkLength[i] * 3 < textLength[i] ? prose : 0
                    }
                    if node.attributeCount > 0 {
                        classWeight[i] = ClassNameJudge.weight(
                            of: document.attributes(of: i), readsID: flags & TagFlag.heading == 0)
                    }
                }
                let parent = Int(node.parent)
                if parent >= 0 {
                    textLength[parent] += textLength[i]
                    linkLength[parent] += linkLength[i]
                    commas[parent] += commas[i]
                    paragraphProse[parent] += paragraphProse[i]
                }
                i -= 1
            }
        }
        self.textLength = textLength
        self.linkLength = linkLength
        self.commas = commas
        self.paragraphProse = paragraphProse
        for element in document.imageOpened where Int(element) < n { tagFlags[Int(element)] |= TagFlag.imageFirst }
        self.tagFlags = tagFlags
        self.classWeight = classWeight
    }

    func isHidden(_ i: Int) -> Bool {
        if document.nodes[i].attributeCount == 0 { return false }
        if document.attribute(of: i, "hidden") != nil { return true }
        if document.attribute(of: i, "aria-hidden") == "true" { return true }
        if let style = document.attribute(of: i, "style") {
            let bytes = ByteSearch.lowerASCII(style).filter { $0 != 0x20 }
            if ByteSearch.contains(bytes, Self.displayNone) || ByteSearch.contains(bytes, Self.visibilityHidden) {
                return true
            }
        }
        return false
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    func nonLinkLength(_ i: Int) -> Int32 { textLength[i] - linkLength[i] }

    func linkDensity(_ i: Int) -> Double {
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
            // An article's own header holds its lead paragraph; its headline, byline and date go later, line by line.
            if node.tag == "header" && isInsideArticle(i) && !isHidden(i) { i += 1; continue }
            var chrome = tagFlags[i] & TagFlag.chrome != 0 || isHidden(i)
            if !chrome, let role = document.attribute(of: i, "role")?.lowercased(), Self.chromeRoles.contains(role) {
                chrome = true
            }
            if !chrome && byClass && classWeight[i] < 0 && node.tag != "body" && node.tag != "html"
                && node.tag != "main"
                && document.attribute(of: i, "itemprop")?.lowercased() != "articlebody"
            {
                // A wrapper holding most of the page's prose is not chrome whatever its class says.
                chrome = classWeight[i] < -1 || Double(nonLinkLength(i)) < 0.4 * Double(total) || linkDensity(i) > 0.5
            }
            if !chrome && !byClass && classWeight[i] < 0 && node.tag != "body" && node.tag != "html"
                && ClassNameJudge.isDialog(document.attributes(of: i))
            {
                // The pass without class names still drops sign-in and registration dialogs: their form
                // messages outweigh a short article whose own box was pruned by its class.
                chrome = true
            }
            if chrome, node.tag == "header" || node.tag == "figure" || node.tag == "form" || node.tag == "noscript" {
                // Some pages wrap the whole article in one of these: only prune them when they are small.
                if Double(nonLinkLength(i)) > 0.5 * Double(total) { chrome = false }
            }
            if chrome && !isHidden(i) && classWeight[i] > -2 && paragraphProse[i] >= 200
                && Double(paragraphProse[i]) > 0.5 * Double(paragraphProse[0])
            {
                // A box that holds half the page's paragraphs is where the article is, whatever its tag or class
                // (the other half counts what consent dialogs, asides and footers hold).
                chrome = false
            }
            if chrome {
                if debugEnabled && textLength[i] >= 150 { debugLine("pruned (by class: \(byClass)) \(label(i))") }
                removed[i] = true
                i = document.subtreeEnd(of: i)
            } else {
                i += 1
            }
        }
    }

    /// True when an `<article>` element encloses `i`.
    private func isInsideArticle(_ i: Int) -> Bool {
        var a = Int(document.nodes[i].parent)
        while a >= 0 {
            if document.nodes[a].tag == "article" { return true }
            a = Int(document.nodes[a].parent)
        }
        return false
    }

    // MARK: - Extraction

    /// The article paragraphs, or an empty array when the page holds none.
    mutating func paragraphs(jsonLDBody: String?) -> [String] {
        let nodes = document.nodes
        guard !nodes.isEmpty else { return [] }
        var paragraphs: [String] = []
        // Which paragraphs are subheadings (h2...h6), in step with `paragraphs`.
        var isHeading: [Bool] = []
        for byClass in [true, false] {
            prune(byClass: byClass)
            guard let chosen = containerMatching(jsonLDBody) ?? bestContainer(in: 0..<nodes.count) else { continue }
            let top = outermostWrapper(of: chosen)
            if debugEnabled { debugPrint(chosen); debugLine("wrapper: \(label(top))") }
            var roots = articleRoots(chosen: chosen, top: top)
            if let lead = leadBox(before: chosen, outside: roots) {
                roots.insert(lead, at: roots.firstIndex(where: { $0 > lead }) ?? roots.endIndex)
            }
            if debugEnabled { for root in roots { debugLine("root: \(label(root))") } }
            paragraphs = []
            isHeading = []
            droppedLines = []
            for root in roots {
                pruneTail(of: root)
                classBlindRootText = byClass ? 0 : textLength[root]
                for block in blocks(under: root) {
                    if keeps(block) {
                        paragraphs.append(block.text)
                        isHeading.append(Self.isSubheading(block.tag))
                    } else if block.text.utf8.count < 120 {
                        droppedLines.append(block.text)
                    }
                }
            }
            if paragraphs.reduce(0, { $0 + $1.utf8.count }) >= 250 { break }
        }
        classBlindRootText = 0
        if paragraphs.isEmpty {
            // No block long enough to score: the page's readable text outside chrome, if any.
            prune(byClass: true)
            let kept = blocks(under: 0).filter { keeps($0) && $0.textBytes > 0 }
            paragraphs = kept.map(\.text)
            isHeading = kept.map { Self.isSubheading($0.tag) }
        }
        droppedLines += Self.trimClosingLabels(&paragraphs, isHeading: isHeading)
        if let lines = Self.jsonLDLines(jsonLDBody, replacing: paragraphs) { paragraphs = lines }
        for line in droppedLines where Self.isByline(line) {
            let words = line.split(separator: " ")
            let start = line.lowercased().hasPrefix("by ") ? 1 : 2
            if words.count > start { bylineLine = words[start...].joined(separator: " ") }
            break
        }
        return paragraphs
    }

    /// The outermost wrapper of `chosen` that adds no text to it: siblings are looked for beside it.
    private func outermostWrapper(of chosen: Int) -> Int {
        let nodes = document.nodes
        var top = chosen
        while true {
            let parent = Int(nodes[top].parent)
            guard parent >= 0, nodes[parent].tag != "body", nodes[parent].tag != "html" else { break }
            if proseLength(parent) <= proseLength(chosen) + proseLength(chosen) / 10 + 10 {
                top = parent
            } else {
                break
            }
        }
        return top
    }

    /// The roots whose blocks make the article: `chosen` (below its wrapper `top`) and the siblings of
    /// `top` that read like more of the article (readability's sibling rule), in document order.
    private func articleRoots(chosen: Int, top: Int) -> [Int] {
        let nodes = document.nodes
        let parent = Int(nodes[top].parent)
        guard parent >= 0 else { return [chosen] }
        var roots: [Int] = []
        let threshold = max(Double(nonLinkLength(top)) * 0.2, 50)
        // Beside the page's top-level boxes stand banners and footers, not more of the article.
        let isPageLevel = nodes[parent].tag == "body" || nodes[parent].tag == "html"
        // Subheadings, lists and tables waiting for the next part of the article: kept only between two parts.
        var between: [Int] = []
        func append(_ root: Int) { roots += between; between = []; roots.append(root) }
        for sibling in document.children(of: parent) {
            if sibling == top { roots += between; between = []; roots += rootsBetween(top, chosen); continue }
            let node = nodes[sibling]
            if node.isText || removed[sibling] || isDroppedInside(sibling) { continue }
            let prose = Double(nonLinkLength(sibling))
            if node.tag == "p" && prose > 80 && linkDensity(sibling) < 0.25 { append(sibling); continue }
            if top == chosen && classWeight[sibling] > 0 && prose >= threshold && linkDensity(sibling) < 0.25 {
                append(sibling); continue
            }
            // A box of paragraphs beside the body (a lead, the next part of a split article).
            if !isPageLevel && readsAsProse(sibling) { append(sibling); continue }
            // Articles cut into repeated boxes ("chunks", "cards"): a sibling built like the chosen one.
            if node.tag == nodes[top].tag, let cls = document.attribute(of: sibling, "class"), !cls.isEmpty,
                cls == document.attribute(of: top, "class"),
                prose >= 20, linkDensity(sibling) < 0.3
            {
                append(sibling); continue
            }
            if !isPageLevel && !roots.isEmpty && isStructuredText(sibling) { between.append(sibling) }
        }
        return roots
    }

    /// The lines of a JSON-LD `articleBody` when it is far longer than the `paragraphs` the markup gave.
    private static func jsonLDLines(_ body: String?, replacing paragraphs: [String]) -> [String]? {
        guard let body else { return nil }
        let have = paragraphs.reduce(0, { $0 + $1.utf8.count })
        guard body.utf8.count > 3 * max(have, 100) else { return nil }
        let lines = body.split(whereSeparator: { $0 == "\n" }).map { line -> String in
            var b = TextBuilder(); b.append(String(line)); return b.finish()
        }.filter { !$0.isEmpty }
        return lines.isEmpty ? nil : lines
    }

    /// Dropped short lines and the first paragraphs: where a dateline would be.
    func leadingLines() -> [String] { droppedLines }
}
