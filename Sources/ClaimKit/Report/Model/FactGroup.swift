/// One fact: claims from one or more articles that count the same thing in the same event.
public struct FactGroup: Codable, Sendable, Equatable {
    /// Deterministic id (`g1`, `g2` ... in order of the first claim in the input).
    public var id: FactID
    /// What the fact counts.
    public var category: ClaimCategory
    /// The value most outlets gave (the modal claim's); `valueText` words it.
    public var value: FactValue
    /// The counted subject as the outlets write it ("police officers"), else the kind's label.
    public var subject: String
    /// The normalised kind of subject ("police/security personnel").
    public var subjectKind: String
    /// Currency for money facts.
    public var unit: String?
    /// Indices into `Report.claims`, in input order.
    public var claimIndices: [Int]
    /// Outlets telling the fact, in input order, each once.
    public var outlets: [String]
    /// Independent sources among them (wire copies count once).
    public var independentSources: Int
    /// The story (`e1` ...) of the fact.
    public var story: StoryID
    /// Earliest publication date among its claims.
    public var published: ReportDay?
    /// When this fact is a total: the ids of the facts it is the sum of.
    public var sumOf: [FactID]
    /// The ids of totals this fact is a part of.
    public var partOf: [FactID]
    /// The timeline (`t1` ...) linking the same measure reported at other dates, if any.
    public var timeline: String?
    /// The other facts of the timeline, oldest first.
    public var timelineWith: [FactID]
    /// What the outlets disagree on.
    public var differences: [FactDifference]

    /// Creates a group.
    public init(
        id: FactID, category: ClaimCategory, value: FactValue, subject: String, subjectKind: String,
        unit: String? = nil, claimIndices: [Int], outlets: [String], independentSources: Int, story: StoryID,
        published: ReportDay? = nil, sumOf: [FactID] = [], partOf: [FactID] = [], timeline: String? = nil,
        timelineWith: [FactID] = [], differences: [FactDifference] = []
    ) {
        self.id = id
        self.category = category
        self.value = value
        self.subject = subject
        self.subjectKind = subjectKind
        self.unit = unit
        self.claimIndices = claimIndices
        self.outlets = outlets
        self.independentSources = independentSources
        self.story = story
        self.published = published
        self.sumOf = sumOf
        self.partOf = partOf
        self.timeline = timeline
        self.timelineWith = timelineWith
        self.differences = differences
    }
}
