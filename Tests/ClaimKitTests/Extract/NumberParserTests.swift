import Testing

@testable import ClaimKit

@Suite struct NumberParserTests {
    func first(_ s: String) -> NumberMention? { NumberParser.mentions(in: Tokenizer.tokenize(Array(s.utf8))).first }

    @Test(arguments: [
        ("2,728 mines", 2728.0), ("7,135.1 tonnes", 7135.1), ("four men", 4), ("twenty-five people", 25),
        ("a dozen people", 12),
        ("two hundred soldiers", 200), ("Thirty people", 30), ("1.5 million people", 1_500_000),
        ("three thousand five hundred", 3500),
        ("half a dozen", 6),
    ])
    func values(_ text: String, _ value: Double) {
        #expect(first(text)?.value == value)
    }

    @Test func moneyScalesAndCurrencies() {
        let cases: [(String, Double, String)] = [
            ("$25 billion", 25e9, "USD"), ("25bn dollars", 25e9, "USD"), ("$400m in aid", 4e8, "USD"),
            ("AZN 1.2 million", 1.2e6, "AZN"),
            ("€5 million", 5e6, "EUR"), ("£3bn", 3e9, "GBP"), ("1,000 manat", 1000, "AZN"),
            ("10 million rubles", 1e7, "RUB"),
        ]
        for (text, value, unit) in cases {
            let m = first(text)
            #expect(m?.value == value, "\(text)")
            #expect(m?.unit == unit, "\(text)")
        }
    }

    @Test func vagueCountsAreCodedAsACLEDDoesWithAbout() {
        #expect(first("dozens of people")?.value == 12)
        #expect(first("dozens of people")?.qualifier == .about)
        #expect(first("hundreds were hurt")?.value == 100)
        #expect(first("thousands of troops")?.value == 1000)
        #expect(first("tens of thousands of people")?.value == 10_000)
        let billions = first("billions of stolen money")
        #expect(billions?.value == nil)
        #expect(billions?.vague == true)
    }

    @Test func ranges() {
        for text in [
            "10,000-15,000 troops", "10,000–15,000 troops", "between 10,000 and 15,000", "10,000 to 15,000 troops",
        ] {
            let m = first(text)
            #expect(m?.value == 10_000, "\(text)")
            #expect(m?.upper == 15_000, "\(text)")
            #expect(m?.qualifier == .range, "\(text)")
        }
        #expect(first("$10-15 million")?.value == 10_000_000)
        #expect(first("rose from 45 to 61")?.upper == nil)
    }

    @Test(arguments: [
        ("about 5 people", Qualifier.about), ("around 5", .about), ("some 5", .about), ("roughly 5", .about),
        ("an estimated 5", .about),
        ("approximately 5", .about), ("nearly 5", .nearly), ("almost 5", .nearly), ("close to 5", .nearly),
        ("more than 5", .moreThan),
        ("over 5", .moreThan), ("in excess of 5", .moreThan), ("at least 5", .atLeast), ("fewer than 5", .fewerThan),
        ("less than 5", .fewerThan), ("up to 5", .atMost), ("at most 5", .atMost), ("5 or more", .atLeast),
        ("a total of 5", .exact),
    ])
    func hedges(_ text: String, _ qualifier: Qualifier) {
        #expect(first(text)?.qualifier == qualifier)
    }

    @Test func hostileNumbersAreBounded() {
        let huge = String(repeating: "9", count: 10_000) + " people were killed"
        let m = first(huge)
        #expect(m == nil || m?.value == nil || m!.value!.isFinite)
        #expect(first("1e308 people")?.value.map(\.isFinite) ?? true)
        let range = first("1-99999999999999999999 troops")
        #expect(range?.upper == nil || range!.upper!.isFinite)
    }
}

@Suite struct VagueFlagTests {
    @Test func vagueAmountsAreMarkedOnTheRecord() {
        let claims = extract("Dozens of civilians died and 12 soldiers were wounded.")
        #expect(claims.map(\.vague) == [true, nil])
        #expect(claims[0].jsonLine.contains("\"vague\":true"))
        #expect(!claims[1].jsonLine.contains("vague"))
    }
}

@Suite struct SpaceGroupedNumberTests {
    func mentions(_ s: String) -> [NumberMention] { NumberParser.mentions(in: Tokenizer.tokenize(Array(s.utf8))) }

    @Test(arguments: [
        ("10 000 residents", 10_000.0), ("nearly 1 200 items", 1200), ("1\u{00A0}200 people", 1200),
        ("20\u{202F}000 euros", 20_000), ("3\u{2009}500 troops", 3500), ("1 200 000 people", 1_200_000),
        ("€20\u{202F}000 each", 20_000),
    ])
    func spaceBetweenThreeDigitGroupsIsAThousandsSeparator(_ text: String, _ value: Double) {
        #expect(mentions(text).first?.value == value, "\(text)")
    }

    @Test func groupsThatAreNotThousandsStayApart() {
        // a four-digit first group, a leading zero, a group of two or four digits, a day after a month
        #expect(mentions("in 2021 100 people").map(\.value) == [2021, 100])
        #expect(mentions("call 01632 960 555").first?.value != 1_632_960_555)
        #expect(mentions("call 0 800 now").first?.value == 0)
        #expect(mentions("scored 10 00 goals").first?.value == 10)
        #expect(mentions("between 12 1500 and").first?.value == 12)
        #expect(mentions("On May 30 300 people").contains { $0.value == 300 })
        #expect(mentions("1 200,000 x").first?.value == 1)
    }

    @Test func spaceGroupedAmountIsOneClaimSpan() {
        #expect(
            scored("Families will receive up to €20\u{202F}000 each, the government said.") == [
                "money 20000 at_most EUR «» @the government"
            ])
        #expect(scored("Deminers cleared nearly 1 200 mines.") == ["mines 1200 nearly «mines»"])
    }
}

@Suite struct DecimalValueTests {
    @Test(arguments: [
        ("$2.53 a share", 2.53), ("17.43 pounds", 17.43), ("$0.99", 0.99), ("1,472.19 dollars", 1472.19),
        ("3.14159 m", 3.14159),
    ])
    func decimalsAreTheNearestDouble(_ text: String, _ value: Double) {
        // compared exactly: the literal is the nearest double, and so must the parsed value be
        #expect(NumberParser.mentions(in: Tokenizer.tokenize(Array(text.utf8))).first?.value == value, "\(text)")
    }
}

@Suite struct CurrencyFormatTests {
    func first(_ s: String) -> NumberMention? { NumberParser.mentions(in: Tokenizer.tokenize(Array(s.utf8))).first }

    @Test(arguments: [
        ("1.5m euros", 1_500_000.0, "EUR"), ("15m dollars", 15_000_000, "USD"), ("1.5m Swiss francs", 1_500_000, "CHF"),
        ("$1.2-billion", 1_200_000_000, "USD"), ("€1.2-billion", 1_200_000_000, "EUR"),
        ("NZ$20 million", 20_000_000, "NZD"), ("S$5 million", 5_000_000, "SGD"), ("R$3 billion", 3_000_000_000, "BRL"),
    ])
    func gluedOrHyphenatedScalesAndDollarPrefixes(_ text: String, _ value: Double, _ unit: String) {
        let m = first(text)
        #expect(m?.value == value, "\(text)")
        #expect(m?.unit == unit, "\(text)")
    }

    @Test func gluedShortScaleStillNeedsMoney() {
        // "15m people", "400m runners": metres or a count, not millions
        #expect(first("15m people")?.value == 15)
        #expect(first("400m runners")?.value == 400)
    }
}
