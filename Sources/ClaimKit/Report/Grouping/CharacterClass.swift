/// Small character tests shared by the report's word scanners.
enum CharacterClass {
    /// Letters, digits, hyphens and apostrophes belong to words.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" || scalar == "'" || scalar == "\u{2019}" { return true }
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
