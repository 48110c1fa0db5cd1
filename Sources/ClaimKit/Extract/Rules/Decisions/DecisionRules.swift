/// The ordered table of decision rules. Order is meaning: a rule sees what the rules above it
/// set (the trigger first, then the category, then the subject) and may overrule it.
/// To add a rule: one file in this folder, one line here (see Extract/README.md).
enum DecisionRules {
    static let table: [any DecisionRule] = [
        // The trigger
        ChainTrigger(),  // the mention's or its chain's verb or predicate
        OwnStateKept(),  // "two bodies and 3 people were injured"
        CasualtyNounInCare(),  // "all five crash victims were taken to a hospital"
        CoordinatedObjectVerb(),  // "killed a commander and 4 fighters"
        DividedCasualties(),  // "casualties included 7 dead and 19 injured"
        LossVerbKilled(),  // "we lost 23 of our people"
        // The category
        ThingHeadCategory(),  // money, mines, equipment from the counted noun
        PartitiveCategory(),  // "three of the dead were teenagers"
        OtherStateDropped(),  // "were taken prisoner", "remain missing": no claim
        CapitalizedPeopleHead(),  // "60,000 Herero are estimated to have perished"
        TriggerCategory(),  // the trigger's category, when the noun may be people
        StateHeadCategory(),  // troops, killed, injured, casualties, displaced from the noun
        IncludedByToll(),  // "that figure included 323 Egyptians"
        ListAfterAmong(),  // "among them are 43 Syrians, six Bangladeshis ..."
        ChainCategory(),  // "31 Chileans and 4 Danes": the list's first item's category
        PartitiveLead(),  // "of 658 Egyptians who died, 630 were ..."
        LeadingCollectivePartitive(),  // "Of the dead, 12 were foreigners"
        IncludedInPrevious(),  // "among them six children"
        BareOneDropped(),  // "one was killed" without a noun: no claim
        OneOfGroupDropped(),  // "tried to save one of the wounded": no claim
        RateDropped(),  // "25 bodies a week": a rate, no claim
        ExchangedDropped(),  // "a prisoner swap for three insurgents": no claim
        LivesSavedDropped(),  // "save millions of lives": no claim
        ElidedFromPrevious(),  // "..., and 300 in ...": the category before
        NeedsCategory(),  // no category: no claim
        ForeignSentenceDropped(),  // "hat Crocs die italienische Marke": no English reading of German
        // The subject and qualifier
        AdjectiveSubject(),  // "more than 20 dead"
        NearestCountedNoun(),  // "eight people ... and 44 had been injured"
        MoreOfPrevious(),  // "40 more were wounded"
        TollSubject(),  // "the number of people who lost their lives ... to 61"
        MoneySubject(),  // what a sum pays for
        MoneyNameAfterSum(),  // "$250,000 fines", "the $49 Thunderbolt 2 to Thunderbolt 3 adapter"
        TollPassingHedge(),  // "the death toll passed 1,000"
        EstimateHedge(),  // "the UN estimate of 670": about
    ]

    /// Runs the rules (the table) on `decision`: whether the mention is a claim (then its category is set).
    static func decide(_ decision: inout Decision, in context: DecisionContext, rules: [any DecisionRule] = table)
        -> Bool
    {
        for rule in rules where rule.apply(to: &decision, in: context) == .drop { return false }
        return decision.category != nil
    }
}
