/// What the decision rules read besides the decision: the sentence and what was decided before it.
struct DecisionContext {
    /// The sentence's tokens and helpers.
    let sentence: ClaimRules
    /// Every mention of the sentence that was read (not-claims left out), in order.
    let analyses: [MentionAnalysis]
    /// The claims decided so far in this sentence.
    var found: [FoundClaim] = []
    /// Per found claim: whether it was an "including" part of the claim before.
    var included: [Bool] = []
    /// The category each analysis (by index) was decided to have, for later items of its list.
    var categoryOf: [Int: ClaimCategory] = [:]
    /// The latest people or troops noun phrase counted in this sentence.
    var lastCountedNoun: String?

    init(sentence: ClaimRules, analyses: [MentionAnalysis]) {
        self.sentence = sentence
        self.analyses = analyses
    }

    var tokens: [Token] { sentence.tokens }
    var n: Int { sentence.n }
}
