/// What reading one mention found: its counted noun phrase, the kind of its head, partitive and
/// inclusion marks, and the trigger words before and after it. The decision rules read it.
struct MentionAnalysis {
    /// What a counted noun names, before the decision rules pick a category.
    enum HeadKind: Equatable {
        /// No counted noun read (yet).
        case none
        /// People who may be in any state ("people", "civilians", "Palestinians").
        case person
        /// A noun the Lexicon does not count ("5 houses").
        case unknown
        /// A noun that names a category ("deaths", "troops", "tanks", a sum's currency).
        case counts(ClaimCategory)

        /// Whether the head counts a thing whatever the verb (`Lexicon.thingCategories`).
        var isThing: Bool {
            if case .counts(let category) = self { return Lexicon.thingCategories.contains(category) }
            return false
        }
    }

    var mention: NumberMention
    var subjectStart = -1
    var subjectEnd = -1
    var head: String?
    var headCategory: HeadKind = .none
    /// Last token of the mention's noun phrase (or of the amount when elided).
    var nounEnd: Int
    var preTrigger: ClaimRules.Trigger?
    var postTrigger: ClaimRules.Trigger?
    /// No counted noun of its own ("40 more were wounded").
    var elided: Bool { subjectStart < 0 }
    var partitiveCategory: ClaimCategory?
    var predicateSubject: (Int, Int)?
    /// "including six children", "among them 3": part of the claim before.
    var including = false
    /// "9 of them seriously": more of the claim before.
    var pronounPartitive = false

    init(mention: NumberMention, nounEnd: Int) {
        self.mention = mention
        self.nounEnd = nounEnd
    }
}
