import Testing

@testable import ClaimKit

/// Grouping rules learnt on real reporting (realdev, issue 10): counts told as bounds, facts looked
/// back on months later, generic equipment words, prices of different things, caps.
@Suite struct RealReportingGroupingTests {
    typealias F = ReportFixtures

    static let text = "Kerman Soleimani Angola HALO Trust Luengue-Luiana Mavinga Sunak Ukraine Warsaw package boats."

    func build(_ claims: [Claim]) -> Report {
        let paths = Array(Set(claims.map(\.article))).sorted()
        let articles = paths.map { path in
            Article(
                path: path, outlet: path.uppercased(), published: claims.first { $0.article == path }?.published,
                paragraphs: [Self.text])
        }
        return ReportBuilder().build(articles: articles, claims: claims)
    }

    func claim(
        _ article: String, _ published: String?, _ category: ClaimCategory, _ value: Double,
        _ qualifier: Qualifier = .exact, unit: String? = nil, subject: String, sentence: String, start: Int = 0
    ) -> Claim {
        F.claim(
            article, outlet: article.uppercased(), published: published, category: category, value, qualifier,
            unit: unit,
            subject: subject, sentence: sentence, start: start)
    }

    @Test func aRoundLowerBoundAndTheExactCountItCoversInOneArticleAreOneCount() {
        let one = build([
            claim(
                "a", nil, .killed, 100, .moreThan, subject: "people",
                sentence: "More than 100 people were killed in two explosions."),
            claim(
                "a", nil, .killed, 103, subject: "martyrs",
                sentence: "The agency said the number of martyrs had risen to 103.", start: 60),
            claim(
                "b", "2024-01-03", .killed, 103, .atLeast, subject: "people",
                sentence: "At least 103 people were killed in twin blasts."),
        ])
        #expect(one.groups.count == 1)
        // A figure well past the bound's reach in one article is another count.
        let two = build([
            claim(
                "a", "2024-01-03", .killed, 100, .moreThan, subject: "people",
                sentence: "More than 100 people were killed in two explosions."),
            claim(
                "a", "2024-01-03", .killed, 160, subject: "martyrs",
                sentence: "The agency said the number of martyrs had risen to 160.", start: 60),
        ])
        #expect(two.groups.count == 2)
    }

    @Test func twoLowerBoundTalliesAreTwoCountsButABoundCoversItsExactCount() {
        let tallies = build([
            claim(
                "a", "2024-01-03", .killed, 1000, .moreThan, subject: "death toll",
                sentence: "The death toll from the Haj has exceeded 1,000, an AFP tally said."),
            claim(
                "b", "2024-01-04", .killed, 1100, .moreThan, subject: "toll",
                sentence: "An AFP tally put the toll at more than 1,100."),
        ])
        #expect(tallies.groups.count == 2)
        let covered = build([
            claim(
                "a", "2024-01-03", .killed, 2000, .moreThan, subject: "people",
                sentence: "The quakes killed more than 2,000 people, the Taliban said."),
            claim(
                "b", "2024-01-03", .killed, 2053, subject: "people",
                sentence: "A spokesman said 2,053 people were dead."),
        ])
        #expect(covered.groups.count == 1)
    }

    @Test func aTollRaisedOrLoweredIsAMomentsCountNotADisputeWithAnUndatedFigure() {
        let raised = claim(
            "a", nil, .killed, 183, subject: "death toll",
            sentence: "Indonesia raised its death toll of Hajj pilgrims to 183, official estimates said.")
        let report = build([
            raised,
            claim(
                "b", "2024-06-19", .killed, 200, .atLeast, subject: "Hajj pilgrims",
                sentence: "At least 200 Hajj pilgrims have died, according to official estimates."),
        ])
        #expect(report.groups.count == 2)
        for sentence in [
            "Indonesia raised its death toll to 183.", "The government downgraded the death toll to 1,000.",
            "Officials lowered the death toll to 84.",
        ] {
            let c = ClaimContext(
                index: 0, claim: claim("a", nil, .killed, 1, subject: "death toll", sentence: sentence), article: 0,
                source: 0, day: nil, kind: .unknown)
            #expect(c.provisional, "\(sentence)")
        }
    }

    @Test func aDateTheSentenceLooksBackToDatesTheFact() {
        let june = "Angola will invest $60 million in clearing mines in the southeast of the country."
        let october = "In June, the government pledged $60 million for the first major demining of a protected area."
        let report = build([
            claim("a", "2019-06-17", .money, 60_000_000, unit: "USD", subject: "clearing mines", sentence: june),
            claim("b", "2019-10-11", .money, 60_000_000, unit: "USD", subject: "demining", sentence: october),
        ])
        #expect(report.groups.count == 1)
        let published = ClaimContext.day(ofISODate: "2019-10-11")!
        #expect(
            ClaimContext.namedDay(in: october, published: published)?.day == ClaimContext.day(ofISODate: "2019-06-15"))
        #expect(
            ClaimContext.namedDay(in: "Jordan said on June 16 that 14 pilgrims died.", published: published)?.day
                == ClaimContext.day(ofISODate: "2019-06-16"))
        // A span's start, a later month (a plan) and a date of the last days date nothing.
        #expect(ClaimContext.namedDay(in: "Since June, 300 people have been killed.", published: published) == nil)
        #expect(
            ClaimContext.namedDay(in: "Tariffs on $156 billion of goods start in December.", published: published)
                == nil)
        #expect(ClaimContext.namedDay(in: "On October 9, 12 people died.", published: published) == nil)
        #expect(ClaimContext.namedDay(in: "Prices may rise in the new year.", published: published) == nil)
    }

    @Test func genericEquipmentWordsFitAnyEquipmentKind() {
        let s1 =
            "The package contains more than 400 pieces of equipment and more than 1,600 strike and anti-aircraft missiles."
        let s2 = "The aid package includes some 400 vehicles, 1,600 munitions and 4 million rounds."
        let report = build([
            claim("a", .equipment, 400, .moreThan, subject: "pieces of equipment", sentence: s1),
            claim("a", .equipment, 1600, .moreThan, subject: "strike and anti-aircraft missiles", sentence: s1),
            claim("b", .equipment, 400, .about, subject: "vehicles", sentence: s2),
            claim("b", .equipment, 1600, subject: "munitions", sentence: s2),
        ])
        #expect(report.groups.count == 2)
        // Two specific kinds stay apart.
        let apart = build([
            claim("a", .equipment, 400, subject: "vehicles", sentence: "The UK sends 400 vehicles."),
            claim("b", .equipment, 400, subject: "missiles", sentence: "The UK sends 400 missiles."),
        ])
        #expect(apart.groups.count == 2)
        #expect(SubjectKindTable.standard.kind(of: "munitions", category: .mines).id == "mine")
    }

    func claim(
        _ article: String, _ category: ClaimCategory, _ value: Double, _ qualifier: Qualifier = .exact, subject: String,
        sentence: String
    ) -> Claim {
        claim(article, "2024-04-23", category, value, qualifier, subject: subject, sentence: sentence)
    }

    @Test func pricesOfDifferentThingsAreTwoFacts() {
        func price(_ article: String, _ sentence: String) -> Claim {
            claim(article, "2019-11-18", .money, 139, unit: "USD", subject: "", sentence: sentence)
        }
        let report = build([
            price("a", "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139 (Originally $159)"),
            price(
                "b",
                "You will also find AirPods 2 with wireless charging case for $150 and Black Friday pricing on ecobee thermostats from $139."
            ),
            price(
                "c",
                "AirPods 2 dropped to an all-time low on Amazon at just $139, and AirPods 2 with Wireless Charging Case are down to $164.99."
            ),
        ])
        let groups = report.claims.map(\.group)
        #expect(groups[0] == groups[2])
        #expect(groups[1] != groups[0])
    }

    @Test func aCostAndAPledgeAreTwoSums() {
        let pledge =
            "Minister Paula Coelho said that the government is investing $60 million in the demining initiative."
        let cost =
            "The group estimates that it will take an additional $60 million to clear all the remaining minefields."
        let report = build([
            claim("a", nil, .money, 60_000_000, unit: "USD", subject: "initiative", sentence: pledge),
            claim("b", nil, .money, 60_000_000, unit: "USD", subject: "minefields", sentence: cost),
        ])
        #expect(report.groups.count == 2)
        // Two pledges in other words are one sum.
        let again = build([
            claim("a", nil, .money, 60_000_000, unit: "USD", subject: "initiative", sentence: pledge),
            claim(
                "b", nil, .money, 60_000_000, unit: "USD", subject: "demining",
                sentence: "In June, the government pledged $60 million for the demining of a protected area."),
        ])
        #expect(again.groups.count == 1)
    }

    @Test func aCapAndAnotherSumAreTwoSums() {
        let report = build([
            claim(
                "a", "2019-11-19", .money, 8_000_000_000, .atMost, unit: "USD", subject: "lifeline",
                sentence: "After receiving a lifeline from investor SoftBank worth up to $8 billion, the firm cut jobs."
            ),
            claim(
                "b", "2019-11-19", .money, 6_500_000_000, unit: "USD", subject: "debt",
                sentence: "SoftBank agreed to inject $6.5 billion in debt and equity into the firm."),
        ])
        #expect(report.groups.count == 2)
        // The same number as a cap and as another thing's sum: the clauses holding them share no word.
        let same = build([
            claim(
                "a", "2019-11-19", .money, 8_000_000_000, .atMost, unit: "USD", subject: "lifeline",
                sentence:
                    "After receiving a lifeline from investor SoftBank worth up to $8 billion, WeWork cut jobs at its layoffs."
            ),
            claim(
                "b", "2019-11-19", .money, 8_000_000_000, unit: "USD", subject: "",
                sentence:
                    "WeWork staff waited for layoffs, and had its valuation slashed from $47 billion to $8 billion."),
        ])
        #expect(same.groups.count == 2)
        let told = build([
            claim(
                "a", "2019-11-19", .money, 8_000_000_000, .atMost, unit: "USD", subject: "lifeline",
                sentence: "SoftBank's rescue package is worth up to $8 billion."),
            claim(
                "b", "2019-11-19", .money, 8_000_000_000, unit: "USD", subject: "package",
                sentence: "The SoftBank rescue package totals $8 billion."),
        ])
        #expect(told.groups.count == 1)
    }
}
