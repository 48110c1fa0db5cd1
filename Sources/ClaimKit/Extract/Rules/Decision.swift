/// One mention's claim while the decision rules run: they set its trigger, category and subject,
/// or drop it. A mention that ends with a category is a claim.
struct Decision {
    /// What reading the mention found.
    let analysis: MentionAnalysis
    /// Index (in `DecisionContext.analyses`) of the first and last mention of its coordination chain.
    let chainHead: Int
    let chainTail: Int
    /// The category and the word that set it, if a trigger was found.
    var trigger: ClaimRules.Trigger?
    var category: ClaimCategory?
    var subject: String
    /// The mention (a rule may change its qualifier).
    var mention: NumberMention

    init(analysis: MentionAnalysis, chainHead: Int, chainTail: Int, subject: String) {
        self.analysis = analysis
        self.chainHead = chainHead
        self.chainTail = chainTail
        self.subject = subject
        self.mention = analysis.mention
    }
}
