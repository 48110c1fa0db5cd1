/// "Air defences shot down 25 of 31 drones": a part of a whole written without a determiner.
extension ClaimRules {
    /// The whole after "of" when `m` is a part of it with no determiner between ("25 of 31
    /// drones"), its index in `mentions`, and whether it stays a count of its own: a whole of
    /// weapons or mines does ("31 drones" were launched), a whole of people does not (in "six of 10
    /// passengers were injured" the predicate is the part's).
    func bareWhole(after m: NumberMention, in mentions: [NumberMention]) -> (NumberMention, Int, keep: Bool)? {
        let p = m.last + 1
        guard p + 1 < n, tokens[p].is("of"), m.unit == nil, m.upper == nil, let part = m.value,
            let index = mentions.firstIndex(where: { $0.first == p + 1 })
        else { return nil }
        let whole = mentions[index]
        guard whole.unit == nil, whole.upper == nil, let total = whole.value, total > part else { return nil }
        let head = nounPhrase(from: whole.last + 1)?.2 ?? ""
        let keep =
            Lexicon.equipment.nouns.contains(head) || Lexicon.contextualEquipmentHeads.contains(head)
            || Lexicon.mines.nouns.contains(head)
        return (whole, index, keep)
    }
}
