import Testing

@testable import ClaimKit

@Suite struct WireCopyTests {
    typealias F = ReportFixtures

    let wire =
        "Four police officers and two civilians were killed in separate mine blasts on Tuesday, the security service said. "
        + "The officers died when their truck hit a mine near a tunnel construction site, it said in a statement."

    @Test func nearIdenticalArticlesAreOneSource() {
        let texts = [
            wire, "By Staff. " + wire + " Read more on our site.",
            "A quite different article about the economy and prices of bread in the capital.",
        ]
        #expect(WireCopyDetector().sources(of: texts) == [0, 0, 2])
    }

    @Test func wireCopiesCountAsOneIndependentSource() {
        let articles = [
            Article(path: "a.txt", outlet: "A", published: "2023-09-19", paragraphs: [wire]),
            Article(
                path: "b.txt", outlet: "B", published: "2023-09-19", paragraphs: [wire, "Subscribe to our newsletter."]),
            // Other words about the same blasts: the same story, another source.
            Article(
                path: "c.txt", outlet: "C", published: "2023-09-19",
                paragraphs: [
                    "Baku said four interior ministry staff had been killed in mine blasts near a tunnel construction site."
                ]),
        ]
        let report = ReportBuilder().build(
            articles: articles,
            claims: [
                F.claim("a.txt", outlet: "A", 4, subject: "police officers"),
                F.claim("b.txt", outlet: "B", 4, subject: "police officers"),
                F.claim("c.txt", outlet: "C", 4, subject: "interior ministry staff"),
            ])
        #expect(report.groups.count == 1)
        #expect(report.groups[0].outlets == ["A", "B", "C"])
        #expect(report.groups[0].independentSources == 2)
        #expect(report.sources.map(\.source) == ["s1", "s1", "s2"])
        #expect(report.sources[0].copies == ["b.txt"])
    }

    @Test func articlesOfOneStoryInOtherWordsAreNotCopies() {
        let other =
            "Azerbaijan says six citizens died in landmine explosions in Karabakh, blaming Armenian groups for planting mines."
        #expect(WireCopyDetector().sources(of: [wire, other]) == [0, 1])
    }
}

@Suite struct ShortTextCopyTests {
    @Test func twoShortSentencesInTheSameWordsAreNoCopies() {
        let texts = [
            "Four police officers were killed by a mine on the tunnel road.",
            "Six policemen were killed by a mine on the tunnel road.",
        ]
        #expect(WireCopyDetector().sources(of: texts) == [0, 1])
    }
}
