import Testing

@testable import ClaimKit

/// Wording classes found on benchgold (Tests/Fixtures/benchgold: real news pages never used for
/// tuning, issue 10). Every sentence here is invented in the general form of a class.
@Suite struct RecallWordingTests {
    // MARK: Misses: the count is there, the rules did not reach it

    /// A prepositional phrase with a count of places between the people and their predicate.
    @Test func countInsideAPhraseBeforeThePredicate() {
        #expect(
            scored("At least 40 villagers in 12 districts have been killed, officials said.")
                == ["killed 40 at_least «villagers» @officials"])
        #expect(scored("Five soldiers at 3 checkpoints were wounded.") == ["injured 5 exact «soldiers»"])
        // A year is still no count, and a second claim keeps its own predicate.
        #expect(scored("Two people in 2019 were killed.") == ["killed 2 exact «people»"])
        #expect(
            scored("Four soldiers and 3 civilians were killed.")
                == ["killed 4 exact «soldiers»", "killed 3 exact «civilians»"])
    }

    /// "are estimated / known / understood to have died" between the people and the predicate.
    @Test func estimatedToHaveDied() {
        #expect(scored("More than 900 people are estimated to have perished.") == ["killed 900 more_than «people»"])
        #expect(scored("Ten miners are known to have died.") == ["killed 10 exact «miners»"])
        #expect(scored("Six sailors are understood to have drowned.") == ["killed 6 exact «sailors»"])
        // A sum that is estimated stays a sum, and a count with no state predicate stays out.
        #expect(scored("About 300 houses are estimated to have been flooded.") == [])
    }

    /// A count noun with its link ("the number of", "the rise in") before a copula holds a toll.
    @Test func riseInDeathsWasN() {
        #expect(
            scored("The daily rise in virus deaths reported on Monday was 512.")
                == ["killed 512 exact «virus deaths»"])
        #expect(scored("The increase in injuries this week was 40.") == ["injured 40 exact «injuries»"])
        // A rise in something that is no state is no claim; nor is a percentage.
        #expect(scored("The rise in cases was 400 on Monday.") == [])
        #expect(scored("The rise in deaths was 12% on Monday.") == [])
    }

    /// "a 20,000-man army", "a 300-strong militia": the strength of an armed unit counts troops.
    @Test func strengthOfAnArmedUnit() {
        #expect(scored("He raised a 20,000-man private army in two weeks.") == ["troops 20000 exact «private army»"])
        #expect(scored("He leads a 300-strong militia.") == ["troops 300 exact «militia»"])
        #expect(scored("A 5,000-strong force was deployed.") == ["troops 5000 exact «force»"])
        // A committee, a jury or a crew by their size are no troops.
        #expect(scored("A three-member commission was set up.") == [])
        #expect(scored("A 12-man jury found him guilty.") == [])
        #expect(scored("The 11-man squad won the cup.") == [])
    }

    /// Firearms by their kind: "two shotguns", "four pistols" in a sentence of arms.
    @Test func firearmsByKind() {
        #expect(
            scored("Police seized two shotguns, four pistols and ammunition from the house.")
                == ["equipment 2 exact «shotguns»", "equipment 4 exact «pistols»"])
        // A calibre or a model number is no count; without a word of arms a pistol is not counted.
        #expect(scored("He carried a .45-caliber handgun and a 9mm pistol into the store.") == [])
        #expect(scored("The shop sold two water pistols on Sunday.") == [])
    }

    /// A people's name the Lexicon does not know, capitalised, before a predicate of people.
    @Test func capitalisedPeopleBeforeAPredicate() {
        expectRule(CapitalizedPeopleHead.self, "More than 60,000 Herero perished.", ["killed 60000 more_than «Herero»"])
        expectRule(CapitalizedPeopleHead.self, "Twelve Rohingya were killed.", ["killed 12 exact «Rohingya»"])
        // Lower-case animals, a title-case headline word and a brand stay out.
        #expect(scored("Forty sheep died in the storm.") == [])
        #expect(scored("3 Boeing Destroyed In Fire.") == [])
        #expect(sentenceClaims("The company sold 30 Boeing last year.") == [])
    }

    // MARK: False claims: a number near a state word that counts no state

    @Test func rateIsNoToll() {
        expectRule(RateDropped.self, "About 25 bodies a week are buried on the island.", [])
        expectRule(RateDropped.self, "The army is losing 300 soldiers per day.", [])
        // "a day after" places a time: the toll stays.
        #expect(scored("The attack killed 40 people a day after the truce.") == ["killed 40 exact «people»"])
    }

    @Test func oneOfAGroupIsNoCount() {
        expectRule(OneOfGroupDropped.self, "He tried to save one of the wounded demonstrators.", [])
        // With a predicate of its own it is a count; so are digits.
        #expect(scored("One of the wounded soldiers died later.") == ["killed 1 exact «wounded soldiers»"])
        #expect(scored("Three of the wounded soldiers died later.") == ["killed 3 exact «wounded soldiers»"])
    }

    @Test func peopleInASwapAreNoForce() {
        expectRule(ExchangedDropped.self, "Two hostages were freed in a swap for three senior insurgents.", [])
        expectRule(ExchangedDropped.self, "He was released in exchange for 50 soldiers.", [])
        // A sum paid in exchange stays money; "fighting for 300 soldiers" is no swap.
        #expect(scored("The town was swapped for $5 million.").count == 1)
        #expect(scored("The army paid for 300 soldiers to be trained.") == ["troops 300 exact «soldiers»"])
    }

    @Test func livesSavedAreNoDeaths() {
        expectRule(LivesSavedDropped.self, "The vaccine could save millions of lives.", [])
        expectRule(LivesSavedDropped.self, "Rescuers saved 40 lives on Sunday.", [])
        #expect(sentenceClaims("The flood took 40 lives on Sunday.") == ["killed 40 exact «lives»"])
    }

    // MARK: Classes named in issue 10, tried in invented wording

    @Test func tollWithAnAdverbBeforeTheValue() {
        #expect(scored("The toll is now 120.") == ["killed 120 exact «The toll»"])
        #expect(scored("The death toll stood officially at 45.") == ["killed 45 exact «death toll»"])
        // "now" before a number with no toll is nothing.
        #expect(scored("The office is now 120 years old.") == [])
    }

    @Test func foundDead() {
        #expect(scored("Twelve were found dead in the building.") == ["killed 12 exact «»"])
        #expect(scored("Four migrants were discovered dead in a truck.") == ["killed 4 exact «migrants»"])
        // Found, but not dead: no claim.
        #expect(scored("Five people were found in the rubble.") == [])
    }

    @Test func leadingOfTheDead() {
        expectRule(
            LeadingCollectivePartitive.self, "Of the dead, 12 were foreigners.", ["killed 12 exact «foreigners»"])
        expectRule(
            LeadingCollectivePartitive.self, "Among the injured, 5 are children.", ["injured 5 exact «children»"])
        // A whole that is no state ("of the guests") gives nothing.
        #expect(scored("Of the guests, 12 were foreigners.") == [])
    }

    @Test func partOfANumberedWholeWithAPredicate() {
        #expect(scored("Six of the 20 were hurt by the blast.") == ["injured 6 exact «»"])
        // The whole's own noun was already read; the inner number is never a second claim.
        #expect(scored("Six of the 20 people were hurt.") == ["injured 6 exact «people»"])
    }

    @Test func harmedByMines() {
        #expect(
            scored("At least 40 people have been affected by mine blasts.") == ["casualties 40 at_least «people»"])
        #expect(scored("Eight children fell victim to explosive remnants.") == ["casualties 8 exact «children»"])
        // Affected by something that is no mine: no claim.
        #expect(scored("Twelve people were affected by the floods.") == [])
    }

    @Test func peopleOfAnArmedUnit() {
        #expect(scored("A column of 300 men crossed the border.") == ["troops 300 exact «men»"])
        // A group of men is no unit.
        #expect(scored("A group of 30 men gathered.") == [])
    }

    @Test func armouredPersonnelCarriers() {
        #expect(
            scored("The army destroyed 12 armoured personnel carriers.")
                == ["equipment 12 exact «armoured personnel carriers»"])
        #expect(scored("Two aircraft carriers arrived in port.") == [])
    }

    @Test func unitsOfWeapons() {
        #expect(
            scored("Britain will send 200 units of armoured vehicles.")
                == ["equipment 200 exact «units of armoured vehicles»"])
        #expect(scored("The shop sold 5 units of cheese.") == [])
    }

    @Test func multiplierSign() {
        #expect(
            scored("The army fired 40x Storm Shadow missiles.") == ["equipment 40 exact «Storm Shadow missiles»"])
        // A size or a score written with an x is no count.
        #expect(scored("He drove 4x4 trucks across the front.") == [])
        #expect(scored("The army won 3x2 on Sunday.") == [])
    }

    @Test func modelNumberAfterAName() {
        #expect(
            NotClaimRules.rejects(
                mention(2, in: "Ukraine lost 3 Leopard 2 tanks."), in: rules("Ukraine lost 3 Leopard 2 tanks.")))
        #expect(scored("Ukraine received 12 F-16 jets.") == ["equipment 12 exact «F-16 jets»"])
        #expect(scored("The army received Type 10 tanks and Su-25 jets.") == [])
    }

    @Test func explosiveRemnantsAndAmputations() {
        #expect(scored("Sappers cleared 300 ERW in the village.") == ["mines 300 exact «ERW»"])
        #expect(scored("Doctors performed 35 amputations after the blasts.") == ["injured 35 exact «amputations»"])
    }

    /// "Of the 300 soldiers, 40 were killed": the whole is no item of a list with the count after it.
    @Test func wholeOfALeadingPartitiveKeepsItsOwnReading() {
        #expect(scored("Of the 20 passengers, 6 were hurt.") == ["injured 6 exact «»"])
        #expect(
            scored("Of the 300 soldiers, 40 were killed.")
                == ["troops 300 exact «soldiers»", "killed 40 exact «soldiers»"])
        // A list keeps its shared predicate.
        #expect(
            scored("Four police officers, two civilians and 3 soldiers were killed.")
                == ["killed 4 exact «police officers»", "killed 2 exact «civilians»", "killed 3 exact «soldiers»"])
    }

    @Test func breakdownAfterANumberedWhole() {
        #expect(
            scored("Among the 45 dead, 12 were children.") == ["killed 45 exact «dead»", "killed 12 exact «children»"])
        #expect(
            scored("Of the 45 people killed, 12 were children.")
                == ["killed 45 exact «people»", "killed 12 exact «children»"])
    }

    func rules(_ sentence: String) -> ClaimRules {
        let bytes = Array(sentence.utf8)
        return ClaimRules(tokens: Tokenizer.tokenize(bytes), bytes: bytes)
    }

    /// The mention of `sentence` whose value is `value`.
    func mention(_ value: Double, in sentence: String) -> NumberMention {
        let r = rules(sentence)
        return NumberParser.mentions(in: r.tokens).first { $0.value == value }!
    }
}
