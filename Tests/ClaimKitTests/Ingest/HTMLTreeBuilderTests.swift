import ClaimBench
import Foundation
import Testing

@testable import ClaimKit

/// The SAX-built document must equal the copy of libxml2's own tree, node for node.
@Suite struct HTMLTreeBuilderTests {
    /// A printable dump of everything a rule can read from a document.
    private func dump(_ document: HTMLDocument) -> [String] {
        var lines = document.nodes.enumerated().map { index, node in
            let attributes = document.attributes(of: index).map { "\($0.name)=\($0.value)" }.joined(separator: " ")
            let text = node.isText ? document.text(of: index).debugDescription : ""
            return
                "\(index) <\(node.tag)> p\(node.parent) f\(node.firstChild) l\(node.lastChild) n\(node.nextSibling) d\(node.depth) e\(node.end) [\(attributes)] \(text)"
        }
        lines.append("jsonLD \(document.jsonLD)")
        lines.append("metadata \(document.metadataNodes)")
        lines.append("maxDepth \(document.maxDepth)")
        return lines
    }

    private func expectSameTree(_ html: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let sax = HTMLParser.parse(utf8: html).map(dump)
        let tree = ReferenceTreeParser.parse(utf8: html).map(dump)
        guard let sax, let tree else {
            #expect(
                (sax == nil) == (tree == nil), "\(label): one parser gave no document", sourceLocation: sourceLocation)
            return
        }
        if sax != tree {
            let first = (0..<min(sax.count, tree.count)).first { sax[$0] != tree[$0] } ?? min(sax.count, tree.count)
            Issue.record(
                "\(label): differs at line \(first): SAX \(first < sax.count ? sax[first] : "-") / tree \(first < tree.count ? tree[first] : "-")",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        "<html><head><title>T</title><meta property='og:title' content='A &amp; B'></head><body><p>One<p>Two</body></html>",
        "<!DOCTYPE html><html><body><div>a<!-- c -->b</div><script type='application/ld+json'>{\"headline\":\"H\"}</script></body></html><p>after</p>",
        "<html><body><div>x</div></body></html><p>after the root, no doctype</p>text",
        "<!-- first --><html><body>in</body></html><div>out</div>",
        "text before any tag<b>bold</b> tail",
        "<p>unclosed <b>bold <i>both</p> after",
        "<table><tr><td>1<td>2</table><ul><li>a<li>b</ul>",
        "<div hidden class=\"x y\" data-skip='1' ID='Main' Role=main>kept</div><svg><text>drop</text></svg><noscript>n</noscript>",
        "<a rel=author href='/a'>Name</a><span itemprop=datePublished content=2024-01-02>d</span><time datetime='2024-01-02'>Jan</time>",
        "<style>p{}</style><script>var a = '<p>not markup</p>';</script><p>&nbsp; &lt;tag&gt; &#x41;</p>",
        "<?xml version='1.0'?><html><body><p>pi first</p></body></html>",
        "<html><head><script type='application/LD+JSON'>[1,</script><script type=\"application/ld+json\">2]</script></head></html>",
        "",
        "<",
        "<html><frameset><frame src=x></frameset></html>",
    ])
    func smallPagesMatchLibxml2Tree(_ html: String) {
        expectSameTree(Array(html.utf8), html)
    }

    @Test func deepNestingAndLongTextMatch() {
        let deep = String(repeating: "<div>", count: 3_000) + "deep" + String(repeating: "</div>", count: 3_000)
        expectSameTree(Array(deep.utf8), "3,000 nested divs")
        let long = "<p>" + String(repeating: "word &amp; more ", count: 20_000) + "</p>"
        expectSameTree(Array(long.utf8), "one long text node")
    }

    @Test func corpusPagesMatch() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus/html")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
            .sorted()
        #expect(files.count == 5)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
            expectSameTree(CharsetDecoder.decode(bytes, isHTML: true).utf8, file)
        }
    }

    /// The 181 real pages of the ingest benchmark, when `../shared` (or CLAIMS_SHARED) is there.
    @Test func benchmarkPagesMatch() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let shared =
            ProcessInfo.processInfo.environment["CLAIMS_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? root.deletingLastPathComponent().appendingPathComponent("shared")
        let folder = shared.appendingPathComponent("ingest-bench/aeb/html")
        guard
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path).filter({
                $0.hasSuffix(".html.gz")
            }).sorted(),
            !files.isEmpty
        else { return }
        for file in files {
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gzip.arguments = ["-dc", folder.appendingPathComponent(file).path]
            let pipe = Pipe()
            gzip.standardOutput = pipe
            try gzip.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            gzip.waitUntilExit()
            expectSameTree(CharsetDecoder.decode([UInt8](data), isHTML: true).utf8, file)
        }
    }

    /// A picture dropped from the tree marks the element it opens (before any text of it), and only that one.
    @Test func picturesMarkTheElementsTheyOpen() throws {
        let html = "<html><body><p><img src='a.jpg'> <em>Caption</em></p><p>Text <img src='b.png'></p></body></html>"
        let document = try #require(HTMLParser.parse(utf8: Array(html.utf8)))
        let opened = document.imageOpened.map { document.nodes[Int($0)].tag }
        #expect(opened == ["p"])
        #expect(document.imageOpened.count == 1)
    }
}
