import Foundation

/// The least scores `claims check` accepts; a score below its threshold fails the check
/// (0 turns one off).
public struct CheckThresholds: Sendable, Equatable {
    /// Least claim F1.
    public var f1: Double
    /// Least speaker accuracy.
    public var speaker: Double
    /// Least subject accuracy.
    public var subject: Double
    /// Least qualifier accuracy.
    public var qualifier: Double
    /// Least grouping pairwise F1.
    public var grouping: Double

    /// Creates thresholds; the defaults are the ones `make test` holds the corpus to.
    public init(
        f1: Double = 0.9, speaker: Double = 0.8, subject: Double = 0.8, qualifier: Double = 0.9, grouping: Double = 0.9
    ) {
        self.f1 = f1
        self.speaker = speaker
        self.subject = subject
        self.qualifier = qualifier
        self.grouping = grouping
    }

    /// Each threshold `result` does not meet, in words ("claim F1 0.850 is below 0.9").
    public func failures(_ result: ScoreResult) -> [String] {
        let scores = [
            ("claim F1", result.claims.f1, f1), ("speaker accuracy", result.speakerAccuracy, speaker),
            ("subject accuracy", result.subjectAccuracy, subject),
            ("qualifier accuracy", result.qualifierAccuracy, qualifier),
            ("grouping F1", result.grouping?.f1 ?? 0, grouping),
        ]
        return scores.filter { $0.1 < $0.2 }.map { "\($0.0) \(String(format: "%.3f", $0.1)) is below \($0.2)" }
    }
}
