import Testing

@testable import ClaimKit

/// What a price is the price of (`ClaimRules.priceSubject`), and the English-only gate of an article.
@Suite struct PriceSubjectTests {
    private func subjects(_ text: String) -> [String] { extract(text).map(\.subject) }

    @Test func productBeforeForIsTheSubject() {
        #expect(
            subjects("Amazon is currently offering the Eve Door & Window HomeKit Entry Sensor for $30.") == [
                "Eve Door & Window HomeKit Entry Sensor"
            ])
        #expect(subjects("PS4 DualShock Controller in Crystal for $39.99.") == ["PS4 DualShock Controller in Crystal"])
        #expect(
            subjects("Rakuten offers the latest Apple AirPods with wireless charging case for $150.") == [
                "latest Apple AirPods with wireless charging case"
            ])
    }

    @Test func priceAndSaleVerbsTakeTheirClauseSubject() {
        #expect(
            subjects("The current Apple TV lineup ranges from $150 to $200 before taxes.") == [
                "current Apple TV lineup", "current Apple TV lineup",
            ])
        #expect(subjects("Reputable listings seem to start around $600.") == ["Reputable listings"])
        #expect(subjects("The painting sold for $5 million last year.") == ["painting"])
    }

    @Test func changeVerbsTakeTheirSubject() {
        #expect(subjects("Apple's latest 12.9-inch iPad Pro drops to $799.") == ["Apple's latest 12.9-inch iPad Pro"])
        #expect(subjects("Copper rose 0.86% to $5,880.00 a tonne.") == ["Copper"])
        #expect(
            subjects("The firm had its valuation slashed from $47 billion to $8 billion.") == [
                "valuation", "valuation",
            ])
        #expect(
            subjects("U.S. agricultural exports to China dropped to $9.1 billion in 2018.") == [
                "U.S. agricultural exports to China"
            ])
    }

    @Test func copulaAndTotalTakeTheNounBefore() {
        #expect(subjects("I'm told the price is $4.80.") == ["price"])
        #expect(
            subjects("Student loan obligations in this country total $1.5 trillion.") == [
                "Student loan obligations in this country"
            ])
        // An amount noun names nothing.
        #expect(subjects("Divided by 52 weeks, the value is about $44.2 million per week.") == [""])
    }

    @Test func offAndWorthAndUpperBounds() {
        #expect(
            subjects("Expercom is knocking up to $438 off select new configurations.") == [
                "off select new configurations"
            ])
        #expect(subjects("The masks, worth ¥40,000, had been kept in a machine room.") == ["masks"])
        #expect(
            subjects("Coinbase offers FDIC insurance on deposits up to $250,000.") == ["FDIC insurance on deposits"])
        #expect(subjects("The suspects rented flats with monthly rent up to $3,664.") == ["flats with monthly rent"])
    }

    @Test func wordsThatNameNothingGiveNoSubject() {
        // A verb after a modal, a time, a pronoun, an adjective of price, a place after "from" without a verb.
        #expect(subjects("In 2019, you can contribute up to $19,000 pretax.") == [""])
        #expect(subjects("Shares closed in New York on Tuesday at $185.25.") == [""])
        #expect(subjects("It's not cheap at $140, but it is nice.") == [""])
        #expect(subjects("It's hard to believe it's priced at $399.") == [""])
        #expect(
            subjects("The UK will triple funding available for Poland from $6 million to $18 million.").allSatisfy {
                $0 != "Poland"
            })
        #expect(subjects("AirPods dropped to an all-time low on Amazon at just $139.").first != "Amazon")
    }

    @Test func anArticleInAnotherLanguageGivesNoClaims() {
        let german = """
            Dort wurden 4.338 Prämienanträge von 147 Antragstellenden eingereicht, für die insgesamt 216.900 Euro bewilligt wurden.
            Die Förderung ist auf 500 Euro pro Jahr begrenzt und wird von der Stadt gezahlt.
            Rate pro Monat: 583,98 Euro
            """
        #expect(extract(german).isEmpty)
        // A sentence in another language inside an English article gives no sum either.
        let mixed = """
            The fund raised $5 million for the city's schools, the mayor said on Monday.
            En las startup del sur de la Florida se invirtieron $5,330 millones el año pasado.
            """
        #expect(extract(mixed).map(\.value) == [5_000_000])
    }
}

/// Sums beside other sums, vague sums and shop headlines.
@Suite struct PriceNeighbourTests {
    private func subjects(_ text: String) -> [String] { extract(text).map(\.subject) }

    @Test func aPriceInBracketsBelongsToTheThingBefore() {
        #expect(
            subjects("Deals\nApple Watch Series 3 Smart Watch for $169.99 (Originally $200)") == [
                "Apple Watch Series 3 Smart Watch", "Apple Watch Series 3 Smart Watch",
            ])
        #expect(
            subjects("She never uses the iPad without the Brydge Pro ($129, regular $149) these days.") == [
                "Brydge Pro", "Brydge Pro",
            ])
        // A conversion of a count is no price of a thing.
        #expect(subjects("It will run you 10 keys ($10).") == [""])
    }

    @Test func aVagueSumsCurrencyWordIsNoSubject() {
        #expect(
            subjects("The county will reinvest millions of dollars in community organizations.") == [
                "community organizations"
            ])
        #expect(subjects("They will still have millions of dollars and an interest in politics.") == [""])
    }

    @Test func rangesCopulaWorthAndQuotedPurposes() {
        // A time after the lower end of a range; "worth" after a copula; a purpose in quotation marks.
        #expect(
            subjects("Mezcal sales are expected to grow from $1.47 billion last year to $2.39 billion by 2030.") == [
                "Mezcal sales", "Mezcal sales",
            ])
        #expect(subjects("For example, 80,000 points are worth $1,000 toward travel.") == ["80,000 points"])
        #expect(
            subjects("Reed expects to wring as much as $300 million in \u{201C}synergies\u{201D} from the merger.") == [
                "synergies"
            ])
    }

    @Test func aSpanOfTimeBeforeOfAndALoneDeterminerNameNothing() {
        #expect(subjects("Sign up for 4 months of Amazon Music Unlimited for just $1.") == ["Amazon Music Unlimited"])
        #expect(subjects("The estimated value is $4.3 million.") == [""])
    }

    @Test func aPersonalPronounIsNoSumsSubject() {
        #expect(subjects("Afterwards you'll pay $6.99 per month.") == [""])
    }

    @Test func aShopLabelIsNoSpeaker() {
        let claims = extract("New Price Drop: Apple AirPods 2 Wireless Earphones for $139\nThe deal ends on Friday.")
        #expect(claims.map(\.speaker) == [nil])
        #expect(claims.map(\.subject) == ["Apple AirPods 2 Wireless Earphones"])
    }
}
