import Testing

@testable import ClaimKit

/// One test per rule of `DecisionRules.table`: the sentence's claims with the whole table, and
/// proof that the rule is what makes them (the table without it gives something else).
@Suite struct DecisionRuleTests {
    func expect<R: DecisionRule>(
        _ rule: R.Type, _ sentence: String, _ expected: [String], previousSubject: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectRule(rule, sentence, expected, previousSubject: previousSubject, sourceLocation: sourceLocation)
    }

    @Test func includedByToll() {
        expect(IncludedByToll.self, "The new deaths reported on Monday included 58 from Egypt.", ["killed 58 exact «»"])
    }
    @Test func listAfterAmong() {
        expect(
            ListAfterAmong.self, "Among the victims are an employee of the embassy, two Belgians and eleven Armenians.",
            ["casualties 2 exact «Belgians»", "casualties 11 exact «Armenians»"])
    }
    @Test func chainCategory() {
        expect(
            ChainCategory.self, "The death toll of 90 included 31 Chileans and 4 Danes.",
            ["killed 90 exact «death toll»", "killed 31 exact «Chileans»", "killed 4 exact «Danes»"])
    }
    @Test func partitiveLead() {
        expect(
            PartitiveLead.self, "Of 70 Moroccans who died, 52 were unregistered workers.",
            ["killed 70 exact «Moroccans»", "killed 52 exact «unregistered workers»"])
    }
    @Test func estimateHedge() {
        expect(EstimateHedge.self, "The death toll is estimated to be 2,000.", ["killed 2000 about «death toll»"])
    }
    @Test func foreignSentenceDropped() {
        expect(
            ForeignSentenceDropped.self, "Heute vergeht mir nach 3 verlorenen Matches in Folge ja schon die Lust.", [])
    }
    @Test func chainTrigger() {
        expect(
            ChainTrigger.self, "Four police officers and two civilians were killed.",
            ["killed 4 exact «police officers»", "killed 2 exact «civilians»"])
    }
    @Test func ownStateKept() {
        expect(
            OwnStateKept.self, "Two bodies and 3 people were injured.",
            ["killed 2 exact «bodies»", "injured 3 exact «people»"])
    }
    @Test func coordinatedObjectVerb() {
        expect(
            CoordinatedObjectVerb.self, "The strike killed a commander and 4 fighters.", ["killed 4 exact «fighters»"])
    }
    @Test func dividedCasualties() {
        expect(
            DividedCasualties.self, "Casualties included 7 dead and 19 injured.",
            ["killed 7 exact «dead»", "injured 19 exact «»"])
    }
    @Test func lossVerbKilled() {
        expect(LossVerbKilled.self, "We lost 23 of our people.", ["killed 23 exact «people»"])
    }
    @Test func thingHeadCategory() {
        expect(ThingHeadCategory.self, "The army said it destroyed 3 tanks.", ["equipment 3 exact «tanks»"])
    }
    @Test func partitiveCategory() {
        expect(PartitiveCategory.self, "Three of the dead were teenagers.", ["killed 3 exact «teenagers»"])
    }
    @Test func otherStateDropped() {
        expect(OtherStateDropped.self, "About 1,500 servicemen were taken prisoner.", [])
    }
    @Test func triggerCategory() {
        expect(TriggerCategory.self, "Five people were killed.", ["killed 5 exact «people»"])
    }
    @Test func stateHeadCategory() {
        expect(StateHeadCategory.self, "The clashes left 12 fatalities.", ["killed 12 exact «fatalities»"])
    }
    @Test func includedInPrevious() {
        expect(
            IncludedInPrevious.self, "Five people were killed, including two children.",
            ["killed 5 exact «people»", "killed 2 exact «children»"])
    }
    @Test func bareOneDropped() {
        expect(BareOneDropped.self, "One was killed.", [])
    }
    @Test func elidedFromPrevious() {
        expect(
            ElidedFromPrevious.self, "Deminers cleared 120 mines in Aghdam and 300 in Fuzuli.",
            ["mines 120 exact «mines»", "mines 300 exact «mines»"])
    }
    @Test func needsCategoryEndsADecisionWithoutOne() {
        let bytes = Array("He saw 12 houses.".utf8)
        let tokens = Tokenizer.tokenize(bytes)
        let rules = ClaimRules(tokens: tokens, bytes: bytes)
        let m = NumberParser.mentions(in: tokens)[0]
        var decision = Decision(
            analysis: MentionAnalysis(mention: m, nounEnd: m.last), chainHead: 0, chainTail: 0, subject: "")
        let context = DecisionContext(sentence: rules, analyses: [])
        #expect(NeedsCategory().apply(to: &decision, in: context) == .drop)
        decision.category = .killed
        #expect(NeedsCategory().apply(to: &decision, in: context) == .next)
    }
    @Test func adjectiveSubject() {
        expect(AdjectiveSubject.self, "More than 20 dead were counted.", ["killed 20 more_than «dead»"])
    }
    @Test func nearestCountedNoun() {
        expect(
            NearestCountedNoun.self, "Eight people were still missing and 44 had been injured.",
            ["injured 44 exact «people»"])
    }
    @Test func moreOfPrevious() {
        // The sentence after "Five soldiers were killed."
        expect(
            MoreOfPrevious.self, "Another 40 more were wounded.", ["injured 40 exact «soldiers»"],
            previousSubject: "soldiers")
    }
    @Test func tollSubject() {
        expect(TollSubject.self, "The death toll rose to 61.", ["killed 61 exact «death toll»"])
    }
    @Test func moneySubject() {
        expect(MoneySubject.self, "The EU pledged $400m in aid.", ["money 400000000 exact «aid»"])
    }
    @Test func tollPassingHedge() {
        expect(TollPassingHedge.self, "The death toll passed 1,000.", ["killed 1000 more_than «death toll»"])
    }
}
