/// What one outlet gave in one story: the facts it told, those it left out, and how much of it
/// was credited to a speaker.
public struct OutletSummary: Codable, Sendable, Equatable {
    /// The outlet.
    public var outlet: String
    /// Its articles in the story.
    public var articles: Int
    /// The facts (`g1` ...) it told.
    public var told: [FactID]
    /// The facts of the story it was flagged as leaving out.
    public var omitted: [FactID]
    /// Its claims in the story.
    public var claims: Int
    /// Those claims credited to a speaker (not in its own voice).
    public var attributed: Int

    /// Creates a summary.
    public init(
        outlet: String, articles: Int, told: [FactID] = [], omitted: [FactID] = [], claims: Int = 0, attributed: Int = 0
    ) {
        self.outlet = outlet
        self.articles = articles
        self.told = told
        self.omitted = omitted
        self.claims = claims
        self.attributed = attributed
    }

    /// The share of its claims credited to a speaker, 0 with no claim.
    public var attributedShare: Double { claims == 0 ? 0 : Double(attributed) / Double(claims) }

    /// "3 of 4 credited" style text: the share as a whole percentage.
    public var attributedPercent: Int { Int((attributedShare * 100).rounded()) }
}
