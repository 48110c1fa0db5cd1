/// One sentence of an article's text, with where it lies.
public struct Sentence: Sendable, Equatable {
    /// The sentence as in the text (bullet and surrounding white space dropped).
    public var text: String
    /// Offsets in `Article.text`, in Unicode scalars (the claim record's `start`/`end`).
    public var start: Int
    /// The end offset (exclusive), in Unicode scalars.
    public var end: Int
    /// Offsets in the UTF-8 bytes of `Article.text`.
    public var byteStart: Int
    /// The end offset (exclusive), in UTF-8 bytes.
    public var byteEnd: Int
    /// Ends without a full stop, question or exclamation mark (a headline, dateline or caption line).
    public var isHeadline: Bool

    /// Creates a sentence record.
    public init(text: String, start: Int, end: Int, byteStart: Int, byteEnd: Int, isHeadline: Bool) {
        self.text = text
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.isHeadline = isHeadline
    }
}
