/// The rules of one robots.txt (RFC 9309) that apply to one user agent.
///
/// Groups start with `User-agent` lines; the groups naming our product token apply (merged),
/// else the `*` groups. Among the `Allow`/`Disallow` patterns that match a path, the longest
/// wins, and `Allow` wins a tie. Patterns may use `*` (any run) and a final `$` (end of path).
package struct RobotsRules: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: [UInt8]
    }

    var rules: [Rule]

    /// Everything allowed (no robots.txt, or a 4xx answer for it).
    package static let allowAll = RobotsRules(rules: [])
    /// Nothing allowed (robots.txt unreachable: RFC 9309 says assume complete disallow).
    package static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: Array("/".utf8))])

    init(rules: [Rule]) { self.rules = rules }

    /// Parses robots.txt `text` for the agent whose product token is `agent` (case-insensitive).
    package init(text: String, agent: String) {
        let token = agent.lowercased()
        var specific: [Rule] = [], generic: [Rule] = []
        var groupAgents: [String] = []
        var groupRules: [Rule] = []
        var inAgentLines = false
        func closeGroup() {
            if groupAgents.contains(token) { specific += groupRules }
            if groupAgents.contains("*") { generic += groupRules }
            groupAgents = []
            groupRules = []
        }
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = String(line[line.index(after: colon)...].trimmingSpaces)
            switch key {
            case "user-agent":
                if !inAgentLines { closeGroup() }
                inAgentLines = true
                // "claims/0.1" names the product token "claims".
                groupAgents.append(String(value.lowercased().split(separator: "/").first ?? ""))
            case "allow", "disallow":
                inAgentLines = false
                guard !groupAgents.isEmpty, !value.isEmpty else { continue }
                groupRules.append(Rule(allow: key == "allow", pattern: Array(value.utf8)))
            default:
                continue  // sitemap, crawl-delay and unknown keys do not end a group
            }
        }
        closeGroup()
        self.rules = specific.isEmpty ? generic : specific
    }

    /// Whether `path` (path and query of a URL, starting with `/`) may be fetched.
    package func allows(_ path: String) -> Bool {
        if path == "/robots.txt" { return true }
        let bytes = Array((path.isEmpty ? "/" : path).utf8)
        var best: Rule?
        for rule in rules where RobotsRules.matches(rule.pattern, bytes) {
            guard let current = best else { best = rule; continue }
            if rule.pattern.count > current.pattern.count || (rule.pattern.count == current.pattern.count && rule.allow)
            {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    /// A prefix match of `pattern` at the start of `path`, `*` matching any run, a final `$` the end.
    static func matches(_ pattern: [UInt8], _ path: [UInt8]) -> Bool {
        var pattern = pattern[...]
        let anchored = pattern.last == UInt8(ascii: "$")
        if anchored { pattern = pattern.dropLast() }
        // positions in `path` the pattern so far can end at
        var positions: Set<Int> = [0]
        for p in pattern {
            if p == UInt8(ascii: "*") {
                guard let first = positions.min() else { return false }
                positions = Set(first...path.count)
            } else {
                positions = Set(positions.compactMap { $0 < path.count && path[$0] == p ? $0 + 1 : nil })
            }
            if positions.isEmpty { return false }
        }
        return anchored ? positions.contains(path.count) : true
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }
}
