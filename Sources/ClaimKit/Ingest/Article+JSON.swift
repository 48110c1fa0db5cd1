extension Article {
    /// The article as one `claims text` JSON Lines record.
    public var jsonLine: String {
        var w = JSONObjectWriter()
        w.add("article", path)
        w.add("title", title)
        w.add("outlet", outlet)
        w.add("url", url)
        w.add("published", published)
        w.add("published_source", publishedSource)
        w.add("byline", byline)
        if let fetched { w.add("fetched", fetched) }  // only pages from a web archive have a crawl time
        w.add("encoding", encoding)
        w.add("encoding_source", encodingSource)
        w.add("words", words)
        w.add("text", text)
        return w.json
    }
}
