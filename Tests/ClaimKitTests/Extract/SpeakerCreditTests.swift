import Testing

@testable import ClaimKit

/// Credits inside a clause: a figure "touted by X" in a noun phrase, a promoted projection, a
/// document shown on the page as speaker, a fronted additive adjunct outside the reported clause,
/// and "it announced" after a body named behind a fronted adjunct.
@Suite struct SpeakerCreditTests {
    /// (value, speaker) of each claim.
    func credits(_ text: String) -> [String] {
        extract(text).map { "\($0.value.map { String(Int($0)) } ?? "-") \($0.speaker ?? "nil")" }
    }

    @Test func figureToutedByAnAgentIsTheAgents() {
        #expect(
            credits(
                "A farm lobbyist said that to reach the $20-30 billion in yearly grain sales touted by Garcia last spring, the ports would need new cranes."
            ) == ["20000000000 Garcia"])
        #expect(
            credits("The mayor said the $4 million grant promised by the Harbor Trust never arrived.")
                == ["4000000 the Harbor Trust"])
        // "the" and a speaker's noun.
        #expect(
            credits("Residents said the 40 deaths reported by the county health department were too few.")
                == ["40 the county health department"])
        // A figure after the participle stays the sentence speaker's.
        #expect(
            credits("The mayor said the plan touted by Garcia would cost $9 million.") == ["9000000 The mayor"])
        // Not a crediting participle: the storm kills, it does not speak.
        #expect(credits("The mayor said the 12 people killed by the storm were buried.") == ["12 The mayor"])
        // No agent name after "by".
        #expect(
            credits("The mayor said the $4 million grant promised by next year never arrived.")
                == ["4000000 The mayor"])
    }

    @Test func promotedEstimatesThatReport() {
        #expect(
            credits("The health ministry has repeatedly touted estimates that 50,000 people could die from the flu.")
                == ["50000 The health ministry"])
        #expect(credits("The council touted that the fund paid out $3 million.") == ["3000000 The council"])
        // A plain object is no report.
        #expect(credits("The council touted the $3 million fund at the fair.") == ["3000000 nil"])
    }

    @Test func documentShownOnThePageSpeaks() {
        #expect(
            credits("While the post shown above claimed that the singer earns $9 million a year, others disagree.")
                == ["9000000 the post shown above"])
        #expect(
            credits("The video embedded below claimed that 300 people were killed in the raid.")
                == ["300 The video embedded below"])
        // A place with no display participle is no document.
        #expect(credits("The flat above claimed that rent rose to $900 a month.").first != "900 The flat above")
    }

    @Test func frontedAdditiveAdjunctIsTheWriters() {
        #expect(
            credits(
                "In addition to the four deaths at the mine on Monday, the regional governor said another 20 people had been injured."
            ) == ["4 nil", "20 the regional governor"])
        #expect(
            credits("Besides the two soldiers killed in the ambush, the army said 15 were wounded.")
                == ["2 nil", "15 the army"])
        // Another fronted phrase stays inside the report.
        #expect(
            credits("Of the 30 people injured, the regional governor said 12 were children.").first
                == "30 the regional governor")
    }

    @Test func itAfterAFrontedAdjunctSubjectIsThatBody() {
        let text = """
            Marine chief Ana Ruiz told reporters the fleet will grow.
            As of March, Northwinds had a fleet of 90 ships.
            Later, it announced an order of 12 tankers at a value of $3 billion.
            """
        #expect(credits(text).last == "3000000000 Northwinds")
        // A person as the last subject: "it" stays unresolved.
        let person = """
            Marine chief Ana Ruiz told reporters the fleet will grow.
            Later, it announced an order of 12 tankers at a value of $3 billion.
            """
        #expect(credits(person).last == "3000000000 it")
    }
}
