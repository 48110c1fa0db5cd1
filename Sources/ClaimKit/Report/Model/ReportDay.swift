/// A publication day, parsed once from its ISO text (yyyy-mm-dd): compared and sorted as a day,
/// and written back as the same ten characters in every output.
public struct ReportDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// Days from 1970-01-01.
    public let day: Int

    /// The day of an ISO date or date-time ("2023-09-19", "2023-09-19T10:00:00Z"); nil when its first
    /// ten characters are not a calendar day written yyyy-mm-dd.
    public init?(iso text: String) {
        let head = String(text.prefix(10))
        guard let day = ClaimContext.day(ofISODate: head), ReportDay.format(day) == head else { return nil }
        self.day = day
    }

    /// Reads the yyyy-mm-dd string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = ReportDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not yyyy-mm-dd"))
        }
        self = parsed
    }

    /// Writes the yyyy-mm-dd string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// The day as yyyy-mm-dd, as every output writes it.
    public var iso: String { ReportDay.format(day) }

    /// The yyyy-mm-dd text.
    public var description: String { iso }

    /// Earlier days first.
    public static func < (a: ReportDay, b: ReportDay) -> Bool { a.day < b.day }

    /// yyyy-mm-dd of a day from 1970-01-01.
    static func format(_ day: Int) -> String {
        let (year, month, date) = civil(day)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let digits = String(year)
        return (year >= 0 && year < 1000 ? String(repeating: "0", count: 4 - digits.count) : "") + digits + "-"
            + two(month) + "-" + two(date)
    }

    /// Year, month and day of the month of a day from 1970-01-01 (civil from days, Howard Hinnant's
    /// algorithm): the one calendar conversion the report uses.
    static func civil(_ day: Int) -> (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let date = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, date)
    }
}
