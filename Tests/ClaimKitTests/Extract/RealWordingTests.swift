import Testing

@testable import ClaimKit

/// Wording classes found on real journalism (issue 10; Tests/Fixtures/realdev/FINDINGS.md).
/// Every sentence here is invented in the general form of a class, never copied from a dev set.
@Suite struct RealWordingTests {
    /// The speaker of the first scored claim whose value is `value`.
    func speaker(of value: Double, in text: String) -> String? {
        extract(text).first { ClaimCategory.scored.contains($0.category) && $0.value == value }?.speaker
    }

    // MARK: 1. Breakdowns and partitives whose category comes from an antecedent

    @Test func demonymBreakdownAfterAToll() {
        #expect(
            scored("The death toll of 90 included 31 Chileans and 4 Danes.")
                == ["killed 90 exact «death toll»", "killed 31 exact «Chileans»", "killed 4 exact «Danes»"])
        #expect(
            scored("Among the dead are 14 Kenyans, three Somalis and two Britons.")
                == ["killed 14 exact «Kenyans»", "killed 3 exact «Somalis»", "killed 2 exact «Britons»"])
    }

    @Test func ofThemAfterACasualtyClause() {
        expectMarked("More than 70 [[people]] were injured, of them, 6 are [[children]].", [.injured, .injured])
        expectMarked(
            "The bodies of four [[children]] and two [[citizens of Peru]] were identified.", [.killed, .killed])
    }

    @Test func ofNWhoDiedKWere() {
        let claims = scored("Of 70 Moroccans who died, 52 were unregistered workers.")
        #expect(claims.count == 2)
        #expect(claims.first == "killed 70 exact «Moroccans»")
        #expect(claims.last?.hasPrefix("killed 52 exact") == true)
    }

    @Test(arguments: [
        "Among the guests were 30 Danes and 12 Kenyans.",
        "The delegation included 12 Kenyans and 4 Britons.",
        "Of the 40 Chileans on the tour, 12 were students.",
    ])
    func demonymsWithoutACasualtyAntecedentStayOut(_ text: String) {
        #expect(scored(text) == [], "\(text)")
    }

    // MARK: 2. Tolls stated as a copula, a change or a report of a count

    @Test func numberOfDeathNounRisesOrIsAnnounced() {
        #expect(scored("The number of martyrs has risen to 57.").first?.hasPrefix("killed 57 exact") == true)
        #expect(scored("The number of fatalities reached 1,201.").first?.hasPrefix("killed 1201 exact") == true)
        #expect(scored("The number of mortalities reached 1,201.").first?.hasPrefix("killed 1201 exact") == true)
        #expect(
            scored("The number of victims has been announced as 84.").first?.hasPrefix("casualties 84 exact") == true)
    }

    @Test func tollAsACopula() {
        #expect(
            scored("The death toll is estimated to be 3,000, an official said.").first?.hasPrefix("killed 3000") == true
        )
        #expect(scored("The death toll is more than one thousand people.") == ["killed 1000 more_than «people»"])
    }

    @Test func tollValueInsideQuotationMarks() {
        #expect(
            scored("The death toll rose on Sunday to \"more than 500\", officials said.").first?.hasPrefix(
                "killed 500 more_than") == true)
        #expect(
            scored("The government lowered the death toll to “over 1,000” on Wednesday.").first?.hasPrefix(
                "killed 1000 more_than") == true)
    }

    @Test func revisedFromAToBTheToll() {
        #expect(
            scored("The minister revised from 95 to 84 the death toll from the blasts.").contains {
                $0.hasPrefix("killed 84 exact")
            })
    }

    @Test func bringingTheTallyTo() {
        #expect(
            scored("Ten more pilgrims died on Monday, bringing the overall tally to more than 600.")
                .contains { $0.hasPrefix("killed 600 more_than") })
    }

    @Test func adjectiveBetweenNumberAndDeathNoun() {
        #expect(scored("There have been 645 confirmed deaths so far.").first?.hasPrefix("killed 645 exact") == true)
    }

    @Test(arguments: [
        "The number of visitors rose to 5,000.",
        "The tally of votes reached 600.",
        "The number of tourists has been announced as 84.",
        "The figure is estimated to be 3,000.",
    ])
    func countsThatAreNotTollsStayOut(_ text: String) {
        #expect(scored(text) == [], "\(text)")
    }

    // MARK: 3. Deaths and injuries in other words

    @Test func reportedAsInjuredDeclaredDeadReportedDeceased() {
        #expect(scored("Another 284 people were reported as injured.") == ["injured 284 exact «people»"])
        #expect(scored("At the hospital, 250 have been declared dead.").first?.hasPrefix("killed 250 exact") == true)
        #expect(scored("Over 200 pilgrims were reported deceased last year.") == ["killed 200 more_than «pilgrims»"])
        #expect(scored("More than 300 faithful died in the heat.") == ["killed 300 more_than «faithful»"])
    }

    @Test func quotedDeadOrInjured() {
        #expect(
            scored("Officials say 900 people ‘dead or injured’ after quake").first?.hasPrefix("casualties 900 exact")
                == true)
    }

    @Test(arguments: [
        "The judge declared 3 candidates eligible.",
        "Over 200 books were reported as lost.",
    ])
    func declaredAndReportedWithoutACasualtyStayOut(_ text: String) {
        #expect(scored(text) == [], "\(text)")
    }

    // MARK: 4. Equipment nouns and forms; model names are not counts

    @Test func moreEquipmentNounsAndForms() {
        #expect(
            scored("The navy will send 50 naval vessels to the exercise.") == ["equipment 50 exact «naval vessels»"])
        #expect(
            scored("The package includes 1,600 strike and air defence missiles.")
                == ["equipment 1600 exact «strike and air defence missiles»"])
        #expect(
            scored("The army will receive more than 400 pieces of equipment.")
                == ["equipment 400 more_than «pieces of equipment»"])
        #expect(
            scored("The military aid includes 78 all-terrain vehicles.") == [
                "equipment 78 exact «all-terrain vehicles»"
            ])
    }

    @Test func modelNamesCountOnlyWithANumber() {
        #expect(scored("The air force sent 12 F-16 jets to the base.") == ["equipment 12 exact «F-16 jets»"])
        #expect(
            scored("Twenty T-90 tanks were destroyed near the river.").first?.hasPrefix("equipment 20 exact") == true)
    }

    @Test(arguments: [
        "F-16 jets flew over the city on Monday.",
        "Su-25 attack aircraft struck the village.",
        "T-90 tanks rolled through the square.",
        "The Type 10 tank entered service in 2012.",
        "An Il-76 transport plane landed at 10:40.",
    ])
    func modelNamesAloneAreNotCounts(_ text: String) {
        #expect(scored(text) == [], "\(text)")
    }

    // MARK: 5. "buried" as killed in a disaster

    @Test func buriedPeopleInADisaster() {
        #expect(scored("The landslide buried more than 2,000 people.") == ["killed 2000 more_than «people»"])
        #expect(scored("Over 670 people are buried under the rubble.") == ["killed 670 more_than «people»"])
    }

    @Test(arguments: [
        "Workers buried 200 cables under the road.",
        "The pirates buried 3 chests of gold.",
    ])
    func buriedThingsStayOut(_ text: String) {
        #expect(scored(text) == [], "\(text)")
    }

    // MARK: 6. A toll's verb stops at the next clause with a predicate of its own

    @Test func tollDoesNotReachTheNextClause() {
        #expect(
            scored("The death toll has risen to 158 and about 6,000 people were reported injured.")
                == ["killed 158 exact «death toll»", "injured 6000 about «people»"])
        #expect(
            scored("The death toll rose to 133 and more than 107 injured are being treated.")
                == ["killed 133 exact «death toll»", "injured 107 more_than «injured»"])
        #expect(
            scored("The death toll held at 135, yet the number of homeless rose to 300,000.") == [
                "killed 135 exact «death toll»"
            ])
    }

    // MARK: 7. Number formats

    @Test func dotThousandsAndDecimalCommaMoney() {
        #expect(scored("The blast killed 40 and injured 5.000 people.").contains("injured 5000 exact «people»"))
        let money = scored("Funding will rise from $ 6,1 million to $18,5 million.")
        #expect(money.contains { $0.hasPrefix("money 6100000 ") })
        #expect(money.contains { $0.hasPrefix("money 18500000 ") })
        #expect(!money.contains { $0.hasPrefix("money 6 ") || $0.hasPrefix("money 18 ") })
    }

    @Test func ordinarySeparatorsAreUnchanged() {
        #expect(scored("The war killed 6,100 soldiers.") == ["killed 6100 exact «soldiers»"])
        #expect(scored("The fund gave $2.5 million.").first?.hasPrefix("money 2500000 exact USD") == true)
    }

    // MARK: 8. Unexploded ordnance cleared or destroyed counts as mines

    @Test func ordnanceInAClearanceList() {
        #expect(
            scored("Deminers destroyed 120,000 landmines and 100,000 other munitions.")
                == ["mines 120000 exact «landmines»", "mines 100000 exact «munitions»"])
        #expect(
            scored("The team has disposed of 16,000 shells, missiles and bombs.").first?.hasPrefix("mines 16000 exact")
                == true)
    }

    @Test func firedShellsAreNotMines() {
        #expect(!scored("The army fired 16,000 shells at the town.").contains { $0.hasPrefix("mines") })
    }

    // MARK: False positives seen on real text

    @Test(arguments: [
        "The country joined the 1997 Landmine Ban Treaty in 2002.",
        "Five gunmen opened fire on the crowd.",
        "Call 0800 123 456 for help.",
        "Train 4521 to the capital was delayed.",
        "The 34-year-old soldier was born on 12 May 1990.",
    ])
    func realTextNonClaims(_ text: String) {
        #expect(scored(text) == [], "\(text)")
    }

    // MARK: Speakers

    @Test func statisticVerbsAttribute() {
        #expect(
            speaker(of: 95, in: "Health Minister Jane Doe revised the death toll from 103 to 95.")
                == "Health Minister Jane Doe")
        #expect(speaker(of: 152, in: "The ministry published a list of 152 casualties.") == "The ministry")
        #expect(speaker(of: 58, in: "Pakistan has so far recorded 58 deaths.") == "Pakistan")
        #expect(
            speaker(of: 577, in: "A senior official gave reporters a partial toll of 577 deaths.")
                == "A senior official")
        #expect(speaker(of: 84, in: "Ruritania revises death toll from blasts to 84") == "Ruritania")
    }

    @Test func withXStatingCredits() {
        #expect(
            speaker(of: 103, in: "Initial reports had indicated a higher toll, with officials stating 103 fatalities.")
                == "officials")
    }

    @Test func heResolvesToATitledPersonNamedWithoutASpeechVerb() {
        let text =
            "Health minister John Roe attributed the delay to bad roads.\n\"It is difficult,\" he said, adding that 300 had been injured."
        #expect(speaker(of: 300, in: text) == "John Roe")
    }

    @Test func accordingToDataIsNoSpeaker() {
        #expect(
            speaker(of: 40, in: "“According to preliminary data, 40 people were killed,” the agency said.")
                == "the agency")
        #expect(
            speaker(of: 12, in: "According to the latest figures of the health ministry, 12 people died.")
                == "the health ministry")
    }

    @Test func relayWording() {
        #expect(
            speaker(of: 133, in: "The death toll has climbed to 133, reports Interfax quoting the ministry.")
                == "the ministry")
        #expect(
            speaker(
                of: 90000, in: "The drills will involve 90,000 troops, as revealed by the commander, General Smith.")
                == "the commander")
    }

    @Test func neverADayDeterminerOrAgeFragment() {
        for text in [
            "LIVE: 40 dead in bus crash", "Tuesday: 12 soldiers killed in ambush",
            "A 45-year-old man said 3 people died.", "Flood latest: 12 people killed",
        ] {
            let s = extract(text).compactMap(\.speaker)
            #expect(!s.contains { ["Tuesday", "the", "old", "LIVE", "Flood latest"].contains($0) }, "\(text): \(s)")
        }
    }

    // MARK: More classes found while fixing (the benchmark pages and realdev)

    @Test func moneySubjectIsTheNounTheSumMeasures() {
        #expect(
            scored("The firm reported a loss of $304.7 million on revenue of $167.4 million in the third quarter.")
                == ["money 304700000 exact USD «loss» @The firm", "money 167400000 exact USD «revenue» @The firm"])
        #expect(
            scored("After receiving a lifeline from investor Acme Capital worth up to $8 billion, the firm cut costs.")
                == ["money 8000000000 at_most USD «lifeline from investor Acme Capital»"])
        #expect(
            scored("An auditor found that the label owes the singer $7.9 million dollars of unpaid royalties.")
                == ["money 7900000 exact USD «unpaid royalties»"])
        #expect(
            scored("Harry backs £47m landmine clearance scheme") == [
                "money 47000000 exact GBP «landmine clearance scheme»"
            ])
        #expect(
            scored("The minister will announce a £500 million ($617 million) military aid package.")
                .first == "money 500000000 exact GBP «military aid package»")
    }

    @Test func anotherLanguageGivesNoCasualties() {
        #expect(
            !scored("Für 2,5 Milliarden US-Dollar hat die Firma die italienische Marke übernommen.").contains {
                $0.hasPrefix("killed")
            })
        #expect(scored("Heute vergeht mir nach 3 verlorenen Matches in Folge ja schon die Lust.") == [])
        #expect(scored("Dafür sollten rund 20 Prozent des Budgets in die IT-Sicherheit fließen.") == [])
        // English stays English
        #expect(scored("Doctors fear that 20 patients could die in the heat.") == ["killed 20 exact «patients»"])
    }

    @Test func quotationReopenedOnEachParagraphDoesNotLeakItsSpeaker() {
        let text =
            "Europe faces a difficult summer, Downing Street says.\n\"Defending Ukraine is vital for our security.\n\"If Putin wins, he will not stop at the border,\" Mr Sunak said.\nThere will also be more than 400 armoured vehicles."
        #expect(speaker(of: 400, in: text) == nil)
    }

    @Test func listAfterAmongThemInTheNextSentence() {
        #expect(
            scored(
                "The ministry published a list of 152 casualties. Among them are 43 Syrians, six Bangladeshis and two Egyptians."
            )
                == [
                    "casualties 152 exact «casualties» @The ministry", "casualties 43 exact «Syrians»",
                    "casualties 6 exact «Bangladeshis»",
                    "casualties 2 exact «Egyptians»",
                ])
        // a sentence with counts but no claim in between: "them" is not the casualties any more
        #expect(
            scored(
                "The ministry published a list of 152 casualties. About 300,000 people lost their homes. Among them are 100,000 children."
            )
                == ["casualties 152 exact «casualties» @The ministry"])
    }

    @Test func estimateIsAbout() {
        #expect(
            scored("The toll is three times higher than the UN estimate of 670.").first?.contains(" about ") == true)
        #expect(scored("The death toll is estimated to be 2,000.").first?.hasPrefix("killed 2000 about") == true)
    }

    @Test func speakersOfReportsAnalystsAndPassives() {
        #expect(
            speaker(
                of: 200,
                in: "The real toll may be higher, with some reports suggesting as many as 200 have been killed.")
                == "some reports")
        #expect(
            speaker(
                of: 30_000_000_000,
                in: "Analysts who have done the calculations say exports could rise to more than $30 billion.")
                == "Analysts")
        #expect(speaker(of: 4.8, in: "At the checkout, I'm told the price is $4.80.") == nil)
    }

    @Test func aDocumentSpeaksForItsAuthorAndAMannerPhraseNamesNothing() {
        #expect(
            speaker(
                of: 500_000, in: "An agency reported that a court filing said he was promised a payment of $500,000.")
                == "a court filing")
        #expect(
            scored("The museum is receiving help in the form of 15 million euros from a donor.") == [
                "money 15000000 exact EUR «help»"
            ])
    }

    func expectMarked(
        _ markup: String, _ categories: [ClaimCategory], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let (text, spans) = marked(markup)
        let claims = extract(text).filter { ClaimCategory.scored.contains($0.category) }
        #expect(claims.map(\.subject) == spans, sourceLocation: sourceLocation)
        #expect(claims.map(\.category) == categories, sourceLocation: sourceLocation)
    }
}
