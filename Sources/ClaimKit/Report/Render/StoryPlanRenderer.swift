/// The `stories` format: which story and which wire-copy source each article is in, then the story
/// records, and nothing of the facts. It is the first pass of a reduce cut into blocks (the Spark
/// job): run on every article record, it says which articles must share a block (one story never
/// spans two) and gives the story and source numbers the whole report uses.
public struct StoryPlanRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// One `{"record":"article_story",...}` line per article, in input order, then one
    /// `{"record":"story",...}` line per story (as JSON Lines writes them).
    public func write(_ report: Report, to sink: (String) -> Void) {
        for source in report.sources {
            var w = JSONObjectWriter()
            w.add("record", "article_story")
            w.add("article", source.path)
            w.add("story", source.story)
            w.add("source", source.source)
            sink(w.json + "\n")
        }
        for story in report.stories { sink(JSONLRenderer.storyJSON(story) + "\n") }
    }
}
