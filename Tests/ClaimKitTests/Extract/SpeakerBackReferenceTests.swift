import Testing

@testable import ClaimKit

/// Speakers that point back or stay inside their clause: "the report says" after the paper named
/// with the report, the last sentence of a quotation, a speaker inside a relative clause (for the
/// sum before it), a body whose name holds "and", and verbs of a finding before "that".
@Suite struct SpeakerBackReferenceTests {
    @Test func theReportIsThePaperItAppearedIn() {
        let text = """
            According to a report in the Evening Ledger of Millbrook, the council opened the shelter on Friday.
            Many residents say the shelter is too small.
            The report says the council has paid the builder nearly $310,000 so far.
            """
        #expect(speakers(text) == ["the Evening Ledger of Millbrook"])
        // A report whose author was named with a possessive.
        let possessive = """
            The UN's annual report said 40 people were killed in the region.
            Officials in the capital say the roads are unsafe.
            The report says another 12 people were injured.
            """
        #expect(speakers(possessive) == ["UN", "UN"])
        // No document named before: the report stays its own speaker.
        let unnamed = """
            According to the Evening Ledger, the council opened the shelter on Friday.
            Many residents say the shelter is too small.
            The report says the council has paid the builder nearly $310,000 so far.
            """
        #expect(speakers(unnamed) == ["The report"])
        // Another kind of document is the last speaker's, not the report's author.
        let statement = """
            According to a report by Oxfam, 40 people were killed in the north.
            The ministry said 12 people died in the south.
            The statement added that 30 people were injured.
            """
        #expect(speakers(statement) == ["Oxfam", "The ministry", "The ministry"])
    }

    @Test func aReportInAPaperCreditsThePaper() {
        #expect(
            speakers("According to a report in the Coastal Herald, 14 people were injured in the storm.")
                == ["the Coastal Herald"])
        // "in" after a word that is no document keeps the whole phrase.
        #expect(
            speakers("According to a spokesman in the capital, 14 people were injured in the storm.")
                == ["a spokesman"])
    }

    @Test func lastSentenceOfAQuotationIsItsOpenersNotTheNextParagraphs() {
        let text = """
            "We have done the work," Garcia said at a meeting in Dover on Monday. "The port is open again. Thanks to the levy, we are collecting $40 million a year from the shippers."
            Critics of the levy say that it only raises prices for buyers.
            """
        #expect(speakers(text) == ["Garcia"])
        // A quotation still open at the end of its paragraph goes on to its closing speaker.
        let open = """
            "Twelve people were killed in the blast.
            "Many more were hurt in the fire," the mayor said.
            """
        #expect(speakers(open) == ["the mayor"])
    }

    @Test func speakerInsideARelativeClauseDoesNotCreditTheSumBeforeIt() {
        #expect(
            speakers(
                "Congress has not approved all of the $2.3 billion request in March that the ministry says is vital to the program."
            ) == [nil])
        #expect(
            speakers("Congress cut the $2.3 billion request, which the ministry says is vital to the program.") == [nil]
        )
        // The speaker of a main clause still credits the sum.
        #expect(speakers("The ministry says the $2.3 billion request is vital to the program.") == ["The ministry"])
        // A count before the clause may be what the clause reports: its speaker stays.
        #expect(
            speakers("Divers recovered the 12 bodies that officials say were found in the river.") == ["officials"])
        // After a reporting verb, "that" opens the reported words, not a relative clause.
        #expect(
            speakers("Garcia said that the ministry says 40 people were killed in the attack.") == ["the ministry"])
    }

    @Test func bodyWhoseNameHoldsAndIsKeptWhole() {
        #expect(speakers("Garcia and Okafor found that 40 people died in the floods.") == ["Garcia and Okafor"])
        #expect(
            speakers("The Commission on roads and safety found that 40 people died on the highway last year.")
                == ["The Commission on roads and safety"])
        // Two clauses joined by "and": the second clause's subject speaks.
        #expect(
            speakers("The army shelled the town and officials said 40 people died.") == ["officials"])
    }

    @Test func theAgencyIsTheBodyNamedLast() {
        #expect(
            speakers("FEMA sent four teams to the coast on Monday. The agency said 40 people were killed.") == ["FEMA"])
        // The body named last, even when an older one spoke.
        let twoBodies = """
            The World Food Programme said 12 people were killed in the north.
            UNHCR appealed for help on Tuesday. The agency says 40 children were killed.
            """
        #expect(speakers(twoBodies) == ["The World Food Programme", "UNHCR"])
        // A country (a plural-looking two-letter name) is no agency.
        #expect(
            speakers("The US sent four teams to the coast on Monday. The agency said 40 people were killed.")
                == ["The agency"])
    }

    @Test func findingVerbReportsOnlyBeforeThat() {
        #expect(speakers("A new study shows that 40 people died in the floods.") == ["A new study"])
        #expect(speakers("Police found 12 bodies in the river.") == [nil])
        // A bare source word names no one; one with its author does.
        #expect(speakers("New data shows that 40 people died in the floods.") == [nil])
        #expect(
            speakers("The Bureau's figures showed that 40 people died in the floods.") == ["Bureau"])
    }
}
