/// Thresholds of the report's grouping rules; the defaults suit daily news.
public struct ReportOptions: Sendable, Equatable {
    /// Claims from articles published at most this many days apart can be about the same event.
    public var eventWindowDays: Int
    /// Two facts with different numbers are taken as one disputed fact when the smaller number is at
    /// least this fraction of the larger one (and no article gives both).
    public var disputedValueRatio: Double
    /// Shingle Jaccard similarity from which two articles are wire copies of one text.
    public var wireCopySimilarity: Double

    /// Creates options.
    public init(eventWindowDays: Int = 3, disputedValueRatio: Double = 0.8, wireCopySimilarity: Double = 0.5) {
        self.eventWindowDays = eventWindowDays
        self.disputedValueRatio = disputedValueRatio
        self.wireCopySimilarity = wireCopySimilarity
    }
}
