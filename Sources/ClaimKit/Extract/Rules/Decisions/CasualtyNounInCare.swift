/// "All five crash victims were taken to a hospital": victims or casualties taken to hospital keep
/// their own category (some may die there); an injury verb or a condition makes them injured.
struct CasualtyNounInCare: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if a.headCategory == .counts(.casualties), let t = d.trigger, t.0 == .injured, ClaimRules.isCareTrigger(t.1) {
            d.trigger = nil
        }
        return .next
    }
}
