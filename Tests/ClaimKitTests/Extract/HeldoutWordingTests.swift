import Testing
@testable import ClaimKit

/// Wordings found missing by the second held-out set (Tests/Fixtures/heldout2), one rule each.
@Suite struct HeldoutWordingTests {
    @Test func partitiveOfTheDeadOrWoundedNamesTheCategory() {
        #expect(scored("A dozen of the injured were in serious condition.") == ["injured 12 exact «injured»"])
        #expect(scored("Two of the wounded were in critical condition.") == ["injured 2 exact «wounded»"])
        #expect(scored("Three of the dead were teenagers.") == ["killed 3 exact «teenagers»"])
        // a verb of its own still decides
        #expect(scored("Two of the injured died in hospital.") == ["killed 2 exact «injured»"])
        // a noun after the adjective keeps the ordinary noun phrase
        #expect(scored("Four of the dead soldiers were officers.") == ["killed 4 exact «dead soldiers»"])
    }
}
