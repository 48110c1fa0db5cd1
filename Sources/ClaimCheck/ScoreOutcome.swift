import ClaimKit

/// A scoring run: the numbers, and the claims behind them that a person checks by hand.
public struct ScoreOutcome: Sendable, Equatable {
    /// A required gold claim no record matched.
    public struct Miss: Sendable, Equatable {
        /// The article's base name (no folders, no extension).
        public var article: String
        public var gold: GoldFile.Claim
    }

    /// A scored record that matched no gold claim (a false positive).
    public struct Extra: Sendable, Equatable {
        public var article: String
        public var record: ScoreRecord
    }

    /// A matched record whose speaker fits none of the gold speaker keywords.
    public struct SpeakerMiss: Sendable, Equatable {
        public var article: String
        public var gold: GoldFile.Claim
        public var record: ScoreRecord
    }

    public var result: ScoreResult
    /// In score.py's order: gold article order, then gold claim order (required before optional).
    public var misses: [Miss]
    /// Gold article order, then record order.
    public var extras: [Extra]
    /// In match order.
    public var speakerMisses: [SpeakerMiss]
}
