import Testing

@testable import ClaimKit

/// Sizes are described in the unit the user wrote.
@Suite struct ByteCountUnitTests {
    @Test func parsingKeepsTheUnit() {
        #expect(ByteCount(parsing: "10K")?.unit == 1024)
        #expect(ByteCount(parsing: "32M")?.unit == 1 << 20)
        #expect(ByteCount(parsing: "5000")?.unit == 1)
    }

    @Test func textIsInThatUnitWithOneDecimalAtMost() {
        #expect(ByteCount.text(15750, unit: 1024) == "15.4 KiB")
        #expect(ByteCount.text(10240, unit: 1024) == "10 KiB")
        #expect(ByteCount.text(3 << 20, unit: 1 << 20) == "3 MiB")
        #expect(ByteCount.text(15750, unit: 1) == "15750 bytes")
    }
}
