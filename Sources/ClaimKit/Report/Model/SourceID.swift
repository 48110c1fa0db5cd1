/// One independent source's id (`s1`, `s2` ...): wire copies of one text share it.
public struct SourceID: ReportID {
    /// The bare id text.
    public let rawValue: String

    /// Wraps `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }
}
