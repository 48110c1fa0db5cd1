/// One story's id (`e1`, `e2` ... in order of the story's first article in the input).
public struct StoryID: ReportID {
    /// The bare id text.
    public let rawValue: String

    /// Wraps `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The id of the story at `index` in story order (0 is `e1`): the one place stories are named.
    init(index: Int) { self.init("e\(index + 1)") }
}
