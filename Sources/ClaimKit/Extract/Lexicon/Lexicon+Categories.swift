/// Which categories a rule may carry over.
extension Lexicon {
    /// Categories a partitive takes from the whole ("35 of the 45 casualties").
    static let partitiveCategories: [ClaimCategory] = [.killed, .injured, .casualties]
    /// Categories an amount without a noun may take from the claim before ("..., and 300 in ...").
    static let elidableCategories: [ClaimCategory] = [.mines, .equipment, .troops]
}
