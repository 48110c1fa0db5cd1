extension JSONObjectWriter {
    /// Adds an id field as its bare string, or `null` for nil.
    mutating func add(_ name: String, _ id: (some ReportID)?) { add(name, id?.rawValue) }

    /// Adds an array of ids as bare strings.
    mutating func add(_ name: String, _ ids: [some ReportID]) { add(name, ids.map(\.rawValue)) }

    /// Adds a day field as yyyy-mm-dd, or `null` for nil.
    mutating func add(_ name: String, _ day: ReportDay?) { add(name, day?.iso) }
}
