import ClaimKit

/// The numbers score.py prints with `--json`, under the same keys.
public struct ScoreResult: Codable, Sendable, Equatable {
    /// Claim detection counts and scores.
    public struct Claims: Codable, Sendable, Equatable {
        public var tp: Int
        public var fp: Int
        public var fn: Int
        /// Rounded to 4 decimals, as score.py rounds.
        public var precision: Double
        public var recall: Double
        public var f1: Double

        /// Creates claim scores.
        public init(tp: Int, fp: Int, fn: Int, precision: Double, recall: Double, f1: Double) {
            self.tp = tp
            self.fp = fp
            self.fn = fn
            self.precision = precision
            self.recall = recall
            self.f1 = f1
        }
    }

    /// Pairwise grouping scores over matched claims.
    public struct Grouping: Codable, Sendable, Equatable {
        public var pairsTP: Int
        public var pairsFP: Int
        public var pairsFN: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double

        /// Creates grouping scores.
        public init(pairsTP: Int, pairsFP: Int, pairsFN: Int, precision: Double, recall: Double, f1: Double) {
            self.pairsTP = pairsTP
            self.pairsFP = pairsFP
            self.pairsFN = pairsFN
            self.precision = precision
            self.recall = recall
            self.f1 = f1
        }

        enum CodingKeys: String, CodingKey {
            case pairsTP = "pairs_tp"
            case pairsFP = "pairs_fp"
            case pairsFN = "pairs_fn"
            case precision, recall, f1
        }
    }

    public var claims: Claims
    /// Share of matched claims whose speaker fits the gold keywords.
    public var speakerAccuracy: Double
    public var subjectAccuracy: Double
    public var qualifierAccuracy: Double
    /// Present only when every matched record carries a `group` key.
    public var grouping: Grouping?

    /// Creates a result.
    public init(
        claims: Claims, speakerAccuracy: Double, subjectAccuracy: Double, qualifierAccuracy: Double,
        grouping: Grouping? = nil
    ) {
        self.claims = claims
        self.speakerAccuracy = speakerAccuracy
        self.subjectAccuracy = subjectAccuracy
        self.qualifierAccuracy = qualifierAccuracy
        self.grouping = grouping
    }

    enum CodingKeys: String, CodingKey {
        case claims
        case speakerAccuracy = "speaker_accuracy"
        case subjectAccuracy = "subject_accuracy"
        case qualifierAccuracy = "qualifier_accuracy"
        case grouping
    }
}
