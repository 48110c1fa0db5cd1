import Testing

@testable import ClaimKit

@Suite struct ClaimRulesTests {
    /// Marked subjects come out in order, with the expected categories.
    func expectSubjects(
        _ markup: String, _ categories: [ClaimCategory], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let (text, spans) = marked(markup)
        let claims = extract(text).filter { ClaimCategory.scored.contains($0.category) }
        #expect(claims.map(\.subject) == spans, sourceLocation: sourceLocation)
        #expect(claims.map(\.category) == categories, sourceLocation: sourceLocation)
    }

    @Test func coordinatedSubjectsArePassive() {
        expectSubjects(
            "Four [[Azerbaijani police officers]] and two [[civilians]] were killed in separate mine blasts.",
            [.killed, .killed])
        #expect(
            scored("Four police officers and two civilians were killed.") == [
                "killed 4 exact «police officers»", "killed 2 exact «civilians»",
            ])
    }

    @Test func activeVoiceAndNominalDeath() {
        expectSubjects("It added that another mine killed two [[civilians]] who were in a truck.", [.killed])
        expectSubjects(
            "Baku blamed separatists for the death of the four [[Azerbaijani police officers]] and two [[civilians]].",
            [.killed, .killed])
        expectSubjects("The blockade has left nearly a dozen [[people]] dead on both sides.", [.killed])
        expectSubjects("The fighting caused 45 [[fatalities]] and 377 [[casualties]].", [.killed, .casualties])
        expectSubjects(
            "Since 2020, 268 [[Azerbaijani citizens]] have become victims of mine explosions.", [.casualties])
    }

    @Test func relationalSubjectsKeepTheirComplement() {
        expectSubjects(
            "Baku stated that four [[employees of the Ministry of Internal Affairs]] were killed.", [.killed])
        expectSubjects("Baku said four [[interior ministry staff]] had been killed.", [.killed])
    }

    @Test func woundedOrKilledIsCasualties() {
        #expect(
            scored("More than 300 of its nationals have been wounded or killed by mines.") == [
                "casualties 300 more_than «nationals»"
            ])
    }

    @Test func partitiveReferenceIsNotAClaim() {
        let claims = scored(
            "In all, 45 people were killed by landmines, including 3 journalists. It was reported that 35 of the 45 casualties were civilians."
        )
        #expect(claims == ["killed 45 exact «people»", "killed 3 exact «journalists»", "killed 35 exact «civilians»"])
    }

    @Test func elidedNounInheritsFromParallelNumber() {
        let text =
            "A total of 2,728 landmines were detected, out of which were 1,119 landmines in the west, as well as 1,609 in the territory of the region."
        #expect(
            scored(text) == [
                "mines 2728 exact «landmines»", "mines 1119 exact «landmines»", "mines 1609 exact «landmines»",
            ])
    }

    @Test func minesTroopsEquipment() {
        expectSubjects("A minefield consisting of 350 [[PMN-E anti-personnel mines]] was found.", [.mines])
        expectSubjects("There are more than 10,000 [[Armenian armed forces]] in the region.", [.troops])
        expectSubjects(
            "It seeks the disarmament of the [[illegal Armenian armed formations]] (about 10,000-15,000) in the region.",
            [.troops])
        expectSubjects(
            "The forces have over 100 [[tanks]], more than 200 [[heavy artillery weapons]] and more than 200 [[mortar systems]].",
            [.equipment, .equipment, .equipment])
    }

    @Test func tollPhrases() {
        expectSubjects(
            "The incident raised the number of [[people]] who lost their lives due to mines to 61.", [.killed])
        #expect(scored("The death toll rose to 61 on Friday.").first?.hasPrefix("killed 61") == true)
    }

    @Test func money() {
        #expect(
            scored("Clearing mines will take nearly 30 years and cost $25 billion.") == [
                "money 25000000000 exact USD «Clearing mines»"
            ])
        #expect(scored("The bank lent AZN 1.2 million to farmers.").first?.hasPrefix("money 1200000 exact AZN") == true)
        #expect(scored("The EU pledged $400m in aid.") == ["money 400000000 exact USD «aid»"])
        #expect(scored("Officials put the cost at $1.2bn.") == ["money 1200000000 exact USD «the cost» @Officials"])
        #expect(scored("They hid billions of stolen money.") == ["money null about «stolen money»"])
    }

    @Test(arguments: [
        "Azerbaijan and Armenia fought two wars over it, first in the early 1990s and again in 2020.",
        "The tripartite declaration was signed on Nov. 10, 2020, at 4:00 am.",
        "On November 22, 23 and 25, the armed forces fired at positions.",
        "The Second Karabakh War lasted 44 days; the 44-day war ended in a 2020 peace treaty.",
        "Clearing mines will take nearly 30 years, three years after the war.",
        "It violated Paragraph 4 of the statement and paragraph 6 as well.",
        "An Il-76 carried PMN-E mines produced in 2021 during COVID-19.",
        "Aid arrived via two routes on two tracks to the two countries.",
        "The decades-long dispute went to war twice.",
        "The soldier, 34, was born in 1989 and served for 12 years.",
        "The quake had a magnitude of 7.8 and 40% of homes were hit.",
        "No one was killed in the attack, and not one shop was hit.",
        "An estimated 120 people remain missing and 1,500 servicemen were taken prisoner.",
        "Flight 17 left Route 66 at 10 Downing Street under Resolution 2334.",
    ])
    func notClaims(_ text: String) {
        #expect(scored(text) == [], "\(text)")
    }

    @Test func headlineRepeatedCountsOnce() {
        let claims = extract(
            "Azerbaijan: Six Citizens Killed in Landmine Explosions\nAzerbaijan: Six Citizens Killed in Landmine Explosions"
        )
        #expect(claims.map(brief) == ["killed 6 exact «Citizens» @Azerbaijan"])
    }

    @Test func realisticSentencesFromOtherEvents() {
        #expect(
            scored("At least 12 people were killed and 30 injured in the blast, police said.")
                == ["killed 12 at_least «people» @police", "injured 30 exact «people» @police"])
        #expect(
            scored("The UN said dozens of civilians died in the floods.") == ["killed 12 about «civilians» @The UN"])
        #expect(
            scored(
                "A magnitude 7.8 earthquake struck on Monday, killing more than 2,000 people and injuring hundreds, officials said."
            )
                == ["killed 2000 more_than «people» @officials", "injured 100 about «people» @officials"])
        #expect(
            scored("Israeli airstrikes killed 25 Palestinians, including 10 children, the health ministry said.")
                == [
                    "killed 25 exact «Palestinians» @the health ministry",
                    "killed 10 exact «children» @the health ministry",
                ])
        #expect(
            scored("Russia has deployed about 100,000 troops near the border, according to U.S. intelligence.")
                == ["troops 100000 about «troops» @U.S. intelligence"])
        #expect(
            scored("Between 20 and 30 militants were killed in the raid, the army said.") == [
                "killed 20-30 range «militants» @the army"
            ])
        #expect(
            scored("Gunmen killed four soldiers and wounded two others in an ambush, the military said in a statement.")
                == ["killed 4 exact «soldiers» @the military", "injured 2 exact «others» @the military"])
        #expect(
            scored("Floods have displaced some 250,000 people and left 43 dead, the Red Cross said on Thursday.")
                == ["killed 43 exact «people» @the Red Cross"])
        #expect(scored("Twenty-five people were hurt when the bus overturned.") == ["injured 25 exact «people»"])
        #expect(
            scored("The attack left 7 people dead and 15 wounded.") == [
                "killed 7 exact «people»", "injured 15 exact «people»",
            ])
        #expect(
            scored("Police arrested 20 suspects after three officers were shot dead.") == ["killed 3 exact «officers»"])
        #expect(scored("A 5,000-strong force was sent to the region.") == ["troops 5000 exact «force»"])
        #expect(scored("Deminers cleared 1,200 mines last year.") == ["mines 1200 exact «mines»"])
        #expect(scored("The 2015 earthquake killed nearly 9,000 people in Nepal.") == ["killed 9000 nearly «people»"])
        #expect(
            scored("\u{201C}We lost 14 men in that battle,\u{201D} said Colonel James Miller.") == [
                "killed 14 exact «men» @Colonel James Miller"
            ])
    }
}

@Suite struct ClaimRulesMoreTests {
    @Test func parentheticalsAndBareCoordinationBeforeThePredicate() {
        #expect(
            scored("Five people, including two children, were killed in the strike.") == [
                "killed 5 exact «people»", "killed 2 exact «children»",
            ])
        #expect(scored("Six soldiers and a civilian were killed on Monday.") == ["killed 6 exact «soldiers»"])
        #expect(
            scored("The Defense Ministry said two servicemen were killed and three were wounded.")
                == [
                    "killed 2 exact «servicemen» @The Defense Ministry",
                    "injured 3 exact «servicemen» @The Defense Ministry",
                ])
    }

    @Test func civilianCraftAreNotEquipmentButFiredMissilesAre() {
        #expect(scored("Emirates had a fleet of 270 aircraft and ordered 50 jets.") == [])
        #expect(
            scored("Russian forces fired 12 missiles and 30 drones overnight.") == [
                "equipment 12 exact «missiles»", "equipment 30 exact «drones»",
            ])
    }

    @Test func modelNumbersAreNames() {
        #expect(
            scored("It bought 30 of the 787-9 Dreamliner jets for its military fleet.").allSatisfy {
                !$0.contains(" 9 ")
            })
        #expect(
            scored("Its fleet of roughly 400 737 Max jets for the air force was grounded.").allSatisfy {
                !$0.contains("737")
            })
    }

    @Test func sumsTakeTheirSubjectFromWhatTheyPayFor() {
        #expect(scored("The storm caused $1.5 billion in damage.") == ["money 1500000000 exact USD «damage»"])
        #expect(scored("My people had $20 billion done.") == ["money 20000000000 exact USD «»"])
        #expect(scored("It was a $50 price break.") == ["money 50 exact USD «price break»"])
    }
}

@Suite struct TitleTests {
    @Test func headlineOnlyInTitleIsReadWithOffsetsMinusOne() {
        let article = Article(
            path: "a.html", title: "Azerbaijan: Six Citizens Killed in Landmine Explosions",
            paragraphs: ["Baku said four officers were killed."])
        let claims = ClaimExtractor().extract(from: article)
        #expect(claims.map(brief) == ["killed 6 exact «Citizens» @Azerbaijan", "killed 4 exact «officers» @Baku"])
        #expect(claims[0].start == -1 && claims[0].end == -1)
        #expect(claims[1].start == 0 && claims[1].end == 36)
    }

    @Test func titleThatIsAlsoInTheTextCountsOnceWithTextOffsets() {
        let article = Article(
            path: "a.txt", title: "Six Citizens Killed", paragraphs: ["Intro", "Six Citizens Killed"])
        let claims = ClaimExtractor().extract(from: article)
        #expect(claims.count == 1)
        #expect(claims.first?.start == 7)
    }
}

@Suite struct ClaimRulesStateTests {
    @Test func peopleInAnotherStateAreNotScored() {
        #expect(scored("About 1,500 Armenian servicemen were taken prisoner.") == [])
        #expect(
            scored("The government said 120 people remain missing and 34 were confirmed dead.") == [
                "killed 34 exact «people» @The government"
            ])
    }

    @Test func moreAfterTheNumberAndAsMuchAs() {
        #expect(scored("He said 40 more were wounded.") == ["injured 40 exact «» @He"])
        #expect(
            scored("Demining could cost as much as $50bn, the World Bank estimated.") == [
                "money 50000000000 at_most USD «Demining» @the World Bank"
            ])
    }

    @Test func bracketedCurrencyConversionIsTheSameSum() {
        #expect(
            scored("The bill allocates 500 million manats ($294m) for reconstruction.") == [
                "money 500000000 exact AZN «reconstruction»"
            ])
    }
}

@Suite struct ClaimRulesConflictReportTests {
    @Test func elisionInheritsFromTheMainNounNotTheIncludedOne() {
        #expect(
            scored("Officials said at least 200 people, including 10 civilians, were killed and more than 400 wounded.")
                == [
                    "killed 200 at_least «people» @Officials", "killed 10 exact «civilians» @Officials",
                    "injured 400 more_than «people» @Officials",
                ])
    }

    @Test func appositionBeforeThePredicate() {
        #expect(
            scored(
                "Baku says more than 300 of its citizens, civilians and soldiers, have been killed or injured by mines."
            )
                == ["casualties 300 more_than «citizens» @Baku"])
    }

    @Test func moneyKeepsTheWholeThingPaidFor() {
        #expect(
            scored("Azerbaijan has spent $3.5bn on mine clearance since 2020.") == [
                "money 3500000000 exact USD «mine clearance»"
            ])
    }

    @Test func seizedEquipmentAndSpeakerEntities() {
        #expect(
            scored("The army seized 12 tanks and 5 Grad multiple rocket launchers.")
                == ["equipment 12 exact «tanks»", "equipment 5 exact «Grad multiple rocket launchers»"])
        let claims = extract(
            "Armenian Prime Minister Nikol Pashinyan said on Thursday that 49 Armenian troops had been killed.")
        #expect(claims.map(\.speakerEntity) == ["Prime Minister of Armenia"])
        #expect(claims.map(\.category) == [.killed])
    }
}

@Suite struct ClaimRulesAmongTests {
    @Test func amongTheDeadAndVictimsIncluded() {
        #expect(
            scored("Among the dead were four police officers and two civilians.")
                == ["killed 4 exact «police officers»", "killed 2 exact «civilians»"])
        #expect(scored("The injured include 3 children.") == ["injured 3 exact «children»"])
        #expect(scored("The guests were 40 journalists.") == [])
    }
}

@Suite struct ClaimRulesMoreOfTheSameTests {
    @Test func moreAndOthersTakeTheLatestSubject() {
        let claims = extract(
            "\"Eleven of our soldiers were killed,\" the commander said.\nHe said 40 more were wounded.")
        #expect(
            claims.map(brief) == [
                "killed 11 exact «soldiers» @the commander", "injured 40 exact «soldiers» @the commander",
            ])
    }
}

@Suite struct ClaimRulesWordingGapTests {
    @Test func hospitalAndTreatmentAreInjuries() {
        #expect(
            scored("Officials said 38 people had died and 210 were being treated for injuries.")
                == ["killed 38 exact «people» @Officials", "injured 210 exact «people» @Officials"])
        #expect(scored("Twelve people are in hospital.") == ["injured 12 exact «people»"])
    }

    @Test func pronounPartitivesAndAmongThem() {
        #expect(
            scored("Officials said 41 people had been injured, 9 of them seriously.")
                == ["injured 41 exact «people» @Officials", "injured 9 exact «people» @Officials"])
        #expect(
            scored("In all, 23 civilians had been killed, among them six children.")
                == ["killed 23 exact «civilians»", "killed 6 exact «children»"])
    }

    @Test func lossesOfTroopsAreCasualtiesOfPeopleDeaths() {
        #expect(
            scored("The ministry said Ukraine had lost up to 140 soldiers.") == [
                "casualties 140 at_most «soldiers» @The ministry"
            ])
        #expect(scored("We lost 23 of our people in one night.") == ["killed 23 exact «people»"])
    }

    @Test func activeKillingTakesAnyPluralObjectAsPeople() {
        #expect(
            scored("The army said its troops killed at least seven attackers.") == [
                "killed 7 at_least «attackers» @The army"
            ])
    }

    @Test func bareOneCoordinatedWithAClaim() {
        #expect(
            scored("Four of our border guards were killed and one was wounded.")
                == ["killed 4 exact «border guards»", "injured 1 exact «border guards»"])
    }

    @Test func designatorsExplosiveItemsAndDollarsOfACountry() {
        #expect(scored("Ukraine has received 24 F-16 jets so far.") == ["equipment 24 exact «F-16 jets»"])
        #expect(
            scored("Deminers found 1,240 landmines and 3,615 other explosive items.")
                == ["mines 1240 exact «landmines»", "mines 3615 exact «explosive items»"])
        #expect(
            scored("The government would provide 12 million U.S. dollars for reconstruction.")
                == ["money 12000000 exact USD «reconstruction»"])
    }

    @Test func sentenceFinalAgeAndUncoordinatedElision() {
        #expect(
            scored("Two T-72 tanks stand in the museum opened by Mayor Ellen Voss, 61.") == [
                "equipment 2 exact «T-72 tanks»"
            ])
    }

    @Test func moneySubjectsOfPurposeRelativeAndPossessive() {
        #expect(
            scored("The EU pledged €1.2bn to repair Ukraine's damaged power grid.").first?.hasSuffix(
                "«Ukraine's damaged power grid»") == true)
        #expect(
            scored("It joined a package, which has raised €10 billion.") == ["money 10000000000 exact EUR «package»"])
        #expect(
            scored("It was the government's $12 million aid package.") == ["money 12000000 exact USD «aid package»"])
    }
}
