import Testing

@testable import ClaimKit

/// Casualty, mine, equipment and currency wordings of news English beyond the seed articles.
@Suite struct NewsWordingTests {
    @Test func hospitalWordingIsInjured() {
        #expect(
            scored("At least 38 people had died and 210 were being treated for injuries.")
                == ["killed 38 at_least «people»", "injured 210 exact «people»"])
        #expect(scored("Twelve residents are in hospital after the blast.") == ["injured 12 exact «residents»"])
        #expect(scored("Five workers were receiving treatment on Monday.") == ["injured 5 exact «workers»"])
    }

    @Test func amongThemAndOfWhomCountLikeIncluding() {
        #expect(
            scored("23 civilians had been killed in the floods, among them six children.")
                == ["killed 23 exact «civilians»", "killed 6 exact «children»"])
        #expect(
            scored("Forty people were wounded, of whom 11 police officers.")
                == ["injured 40 exact «people»", "injured 11 exact «police officers»"])
    }

    @Test func partOfPreviousClaimInheritsCategoryAndSubject() {
        #expect(
            scored("41 people had been injured, 9 of them seriously, and were in hospitals.")
                == ["injured 41 exact «people»", "injured 9 exact «people»"])
    }

    @Test func bareOneCoordinatedWithACasualtyPredicate() {
        #expect(
            scored("Four border guards were killed and one was wounded.")
                == ["killed 4 exact «border guards»", "injured 1 exact «border guards»"])
        // A pronoun "one" stays out.
        #expect(
            scored("Four border guards were killed and one of them was a commander.") == [
                "killed 4 exact «border guards»"
            ])
    }

    @Test func explosiveItemsAreMines() {
        #expect(
            scored("Deminers defused 1,240 landmines and 3,615 other explosive items last month.")
                == ["mines 1240 exact «landmines»", "mines 3615 exact «explosive items»"])
        #expect(scored("Police found 12 suspicious objects and 4 items of clothing.") == [])
    }

    @Test func activeKillingOfAttackers() {
        #expect(
            scored("The troops returned fire and killed at least seven attackers.") == ["killed 7 at_least «attackers»"]
        )
    }

    @Test func lossesOfAnArmedSideAreCasualties() {
        #expect(
            scored("The ministry said Ukraine had lost up to 140 soldiers in the area.") == [
                "casualties 140 at_most «soldiers» @The ministry"
            ])
        #expect(scored("We lost 23 of our people in one night.").first?.hasPrefix("killed 23") == true)
    }

    @Test func modelDesignatorBetweenNumberAndNoun() {
        #expect(
            scored("Ukraine has received 24 F-16 jets from its partners so far.") == ["equipment 24 exact «F-16 jets»"])
        #expect(scored("The airline bought 20 new jets.") == [])
    }

    @Test func sentenceFinalAgeIsNotAClaim() {
        #expect(
            scored("Two T-72 tanks are part of a museum opened by Mayor Ellen Smith, 61.") == [
                "equipment 2 exact «T-72 tanks»"
            ])
    }

    @Test func countryAdjectiveNamesTheCurrency() {
        #expect(
            scored("The government would provide 12 million U.S. dollars for reconstruction.")
                == ["money 12000000 exact USD «reconstruction»"])
        #expect(scored("Ottawa pledged 5 million Canadian dollars in aid.") == ["money 5000000 exact CAD «aid»"])
    }

    @Test func ambiguousCurrencyWordFollowsTheArticlesCountry() {
        let philippines =
            "A strong earthquake struck the Philippines on Monday.\nThe government released 1.5 billion pesos in relief funds."
        #expect(extract(philippines).first { $0.category == .money }?.unit == "PHP")
        let noCountry = "The government released 1.5 billion pesos in relief funds."
        #expect(extract(noCountry).first { $0.category == .money }?.unit == "MXN")
        let pakistan = "Floods hit Pakistan again.\nIslamabad set aside 20 billion rupees for relief."
        #expect(extract(pakistan).first { $0.category == .money }?.unit == "PKR")
    }
}

@Suite struct RelativePronounSubjectTests {
    @Test func relativePronounResolvesToTheNounBeforeIt() {
        #expect(
            scored("The aid is part of a package agreed in Rome in 2025, which has raised a total of €10 billion.")
                == ["money 10000000000 exact EUR «package»"])
    }

    @Test func relativePronounIsNeverASubject() {
        #expect(scored("It was the donors who pledged $5 million.").allSatisfy { !$0.contains("«who»") })
    }
}

@Suite struct ConditionAndNamedActorTests {
    @Test func criticalConditionIsInjured() {
        #expect(scored("Three people were in critical condition on Monday.") == ["injured 3 exact «people»"])
        #expect(scored("Two children remain in intensive care.") == ["injured 2 exact «children»"])
    }

    @Test func earlierCueStopsAtANamedActorAfterThe() {
        let claims = scored(
            "The floods left 20 people dead, officials said, while the Red Cross appealed for 2 million Swiss francs.")
        #expect(claims == ["killed 20 exact «people» @officials", "money 2000000 exact CHF «»"])
    }
}
