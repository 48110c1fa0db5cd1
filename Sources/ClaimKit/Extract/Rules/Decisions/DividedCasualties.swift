/// "Casualties included 7 dead and 19 injured": the undivided word before, the divided noun here.
struct DividedCasualties: DecisionRule {
    func apply(to d: inout Decision, in c: DecisionContext) -> RuleVerdict {
        let a = d.analysis
        if let t = d.trigger, t.0 == .casualties {
            if let post = a.postTrigger, post.0 == .killed || post.0 == .injured {
                d.trigger = post
            } else if a.headCategory == .counts(.killed) || a.headCategory == .counts(.injured) {
                d.trigger = nil
            }
        }
        return .next
    }
}
