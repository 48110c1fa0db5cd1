/// The table of not-claim rules, asked for every mention that is not a date
/// (dates are `ClaimRules.isDateNumber`, as they chain: "November 22 and 23").
/// To add a rule: one file in this folder, one line here (see Extract/README.md).
enum NotClaimRules {
    static let table: [any NotClaimRule] = [
        GluedToName(),  // "Il-76", "COVID-19", "G7", "787-9", "#3"
        AfterAnotherNumber(),  // "400 737 Max jets"
        GluedSuffix(),  // "1990s", "4th", "5km", "40%"
        YearNumber(),  // "in 2024" (not "2,000 troops")
        BareFraction(),  // "2.5" without a scale or currency
        AgeInApposition(),  // "John Smith, 34, was killed", "Smith (34)"
        LabelBefore(),  // "Paragraph 4", "No. 5", "aged 34", "Flight 17"
        UnitAfter(),  // "4 am", "44 days", "30 km", "three-member"
        NoValue(),  // a mention without a value that is not vague
        OneAsPronoun(),  // "no one", "one another"
    ]

    /// Whether any of the rules (the table) rejects `m`.
    static func rejects(_ m: NumberMention, in sentence: ClaimRules, rules: [any NotClaimRule] = table) -> Bool {
        for rule in rules where rule.rejects(m, in: sentence) { return true }
        return false
    }
}
