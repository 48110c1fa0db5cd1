import Foundation

/// A size in bytes as users write it: `1048576`, `512K`, `32M`, `1G` (binary multiples, `B`/`iB` allowed).
package struct ByteCount: Sendable, Equatable, CustomStringConvertible {
    package var bytes: Int
    /// The multiple the user wrote (1, 1024, 1024², ...), so messages speak in the same unit.
    package var unit: Int = 1

    /// Creates a size of `bytes`.
    package init(bytes: Int) { self.bytes = bytes }

    /// Parses `text`; nil when it is not a positive size that fits in an `Int`.
    package init?(parsing text: String) {
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
        unit = multiplier
    }

    /// `bytes` in the unit `unit` (a multiple of 1024, or 1 for bytes), one decimal at most:
    /// `12.5 KiB`, `10 KiB`, `2048 bytes`.
    package static func text(_ bytes: Int, unit: Int) -> String {
        let names = [1 << 10: "KiB", 1 << 20: "MiB", 1 << 30: "GiB", 1 << 40: "TiB"]
        guard let name = names[unit] else { return "\(bytes) bytes" }
        let tenths = (Double(bytes) / Double(unit) * 10).rounded()
        let whole = Int(tenths / 10), fraction = Int(tenths) % 10
        return fraction == 0 ? "\(whole) \(name)" : "\(whole).\(fraction) \(name)"
    }

    /// The size in the largest whole binary unit: `32 MiB`, `1.5 KiB`, `17 bytes`.
    package var description: String {
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
