/// The number a fact is told with (its modal claim's), as data: the renderers word it (`NumberText`).
public struct FactValue: Codable, Sendable, Equatable {
    /// The value, nil when the claim gave none.
    public var value: Double?
    /// The top of a range.
    public var upper: Double?
    /// The hedge.
    public var qualifier: Qualifier
    /// Currency for money.
    public var unit: String?
    /// The vague words ("dozens") the value was coded from, if any (see `VagueAmount`).
    public var vagueWords: String?

    /// The value of `claim`.
    public init(_ claim: Claim) {
        value = claim.value
        upper = claim.upper
        qualifier = claim.qualifier
        unit = claim.unit
        vagueWords = VagueAmount.of(claim)?.words
    }
}
