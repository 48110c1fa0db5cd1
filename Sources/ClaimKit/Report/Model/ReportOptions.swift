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
    /// Two facts with different numbers are one disputed fact only when some pair of their sentences
    /// shares at least this much of its content words (Jaccard); facts meet only inside one story.
    public var disputeContext: Double = 0.1
    /// Two facts whose numbers are this close (smaller over larger) are one disputed fact whatever
    /// their wording, when all else allows it.
    public var nearlySameRatio: Double = 0.97
    /// Two sums of money under `priceLimit` of unknown purpose from two sources are one fact only when
    /// their sentences' content words overlap at least this much (Jaccard).
    public var unknownPurposeContext: Double = 0.1
    /// Sums of money below this (in their currency) are read as prices when their purpose is unknown.
    public var priceLimit: Double = 10_000
    /// Dated articles of one story are published at most this many days apart (a story is followed
    /// for days; its facts still meet only within `eventWindowDays`).
    public var storyWindowDays: Int
    /// Keep only the stories whose label, words, articles, headlines or outlets contain this text (any case).
    public var storyFilter: String?
    /// Keep only the facts of these categories (nil: all).
    public var categories: Set<ClaimCategory>?
    /// Keep only the facts told by at least this many outlets.
    public var minOutlets: Int

    /// Creates options.
    public init(
        eventWindowDays: Int = 3, disputedValueRatio: Double = 0.8, disputedSameKindRatio: Double = 0.6,
        wireCopySimilarity: Double = 0.5, shortArticleWords: Int = 150, storyWindowDays: Int = 7,
        storyFilter: String? = nil, categories: Set<ClaimCategory>? = nil, minOutlets: Int = 1
    ) {
        self.eventWindowDays = eventWindowDays
        self.disputedValueRatio = disputedValueRatio
        self.disputedSameKindRatio = disputedSameKindRatio
        self.wireCopySimilarity = wireCopySimilarity
        self.shortArticleWords = shortArticleWords
        self.storyWindowDays = storyWindowDays
        self.storyFilter = storyFilter
        self.categories = categories
        self.minOutlets = minOutlets
    }
}
