import Testing

@testable import ClaimKit

/// Counts of people and things in the wording of real pages (issue 10: killed, injured, troops,
/// equipment, mines). Every sentence is invented in the general form of a class.
@Suite struct CountWordingTests {
    /// Victims or casualties taken to hospital stay casualties (some may die there); people taken
    /// there, or victims in a condition or with an injury verb, are injured.
    @Test func casualtyNounTakenToHospital() {
        expectRule(
            CasualtyNounInCare.self, "All eight bus victims were flown to a hospital in the capital.",
            ["casualties 8 exact «bus victims»"])
        #expect(scored("Six miners were rushed to hospital.") == ["injured 6 exact «miners»"])
        #expect(scored("Four victims are in serious condition.") == ["injured 4 exact «victims»"])
        #expect(scored("Ten victims were wounded by shrapnel.") == ["injured 10 exact «victims»"])
    }

    /// A capitalised name of several words before the counted noun modifies it: its first word is
    /// no leading "new" and its last no reporting verb ("States").
    @Test func placeNameBeforeTheNoun() {
        #expect(
            scored("Three United States contractors were wounded in the blast, the embassy said.")
                == ["injured 3 exact «United States contractors» @the embassy"])
        #expect(
            scored("Five New Jersey commuters were killed in the crash.") == ["killed 5 exact «New Jersey commuters»"])
        // A leading "new" before a lower-case noun still only modifies it; "said" still ends the phrase.
        #expect(scored("Two new soldiers were killed.") == ["killed 2 exact «soldiers»"])
        #expect(scored("Officials said six civilians were injured.") == ["injured 6 exact «civilians» @Officials"])
    }

    /// "three to five million": a range whose scale word comes once, after its upper end.
    @Test func rangeWithOneScaleWordInWords() {
        #expect(
            scored("Some two to six million landmines still lie in the fields.") == [
                "mines 2000000-6000000 range «landmines»"
            ])
        #expect(
            scored("Between four and twenty-five thousand soldiers were deployed.")
                == ["troops 4000-25000 range «soldiers»"])
        // A range of plain words keeps its values.
        #expect(scored("Three to five soldiers were wounded.") == ["injured 3-5 range «soldiers»"])
    }

    /// A military designator in the plural ("MiG-29s") counts that weapon in a sentence of arms.
    @Test func pluralDesignatorCountsEquipment() {
        #expect(
            scored("The air defence forces shot down eight Su-30s and two Ka-52s.")
                == ["equipment 8 exact «Su-30s»", "equipment 2 exact «Ka-52s»"])
        // The designation alone, a model number, or a plural of masks without arms: no count.
        #expect(scored("The rebels captured several T-72 tanks near the bridge.") == [])
        #expect(scored("The pharmacy sold 800 N-95s on Monday.") == [])
        #expect(scored("A Su-30 jet crashed on Friday.") == [])
    }

    /// "small arms": weapons; "arms" alone or the pair before the noun it modifies are not.
    @Test func smallArmsCountEquipment() {
        #expect(scored("Border guards seized 700 small arms last year.") == ["equipment 700 exact «small arms»"])
        #expect(scored("The army received 2 million small arms rounds.") == [])
        #expect(scored("He held 20 kilograms in his arms.") == [])
    }

    /// "A 400-strong brigade patrols ...": the unit a strength word measures ends the phrase.
    @Test func strengthUnitBeforeItsVerb() {
        #expect(scored("A 400-strong brigade patrols the northern border.") == ["troops 400 exact «brigade»"])
        #expect(scored("An 800-strong militia guards the pipeline.") == ["troops 800 exact «militia»"])
        // A crew or a jury by its size is still no troops.
        #expect(scored("A 12-man jury guards the verdict.") == [])
    }

    /// "of whom 12 are women", "among whom 3 were children": the predicate noun is the subject.
    @Test func partOfTheClaimBeforeByPronoun() {
        #expect(
            scored("At least 25 miners were hurt, of whom 4 are teenagers.")
                == ["injured 25 at_least «miners»", "injured 4 exact «teenagers»"])
        #expect(
            scored("Fifty villagers drowned, among whom 7 were infants.")
                == ["killed 50 exact «villagers»", "killed 7 exact «infants»"])
    }

    /// "were victims of explosive remnants": casualties of mines; "victims of fraud" are none.
    @Test func victimsOfMines() {
        #expect(
            scored("Some 70 herders were victims of unexploded ordnance in 2021.")
                == ["casualties 70 about «herders»"])
        #expect(scored("Eight shepherds were casualties of landmines.") == ["casualties 8 exact «shepherds»"])
        #expect(scored("Nine pensioners were victims of a scam.") == [])
    }

    /// Amputations are injuries: "underwent amputations", "had their legs amputated".
    @Test func amputationsAreInjuries() {
        #expect(scored("Fourteen farmers underwent amputations after the blasts.") == ["injured 14 exact «farmers»"])
        #expect(scored("About 60 children had limbs amputated because of mines.") == ["injured 60 about «children»"])
        #expect(scored("Thirty soldiers had an amputation last year.") == ["injured 30 exact «soldiers»"])
        // Limbs that are not amputated, and an amputation that counts no one: no claim.
        #expect(scored("Four workers had arms and legs broken in the fall.") == [])
        #expect(scored("The clinic has 3 amputation rooms.") == [])
    }

    /// A model number inside a counted name ("Leopard 2 tanks") belongs to the name: the count
    /// before it counts the whole, and the model number is no count.
    @Test func modelNumberInsideTheName() {
        #expect(scored("Norway pledged 8 Leopard 2 tanks to the army.") == ["equipment 8 exact «Leopard 2 tanks»"])
        #expect(
            scored("The navy ordered 4 Type 26 frigates and 12 Sea Ceptor missiles.")
                == ["equipment 4 exact «Type 26 frigates»", "equipment 12 exact «Sea Ceptor missiles»"])
        // A number after a capitalised word with no counted noun stays no claim.
        #expect(scored("Flight 370 vanished over the sea.") == [])
    }

    /// "commanded 600 men", "2,000 men under his command", "the army deployed 500 men": troops;
    /// men sent by a firm or only led somewhere are not.
    @Test func menUnderACommander() {
        #expect(scored("The general commanded 900 men in the siege.") == ["troops 900 exact «men»"])
        #expect(scored("The warlord had some 3,000 men under his command.") == ["troops 3000 about «men»"])
        #expect(scored("The army deployed 500 men along the border.") == ["troops 500 exact «men»"])
        #expect(scored("The company deployed 40 men to repair the line.") == [])
        #expect(scored("Four men under his care recovered.") == [])
    }

    /// "shot down 25 of 31 drones": the part of a whole with no determiner counts the noun too; a
    /// whole of weapons stays a count, a whole of people under the part's predicate does not.
    @Test func partOfABareWhole() {
        #expect(
            scored("Gunners downed 14 of 20 missiles, the army said.")
                == ["equipment 14 exact «missiles» @the army", "equipment 20 exact «missiles» @the army"])
        #expect(scored("Seven of 12 hikers were injured in the fall.") == ["injured 7 exact «hikers»"])
        // A part of something no category counts stays no claim.
        #expect(scored("The side won 4 of 6 matches.") == [])
    }
}
