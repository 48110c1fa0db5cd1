extension ContentExtractor {
    /// The paragraphs of a fragment of markup taken from a page's script data (a how-to's steps), read as a
    /// page of its own: the body of a page whose markup holds no article text.
    static func paragraphs(ofFragment markup: String) -> [String] {
        guard let document = HTMLParser.parse(utf8: Array(markup.utf8)) else { return [] }
        let extractor = ContentExtractor(document: document)
        return extractor.blocks(under: 0).filter { extractor.keeps($0) }.map(\.text)
    }
}
