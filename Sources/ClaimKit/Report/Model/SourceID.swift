/// One independent source's id (`s1`, `s2` ...): wire copies of one text share it.
public struct SourceID: ReportID {
    /// The bare id text.
    public let rawValue: String

    /// Wraps `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Reads the bare string.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

    /// Writes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
