/// One numeric claim: the record of shared/gold/GUIDE.md ("The claim record").
public struct Claim: Codable, Sendable, Equatable {
    /// The input path of the article.
    public var article: String
    /// The outlet that published the article, when known.
    public var outlet: String?
    /// The article's publication date (ISO 8601), when known.
    public var published: String?
    /// What is counted (killed, injured, money ...).
    public var category: ClaimCategory
    /// The number as stated, normalised; the lower end of a range; nil for a vague amount.
    public var value: Double?
    /// The upper end of a range.
    public var upper: Double?
    /// How the number is hedged (exact, at least, about ...).
    public var qualifier: Qualifier
    /// ISO 4217 currency for money, else nil.
    public var unit: String?
    /// The counted noun phrase as written.
    public var subject: String
    /// Who the article credits, as written (resolved for pronouns); nil for the outlet's own voice.
    public var speaker: String?
    /// The speaker's canonical name from the alias table.
    public var speakerEntity: String?
    /// The whole sentence that holds the claim.
    public var sentence: String
    /// Offsets of the sentence in `Article.text`, in Unicode scalars; -1 for a headline that
    /// is only in `Article.title` (HTML pages keep the headline out of the body text).
    public var start: Int
    /// The end offset of the sentence (exclusive), in Unicode scalars; -1 with `start` for a headline.
    public var end: Int
    /// The word that set the category ("killed", "mines", "cost").
    public var trigger: String?
    /// The attribution cue ("said", "according to", "it said").
    public var cue: String?
    /// True when the amount is a vague word ("dozens", "hundreds", "billions"): `value` is only
    /// its conventional code (dozens 12, hundreds 100), so a report should not read it as exact.
    public var vague: Bool?
    /// The report's fact group, when grouped.
    public var group: String?

    /// Creates a claim record.
    public init(
        article: String, outlet: String? = nil, published: String? = nil, category: ClaimCategory,
        value: Double?, upper: Double? = nil, qualifier: Qualifier = .exact, unit: String? = nil,
        subject: String, speaker: String? = nil, speakerEntity: String? = nil, sentence: String,
        start: Int, end: Int, trigger: String? = nil, cue: String? = nil,
        group: String? = nil, vague: Bool? = nil
    ) {
        self.article = article
        self.outlet = outlet
        self.published = published
        self.category = category
        self.value = value
        self.upper = upper
        self.qualifier = qualifier
        self.unit = unit
        self.subject = subject
        self.speaker = speaker
        self.speakerEntity = speakerEntity
        self.sentence = sentence
        self.start = start
        self.end = end
        self.trigger = trigger
        self.cue = cue
        self.group = group
        self.vague = vague
    }

    enum CodingKeys: String, CodingKey {
        case article, outlet, published, category, value, upper, qualifier, unit, subject, speaker
        case speakerEntity = "speaker_entity"
        case sentence, start, end, trigger, cue, group, vague
    }
}
