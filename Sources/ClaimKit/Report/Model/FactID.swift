/// One fact's id (`g1`, `g2` ... in order of the fact's first claim in the input).
public struct FactID: ReportID {
    /// The bare id text.
    public let rawValue: String

    /// Wraps `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }
}
