import Testing

@testable import ClaimKit

/// The claims of one sentence through `ClaimRules` with the given rule tables, briefly:
/// "category value qualifier «subject»".
func sentenceClaims(
    _ sentence: String, decisions: [any DecisionRule] = DecisionRules.table,
    notClaims: [any NotClaimRule] = NotClaimRules.table, previousSubject: String? = nil
) -> [String] {
    let bytes = Array(sentence.utf8)
    let tokens = Tokenizer.tokenize(bytes)
    var rules = ClaimRules(tokens: tokens, bytes: bytes)
    rules.decisionRules = decisions
    rules.notClaimRules = notClaims
    rules.previousSubject = previousSubject
    return rules.claims(NumberParser.mentions(in: tokens)).map {
        "\($0.category.rawValue) \(JSONObjectWriter.number($0.mention.value)) \($0.mention.qualifier.rawValue) «\($0.subject)»"
    }
}

/// The decision table without the rules of type `R` (to show what `R` changes).
func decisions<R: DecisionRule>(without _: R.Type) -> [any DecisionRule] {
    DecisionRules.table.filter { !($0 is R) }
}

/// The mentions of `sentence` (as written) that `rule` rejects.
func rejected(by rule: some NotClaimRule, in sentence: String) -> [String] {
    let bytes = Array(sentence.utf8)
    let tokens = Tokenizer.tokenize(bytes)
    let rules = ClaimRules(tokens: tokens, bytes: bytes)
    return NumberParser.mentions(in: tokens).filter { rule.rejects($0, in: rules) }.map {
        rules.text($0.numberStart, $0.last)
    }
}

/// Checks `sentence`'s claims with the whole decision table, and that the table without rule `R`
/// gives something else (so the test fails when `R` stops mattering).
func expectRule<R: DecisionRule>(
    _ rule: R.Type, _ sentence: String, _ expected: [String], previousSubject: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(sentenceClaims(sentence, previousSubject: previousSubject) == expected, sourceLocation: sourceLocation)
    #expect(
        sentenceClaims(sentence, decisions: decisions(without: rule), previousSubject: previousSubject) != expected,
        "\(R.self) changes nothing here", sourceLocation: sourceLocation)
}
