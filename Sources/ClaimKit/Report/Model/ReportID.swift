/// A report's own name for one of its things (`g1`, `e1`, `s1` ...): a string kept apart by type,
/// so a fact id cannot be passed where a story id is meant. It reads, prints and encodes as its
/// bare text (single-value `Codable`, `description`), so every output stays the same bytes.
public protocol ReportID: RawRepresentable<String>, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// Wraps `rawValue`.
    init(_ rawValue: String)
}

extension ReportID {
    /// Wraps `rawValue` (never fails).
    public init(rawValue: String) { self.init(rawValue) }

    /// Reads the bare string.
    public init(from decoder: any Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }

    /// Writes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The id from a literal (`"g1"`), for tests and fixed ids.
    public init(stringLiteral value: String) { self.init(value) }

    /// The bare text, as every output writes it.
    public var description: String { rawValue }

    /// Ordered by text, as the bare strings were.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
