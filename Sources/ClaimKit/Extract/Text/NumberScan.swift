/// What `Tokenizer` has read of one number so far: its digits, where the decimal point was,
/// and which separators it met ("2,728", "10 000", "1.428,77", "6:30").
struct NumberScan {
    var integer: Double = 0
    var fraction: Double = 0
    var scale: Double = 1
    /// The first six fraction digits as an integer ("2.53" → 53), for a correctly rounded value.
    var fractionInteger: Double = 0
    var digits = 0
    var integerDigits = 0
    var fractionDigits = 0
    var separator = false
    var decimal = false
    var colon = false
    /// Digit groups split by spaces ("10 000"): every later group must be split the same way.
    var spaceGrouped = false
    /// Groups split by dots ("400.000"): a comma after them is a decimal comma.
    var europeanGroups = false

    /// Adds one ASCII digit `b` at the current position (integer part, fraction, or after a colon).
    @inline(__always) mutating func add(digit b: UInt8) {
        digits += 1
        if decimal {
            if scale > 1e-12 { scale /= 10; fraction += Double(b - 0x30) * scale }
            if fractionDigits < 6 {
                fractionInteger = fractionInteger * 10 + Double(b - 0x30); fractionDigits += 1
            }
        } else if !colon {
            integerDigits += 1
            if integerDigits <= Tokenizer.maxValueDigits { integer = integer * 10 + Double(b - 0x30) }
        }
    }

    /// The number's value; nil for a clock time or a run too long to be a count.
    var value: Double? {
        if integerDigits > Tokenizer.maxValueDigits || colon { return nil }
        if decimal, fractionDigits > 0, integerDigits + fractionDigits <= 15 {
            return Self.decimalValue(integer, fractionInteger, fractionDigits)
        }
        return integer + fraction
    }

    /// "2.53" as 253 / 100: one correctly rounded division, where adding 0.5 + 0.03 step by step
    /// leaves 2.5300000000000002 in the output.
    @inline(__always) private static func decimalValue(
        _ integer: Double, _ fractionInteger: Double, _ fractionDigits: Int
    ) -> Double {
        var power: Double = 1
        for _ in 0..<fractionDigits { power *= 10 }
        return (integer * power + fractionInteger) / power
    }
}
