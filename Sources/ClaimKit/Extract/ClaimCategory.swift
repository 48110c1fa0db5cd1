/// What a claim counts. The first seven are scored (shared/gold/GUIDE.md); others are extra.
public enum ClaimCategory: String, Codable, Sendable, CaseIterable, Comparable {
    case killed, injured, casualties, mines, troops, equipment, money
    /// People displaced, evacuated or made refugees (not scored).
    case displaced
    /// Anything else counted that a newsroom may want to see (not scored).
    case other

    /// The categories GUIDE.md scores.
    public static let scored: [ClaimCategory] = [.killed, .injured, .casualties, .mines, .troops, .equipment, .money]

    public static func < (lhs: ClaimCategory, rhs: ClaimCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
