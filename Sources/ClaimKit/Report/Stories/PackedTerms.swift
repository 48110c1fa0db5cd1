/// A story fingerprint's terms and weights in one exact-size byte buffer.
///
/// Layout: the number of terms and of weights, then each term as its UTF-8 length and bytes, then
/// each weight zigzag-encoded; every number a LEB128 varint. Terms are short words and weights a
/// few hundred, so an article's 24 terms take about 250 bytes in one allocation, and any terms and
/// weights (even of different counts) read back exactly.
struct PackedTerms: Sendable, Equatable {
    private let bytes: ContiguousArray<UInt8>

    init(terms: [String], weights: [Int]) {
        var size = Self.length(UInt64(terms.count)) + Self.length(UInt64(weights.count))
        for t in terms { size += Self.length(UInt64(t.utf8.count)) + t.utf8.count }
        for w in weights { size += Self.length(Self.zigzag(w)) }
        var out = ContiguousArray<UInt8>()
        out.reserveCapacity(size)
        Self.append(UInt64(terms.count), to: &out)
        Self.append(UInt64(weights.count), to: &out)
        for t in terms {
            Self.append(UInt64(t.utf8.count), to: &out)
            out.append(contentsOf: t.utf8)
        }
        for w in weights { Self.append(Self.zigzag(w), to: &out) }
        bytes = out
    }

    /// The number of terms.
    var termCount: Int {
        var i = 0
        return Int(Self.read(bytes, &i))
    }

    var terms: [String] {
        var out: [String] = []
        out.reserveCapacity(termCount)
        forEachTerm { term, _ in out.append(String(decoding: term, as: UTF8.self)) }
        return out
    }

    var weights: [Int] {
        var i = 0
        let termCount = Int(Self.read(bytes, &i))
        let weightCount = Int(Self.read(bytes, &i))
        for _ in 0..<termCount {
            let length = Int(Self.read(bytes, &i))
            i += length
        }
        return (0..<weightCount).map { _ in Self.unzigzag(Self.read(bytes, &i)) }
    }

    /// Each term's bytes with its weight (0 when there are fewer weights than terms); with
    /// `pairsOnly`, only the terms that have a weight, as `zip(terms, weights)` pairs them.
    func forEachTerm(pairsOnly: Bool = false, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let termCount = Int(Self.read(buffer, &i))
            let weightCount = Int(Self.read(buffer, &i))
            var w = i
            for _ in 0..<termCount {
                let length = Int(Self.read(buffer, &w))
                w += length
            }
            for k in 0..<(pairsOnly ? min(termCount, weightCount) : termCount) {
                let length = Int(Self.read(buffer, &i))
                let weight = k < weightCount ? Self.unzigzag(Self.read(buffer, &w)) : 0
                body(UnsafeBufferPointer(rebasing: buffer[i..<i + length]), weight)
                i += length
            }
        }
    }

    private static func zigzag(_ v: Int) -> UInt64 { UInt64(bitPattern: Int64((v << 1) ^ (v >> 63))) }

    private static func unzigzag(_ u: UInt64) -> Int { Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))) }

    private static func length(_ v: UInt64) -> Int {
        var v = v, n = 1
        while v >= 0x80 {
            v >>= 7
            n += 1
        }
        return n
    }

    private static func append(_ v: UInt64, to out: inout ContiguousArray<UInt8>) {
        var v = v
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    private static func read<C: RandomAccessCollection>(_ bytes: C, _ i: inout Int) -> UInt64
    where C.Element == UInt8, C.Index == Int {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = bytes[i]
            i += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }
}
