import Foundation

/// A size in bytes as users write it: `1048576`, `512K`, `32M`, `1G` (binary multiples, `B`/`iB` allowed).
public struct ByteCount: Sendable, Equatable, CustomStringConvertible {
    public var bytes: Int

    /// Creates a size of `bytes`.
    public init(bytes: Int) { self.bytes = bytes }

    /// Parses `text`; nil when it is not a positive size that fits in an `Int`.
    public init?(parsing text: String) {
        var s = Substring(text.trimmingCharacters(in: .whitespaces)).uppercased()[...]
        if s.hasSuffix("IB") { s = s.dropLast(2) } else if s.hasSuffix("B") { s = s.dropLast() }
        var multiplier = 1
        switch s.last {
        case "K": multiplier = 1 << 10
        case "M": multiplier = 1 << 20
        case "G": multiplier = 1 << 30
        case "T": multiplier = 1 << 40
        default: break
        }
        if multiplier > 1 { s = s.dropLast() }
        guard !s.isEmpty, s.allSatisfy(\.isASCII), let number = Int(s), number > 0 else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        bytes = product
    }

    /// The size in the largest whole binary unit: `32 MiB`, `1.5 KiB`, `17 bytes`.
    public var description: String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = "bytes"
        for u in units where value >= 1024 {
            value /= 1024
            unit = u
        }
        if unit == "bytes" { return "\(bytes) bytes" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) \(unit)" : "\(rounded) \(unit)"
    }
}
