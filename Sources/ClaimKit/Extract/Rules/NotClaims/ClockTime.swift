/// "10:30": a clock time.
struct ClockTime: NotClaimRule {
    func rejects(_ m: NumberMention, in s: ClaimRules) -> Bool {
        guard let d = m.digitToken else { return false }
        return s.tokens[d].hasColon
    }
}
