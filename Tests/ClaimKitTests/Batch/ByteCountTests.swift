import Testing

@testable import ClaimKit

@Suite struct ByteCountTests {
    @Test func parsesPlainBytesAndBinaryUnits() {
        #expect(ByteCount(parsing: "1048576")?.bytes == 1_048_576)
        #expect(ByteCount(parsing: "512K")?.bytes == 512 * 1024)
        #expect(ByteCount(parsing: "32M")?.bytes == 32 << 20)
        #expect(ByteCount(parsing: "32mb")?.bytes == 32 << 20)
        #expect(ByteCount(parsing: "1G")?.bytes == 1 << 30)
        #expect(ByteCount(parsing: "2GiB")?.bytes == 2 << 30)
    }

    @Test func rejectsNonsenseZeroAndOverflow() {
        for text in ["", "M", "-1", "0", "12Q", "1.5M", "99999999999999999999", "9000000000000T"] {
            #expect(ByteCount(parsing: text) == nil, "\(text)")
        }
    }

    @Test func describesInTheLargestUnit() {
        #expect(ByteCount(bytes: 17).description == "17 bytes")
        #expect(ByteCount(bytes: 32 << 20).description == "32 MiB")
        #expect(ByteCount(bytes: 1536).description == "1.5 KiB")
    }
}
