import Foundation

extension SubjectKindTable {
    /// A line of a kinds file that could not be read.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        /// What is wrong.
        public var detail: String
        /// `line N: DETAIL`.
        public var description: String { "line \(line): \(detail)" }
    }

    /// Rows from a newsroom's kinds file, one kind per line, `#` starts a comment:
    ///
    ///     id | label | flags | phrase, phrase, ...
    ///
    /// `flags` is empty or a comma list of `people` (counts people), `generic` (fits any kind of
    /// people) and `family=NAME` (kinds of one family may be the same people: grouped, flagged).
    public static func parse(_ text: String) throws(ParseError) -> [Entry] {
        var entries: [Entry] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == 4, !fields[0].isEmpty else {
                throw ParseError(line: n + 1, detail: "expected 'id | label | flags | phrases'")
            }
            var kind = SubjectKind(id: fields[0], label: fields[1].isEmpty ? fields[0] : fields[1])
            for flag in fields[2].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !flag.isEmpty {
                if flag == "people" {
                    kind.isPeople = true
                } else if flag == "generic" {
                    kind.isGeneric = true
                    kind.isPeople = true
                } else if flag.hasPrefix("family=") {
                    kind.family = String(flag.dropFirst("family=".count))
                } else {
                    throw ParseError(line: n + 1, detail: "unknown flag '\(flag)' (people, generic, family=NAME)")
                }
            }
            let phrases = fields[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard !phrases.isEmpty else { throw ParseError(line: n + 1, detail: "no phrases") }
            entries.append(Entry(kind: kind, phrases: phrases))
        }
        return entries
    }

    /// This table with `entries` tried first (a newsroom's words before the built-in ones).
    public func prepending(_ entries: [Entry]) -> SubjectKindTable {
        SubjectKindTable(entries: entries + self.entries)
    }
}
