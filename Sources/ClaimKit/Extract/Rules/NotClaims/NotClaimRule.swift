/// A test that a mention is no claim (a year, a time, a measure, a name, an age, a label).
/// Each rule is pure: the table's order only decides which rule answers first.
protocol NotClaimRule: Sendable {
    /// Whether `m` in `sentence` is no claim.
    func rejects(_ m: NumberMention, in sentence: ClaimRules) -> Bool
}
