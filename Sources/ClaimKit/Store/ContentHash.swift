/// What says a stored article is still current: its file's bytes and its manifest hints, hashed.
///
/// Four independent multiply-xor lanes over 64-bit words (so the CPU overlaps the multiplies: a
/// byte-at-a-time FNV took half of an unchanged update's time), folded into 128 bits and written
/// with the byte count: "<32 hex digits>-5120". The hints are hashed too, since a manifest row can
/// change an article's outlet or date without touching the file. This detects changes; it is not
/// meant to resist someone crafting collisions.
enum ContentHash {
    /// The hash text of `bytes` read with `hints`.
    static func of(_ bytes: [UInt8], hints: ArticleHints?) -> String {
        var tail: [UInt8] = []
        if let hints {
            // A separator byte that never occurs in text, then each field (absent fields differ from empty ones).
            for field in [hints.outlet, hints.url, hints.published] {
                tail.append(0xFF)
                if let field { tail += Array(field.utf8) } else { tail.append(0xFE) }
            }
        }
        var lanes = Lanes()
        bytes.withUnsafeBytes { lanes.add($0) }
        lanes.endPart(count: bytes.count)
        tail.withUnsafeBytes { lanes.add($0) }
        lanes.endPart(count: tail.count)
        let (high, low) = lanes.digest()
        return hex(high) + hex(low) + "-\(bytes.count)"
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash state: four lanes, each mixing every fourth 64-bit word.
    private struct Lanes {
        var lane: (UInt64, UInt64, UInt64, UInt64) = (
            0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5
        )
        static let k: UInt64 = 0x9FB2_1C65_1E98_DF25

        @inline(__always) static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
            let m = (h ^ word) &* k
            return m ^ (m >> 29)
        }

        mutating func add(_ raw: UnsafeRawBufferPointer) {
            var i = 0
            let n = raw.count
            while i + 32 <= n {
                lane.0 = Lanes.mix(lane.0, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                lane.1 = Lanes.mix(lane.1, raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                lane.2 = Lanes.mix(lane.2, raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
                lane.3 = Lanes.mix(lane.3, raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                i += 32
            }
            // The last bytes, one word at a time (zero-padded; the lengths go in at `endPart`).
            var word: UInt64 = 0, shift: UInt64 = 0
            while i < n {
                word |= UInt64(raw[i]) << shift
                shift += 8
                i += 1
                if shift == 64 {
                    lane.0 = Lanes.mix(lane.0, word)
                    word = 0
                    shift = 0
                }
            }
            if shift > 0 { lane.1 = Lanes.mix(lane.1, word) }
        }

        /// Closes one part with its length, so the same bytes split differently hash differently.
        mutating func endPart(count: Int) {
            lane.2 = Lanes.mix(lane.2, UInt64(count))
            lane.3 = Lanes.mix(lane.3, ~UInt64(count))
        }

        func digest() -> (UInt64, UInt64) {
            func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
                var h = Lanes.mix(Lanes.mix(a, b), 0x94D0_49BB_1331_11EB)
                h ^= h >> 31
                return h
            }
            return (fold(fold(lane.0, lane.1), lane.2), fold(fold(lane.3, lane.2), lane.0))
        }
    }
}
