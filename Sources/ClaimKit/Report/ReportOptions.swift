/// Thresholds of the report's grouping rules; the defaults suit daily news.
public struct ReportOptions: Sendable, Equatable {
    /// Claims from articles published at most this many days apart can be about the same event.
    public var eventWindowDays: Int
    /// Two facts with different numbers are taken as one disputed fact when the smaller number is at
    /// least this fraction of the larger one (and no article gives both).
    public var disputedValueRatio: Double
    /// The same, when both facts name the same specific kind of subject ("police officers" in both).
    public var disputedSameKindRatio: Double
    /// Shingle Jaccard similarity from which two articles are wire copies of one text.
    public var wireCopySimilarity: Double
    /// Articles with fewer words are flagged as short where an omission is reported (the page may
    /// not have been read whole).
    public var shortArticleWords: Int

    /// Creates options.
    public init(eventWindowDays: Int = 3, disputedValueRatio: Double = 0.8, disputedSameKindRatio: Double = 0.6,
                wireCopySimilarity: Double = 0.5, shortArticleWords: Int = 150) {
        self.eventWindowDays = eventWindowDays
        self.disputedValueRatio = disputedValueRatio
        self.disputedSameKindRatio = disputedSameKindRatio
        self.wireCopySimilarity = wireCopySimilarity
        self.shortArticleWords = shortArticleWords
    }
}
