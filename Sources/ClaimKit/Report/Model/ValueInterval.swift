/// The span of values a hedged number allows: "more than 300" and "about 300" overlap, "4" and "6" do not.
public struct ValueInterval: Sendable, Equatable {
    /// The least value the claim allows.
    public var lower: Double
    /// The largest value the claim allows.
    public var upper: Double

    /// Creates an interval.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// How far a hedge reaches beyond the stated number, as a fraction of it.
    public static let hedgeReach = 0.3
    /// How far "about" reaches either side.
    public static let aboutReach = 0.15

    /// The interval of a claim's value; nil for a vague amount (no number).
    public init?(value: Double?, upper: Double?, qualifier: Qualifier) {
        guard let value else { return nil }
        let reach = abs(value) * ValueInterval.hedgeReach
        switch qualifier {
        case .exact: self.init(lower: value, upper: value)
        case .about:
            self.init(
                lower: value - abs(value) * ValueInterval.aboutReach,
                upper: value + abs(value) * ValueInterval.aboutReach)
        case .nearly: self.init(lower: value - abs(value) * ValueInterval.aboutReach, upper: value)
        // "more than 300" is read as news uses it: at least the number, and not far above it.
        case .moreThan, .atLeast: self.init(lower: value, upper: upper ?? value + reach)
        case .fewerThan, .atMost: self.init(lower: value - reach, upper: value)
        case .range: self.init(lower: value, upper: max(value, upper ?? value))
        }
    }

    /// Whether the two intervals share a value (tolerant of floating-point noise).
    public func overlaps(_ other: ValueInterval) -> Bool {
        let eps = 1e-9 * max(1, abs(lower), abs(upper), abs(other.lower), abs(other.upper))
        return lower <= other.upper + eps && other.lower <= upper + eps
    }
}
