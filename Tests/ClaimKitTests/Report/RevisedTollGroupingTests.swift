import Testing

@testable import ClaimKit

/// A toll told by several outlets with other numbers is one fact with a disagreement; a toll that
/// changed (an earlier count, a count that "has risen") is another point of a timeline.
@Suite struct RevisedTollGroupingTests {
    typealias F = ReportFixtures

    /// Claims of one story: the same words around them, so that only the rule under test decides.
    func toll(
        _ article: String, published: String?, category: ClaimCategory = .injured, _ value: Double,
        _ qualifier: Qualifier, _ sentence: String
    ) -> Claim {
        F.claim(
            article, published: published, category: category, value, qualifier, subject: "people", sentence: sentence)
    }

    @Test func aCountThatOnlyNamesItsMeasureIsDisputedByAnotherOutletWhateverItsDate() {
        // Undated, "the number of wounded": one day's count with two numbers, not two counts.
        let g = F.groups([
            toll(
                "a.txt", published: nil, 141, .exact,
                "Officials in the province put the number of wounded at 141 after the blasts."),
            toll(
                "b.txt", published: "2024-01-03", 150, .exact,
                "Officials in the province said 150 were wounded in the blasts."),
        ])
        #expect(g[0] == g[1])
    }

    @Test func allButEqualNumbersAreOneDisputedCountWhateverTheirWording() {
        // One story (the articles' texts), sentences with no content word in common.
        let text = "Twin blasts struck the memorial ceremony in Kerman near the burial site of the slain commander."
        let articles = ["a.txt", "b.txt"].map {
            Article(path: $0, outlet: $0, published: "2024-01-03", paragraphs: [text])
        }
        let g = F.groups(
            [
                toll(
                    "a.txt", published: "2024-01-03", 141, .exact,
                    "At least 103 people were killed and 141 injured on Wednesday."),
                toll("b.txt", published: "2024-01-03", 140, .exact, "Initial reports had indicated 140 injuries."),
            ], articles: articles)
        #expect(g[0] == g[1])
        // Other kinds of people stay apart, however close their numbers.
        let apart = F.groups(
            [
                F.claim(
                    "a.txt", published: "2024-01-03", category: .injured, 141, subject: "police officers",
                    sentence: "At least 141 police officers were hurt on Wednesday."),
                F.claim(
                    "b.txt", published: "2024-01-03", category: .injured, 140, subject: "children",
                    sentence: "Initial reports had indicated 140 children hurt."),
            ], articles: articles)
        #expect(apart[0] != apart[1])
    }

    @Test func countsToldBesideTheSameOtherFactAreOneCountWithTwoNumbers() {
        let text = "Twin blasts struck the memorial ceremony in Kerman near the burial site of the slain commander."
        let articles = ["a.txt", "b.txt"].map {
            Article(path: $0, outlet: $0, published: "2024-01-03", paragraphs: [text])
        }
        let first = "At least 103 people were killed Wednesday and 141 injured in the city."
        let second = "Two bombs ripped through the crowd, killing 103 people and wounding 188."
        func pair(_ with: Bool) -> [String?] {
            var claims = [
                toll("a.txt", published: "2024-01-03", 141, .exact, first),
                toll("b.txt", published: "2024-01-03", 188, .exact, second),
            ]
            if with {
                claims += [
                    toll("a.txt", published: "2024-01-03", category: .killed, 103, .atLeast, first),
                    toll("b.txt", published: "2024-01-03", category: .killed, 103, .exact, second),
                ]
            }
            return F.groups(claims, articles: articles)
        }
        let anchored = pair(true)
        #expect(anchored[0] == anchored[1], "141 and 188 injured, each beside the same 103 killed")
        #expect(anchored[2] == anchored[3] && anchored[2] != anchored[0])
        let alone = pair(false)
        #expect(alone[0] != alone[1], "141 and 188 injured in unlike sentences, with nothing else in common")
    }

    @Test func aTollRevisedWithinDaysIsATimelineOfOneMeasure() {
        let text = "A blast at the port of the capital destroyed warehouses and damaged homes across the city."
        let articles = [("a.txt", "2020-08-05"), ("b.txt", "2020-08-06")].map {
            Article(path: $0.0, outlet: $0.0, published: $0.1, paragraphs: [text])
        }
        func report(_ first: String, _ second: String) -> Report {
            ReportBuilder().build(
                articles: articles,
                claims: [
                    toll("a.txt", published: "2020-08-05", category: .killed, 158, .exact, first),
                    toll("b.txt", published: "2020-08-06", category: .killed, 190, .exact, second),
                ])
        }
        let revised = report(
            "The death toll from the port blast has risen to 158, the ministry said.",
            "The death toll from the port blast rose to 190 on Thursday, the government said.")
        #expect(revised.groups.count == 2)
        #expect(revised.groups[0].timeline != nil && revised.groups[0].timeline == revised.groups[1].timeline)
        #expect(revised.groups[0].timelineWith == [revised.groups[1].id])
        // Two counts of the same days, neither told as a change: no timeline.
        let plain = report(
            "The port blast killed 158 people, the ministry said.",
            "The port blast killed 190 people, the government said.")
        #expect(plain.groups.allSatisfy { $0.timeline == nil })
    }

    @Test func anUndatedCountThatHasRisenIsATimelinePointNotADispute() {
        let g = F.groups([
            toll(
                "a.txt", published: nil, 141, .exact,
                "Officials in the province said the number of wounded has risen to 141 after the blasts."),
            toll(
                "b.txt", published: "2024-01-03", 150, .exact,
                "Officials in the province said 150 were wounded in the blasts."),
        ])
        #expect(g[0] != g[1])
    }

    @Test func anExactCountToldAsALowerBoundDoesNotJoinALargerCount() {
        let g = F.groups([
            toll(
                "a.txt", published: nil, category: .killed, 73, .atLeast,
                "The previous toll was that at least 73 people were killed in the blasts."),
            toll(
                "b.txt", published: "2024-01-04", category: .killed, 84, .exact,
                "The toll of the blasts was revised to 84 people killed."),
            toll(
                "c.txt", published: "2024-01-04", category: .killed, 73, .exact,
                "At least 73 people were killed in the blasts, officials said."),
        ])
        #expect(g[0] != g[1], "at least 73 is another count than 84")
        #expect(g[0] == g[2], "at least 73 and 73 are one count")
    }

    @Test func aRoundLowerBoundKeepsItsReach() {
        let g = F.groups([
            toll(
                "a.txt", published: "2024-01-04", category: .killed, 100, .moreThan,
                "More than 100 people were killed in the blasts."),
            toll(
                "b.txt", published: "2024-01-04", category: .killed, 103, .exact,
                "The blasts killed 103 people, officials said."),
        ])
        #expect(g[0] == g[1])
    }
}
