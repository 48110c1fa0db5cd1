import Foundation

@testable import ClaimCheck
@testable import ClaimKit

/// Prediction files built from a gold file, each exercising one part of the scoring rules.
struct PredictionSets {
    let gold: GoldFile

    /// One record: keys in order with raw JSON values.
    typealias Record = [(String, String)]

    static func quoted(_ s: String?) -> String {
        guard let s else { return "null" }
        var out = ""
        JSONObjectWriter.appendQuoted(s, to: &out)
        return out
    }

    static func line(_ record: Record) -> String {
        "{" + record.map { quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// Every gold claim (required and optional) in article order.
    var claims: [(file: String, claim: GoldFile.Claim)] {
        gold.articleOrder.flatMap { file in gold.articles[file]!.claims.map { (file, $0) } }
    }

    /// A record that matches `claim` on every scored field.
    func perfectRecord(file: String, claim: GoldFile.Claim, index: Int, group: Bool = true) -> Record {
        let speaker = claim.speaker.first { !$0.isEmpty }
        let acceptsSilence = claim.speaker.first == ""
        var r: Record = [
            ("article", Self.quoted("corpus/txt/" + file)),
            ("outlet", Self.quoted(gold.articles[file]?.outlet)),
            ("category", Self.quoted(claim.category)),
            ("value", JSONObjectWriter.number(claim.value)),
            ("upper", JSONObjectWriter.number(claim.upper)),
            ("qualifier", Self.quoted(claim.qualifier)),
            ("unit", Self.quoted(claim.unit)),
            ("subject", Self.quoted(claim.subject.first.map { "the \($0)s named" } ?? "")),
            ("speaker", acceptsSilence ? "null" : Self.quoted(speaker.map { "The \($0.capitalized)" })),
            ("speaker_entity", "null"),
            ("sentence", Self.quoted("Claim \(index): \(claim.anchor), the report said.")),
            ("start", "0"), ("end", "10"),
        ]
        if group { r.append(("group", Self.quoted(claim.group))) }
        return r
    }

    func perfect(group: Bool = true) -> [Record] {
        claims.enumerated().map { perfectRecord(file: $1.file, claim: $1.claim, index: $0, group: group) }
    }

    static func replacing(_ record: Record, _ key: String, with value: String) -> Record {
        var r = record
        if let i = r.firstIndex(where: { $0.0 == key }) { r[i].1 = value } else { r.append((key, value)) }
        return r
    }

    static func removing(_ record: Record, _ key: String) -> Record { record.filter { $0.0 != key } }

    /// Named sets; each is the JSON Lines text handed to both scorers.
    func all() -> [(name: String, jsonl: String)] {
        let p = perfect()
        var sets: [(String, [Record])] = []
        sets.append(("perfect", p))
        sets.append(("perfect-without-groups", perfect(group: false)))
        sets.append(("empty", []))
        sets.append(("misses", p.enumerated().filter { $0.offset % 3 != 1 }.map(\.element)))
        sets.append(("only-first-article", Array(p.prefix(4))))
        sets += Self.noisySets(p)
        sets += optionalSets(p)
        sets += Self.attributeSets(p)
        var text = sets.map { name, records in
            (name, records.map(Self.line).joined(separator: "\n") + (records.isEmpty ? "" : "\n"))
        }
        text.append(
            (
                "crlf-blank-lines-and-whitespace",
                "\r\n" + p.map { "  " + Self.line($0) + " \t" }.joined(separator: "\r\n\r\n") + "\r\n"
            ))
        var random = RandomSets(seed: 20_260_922, base: p)
        for n in 0..<16 { text.append(("random-\(n)", random.next().map(Self.line).joined(separator: "\n"))) }
        return text
    }

    /// Records added to the perfect set: wrong values and categories, duplicates, values as floats and strings.
    static func noisySets(_ p: [Record]) -> [(String, [Record])] {
        var extras = p
        for (i, r) in p.enumerated() where i % 2 == 0 {
            extras.append(Self.replacing(r, "value", with: "987654"))
            extras.append(Self.replacing(r, "category", with: "\"injured\""))
        }
        extras.append(Self.replacing(p[0], "category", with: "\"displaced\""))
        extras.append(Self.replacing(p[0], "article", with: "\"other/999_not_in_gold.txt\""))
        extras.append([("record", "\"group\""), ("group", "\"g1\""), ("summary", "\"four killed\"")])
        extras.append([("article", "\"x\""), ("value", "3")])
        var sets: [(String, [Record])] = [("extras-and-summaries", extras)]

        var duplicates: [Record] = []
        for r in p {
            duplicates.append(r)
            duplicates.append(r)
            duplicates.append(Self.replacing(r, "speaker", with: "\"someone else\""))
            duplicates.append(
                Self.replacing(r, "article", with: Self.quoted("C:\\corpus\\html\\" + (Self.stem(r)) + ".html")))
        }
        sets.append(("duplicates", duplicates))

        var intFloat: [Record] = []
        for r in p {
            intFloat.append(r)
            if let v = r.first(where: { $0.0 == "value" })?.1, v != "null" {
                intFloat.append(Self.replacing(r, "value", with: v + ".0"))
                intFloat.append(Self.replacing(r, "value", with: "\"" + v + "\""))
            }
        }
        sets.append(("int-float-string-values", intFloat))

        return sets
    }

    /// Optional claims alone and placed before the required claim sharing their value and anchor words.
    func optionalSets(_ p: [Record]) -> [(String, [Record])] {
        var sets: [(String, [Record])] = []
        let optionalOnly = claims.enumerated().filter { $0.element.claim.optional }.flatMap { i, c in
            [
                perfectRecord(file: c.file, claim: c.claim, index: i),
                Self.replacing(
                    perfectRecord(file: c.file, claim: c.claim, index: i), "sentence",
                    with: Self.quoted("Again, " + c.claim.anchor + ".")),
            ]
        }
        sets.append(("optional-only", optionalOnly))
        // An optional claim's record placed before the required claim sharing its value and anchor words.
        sets.append(("optional-first", optionalOnly + p))

        return sets
    }

    /// Wrong speakers, subjects and qualifiers; odd group values; sentences in messy typography.
    static func attributeSets(_ p: [Record]) -> [(String, [Record])] {
        var sets: [(String, [Record])] = []
        sets.append(
            (
                "wrong-attributes",
                p.enumerated().map { i, r in
                    switch i % 5 {
                    case 0: return Self.replacing(r, "speaker", with: "\"the Kremlin\"")
                    case 1:
                        return Self.replacing(
                            Self.replacing(r, "speaker", with: "null"), "speaker_entity",
                            with: "\"Government of Azerbaijan\"")
                    case 2: return Self.replacing(r, "subject", with: "\"goats\"")
                    case 3: return Self.replacing(r, "qualifier", with: "\"about\"")
                    default: return Self.removing(Self.removing(r, "qualifier"), "speaker")
                    }
                }
            ))

        sets.append(("one-big-group", p.map { Self.replacing($0, "group", with: "\"g\"") }))
        sets.append(
            (
                "null-and-numeric-groups",
                p.enumerated().map { i, r in
                    Self.replacing(r, "group", with: i % 3 == 0 ? "null" : i % 3 == 1 ? "1" : "1.0")
                }
            ))
        sets.append(("group-key-missing-once", p.enumerated().map { i, r in i == 3 ? Self.removing(r, "group") : r }))

        sets.append(
            (
                "messy-text",
                p.enumerated().map { i, r in
                    guard let s = r.first(where: { $0.0 == "sentence" })?.1,
                        case .string(let text)? = try? JSONValueParser.parse(s)
                    else { return r }
                    let messy = text.uppercased()
                        .replacingOccurrences(of: " ", with: i % 2 == 0 ? "\u{00A0} " : "\n\t ")
                        .replacingOccurrences(of: "\"", with: "\u{201C}")
                        .replacingOccurrences(of: "-", with: "\u{2013}")
                        .replacingOccurrences(of: "'", with: "\u{2019}")
                    return Self.replacing(r, "sentence", with: Self.quoted(messy))
                }
            ))
        return sets
    }

    static func stem(_ record: Record) -> String {
        guard let a = record.first(where: { $0.0 == "article" })?.1,
            case .string(let path)? = try? JSONValueParser.parse(a)
        else { return "" }
        return Scorer.basename(path)
    }
}

/// Seeded random edits of the perfect set: drops, copies, wrong values, swapped groups, moved articles.
struct RandomSets {
    private var state: UInt64
    let base: [PredictionSets.Record]

    init(seed: UInt64, base: [PredictionSets.Record]) {
        state = seed
        self.base = base
    }

    private mutating func random(_ n: Int) -> Int {
        // SplitMix64: deterministic, so a failure reproduces.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }

    mutating func next() -> [PredictionSets.Record] {
        var out: [PredictionSets.Record] = []
        let groups = ["\"a\"", "\"b\"", "\"c\"", "null"]
        for r in base.shuffledDeterministically(&self) {
            switch random(10) {
            case 0: continue
            case 1: out.append(r); out.append(r)
            case 2: out.append(PredictionSets.replacing(r, "value", with: String(random(100))))
            case 3: out.append(PredictionSets.replacing(r, "group", with: groups[random(groups.count)]))
            case 4: out.append(PredictionSets.replacing(r, "speaker", with: random(2) == 0 ? "\"\"" : "\"Baku\""))
            case 5:
                out.append(
                    PredictionSets.replacing(
                        r, "article", with: base[random(base.count)].first { $0.0 == "article" }!.1))
            case 6: out.append(PredictionSets.replacing(r, "qualifier", with: "\"nearly\""))
            default: out.append(r)
            }
        }
        return out
    }

    fileprivate mutating func index(below n: Int) -> Int { random(n) }
}

extension Array {
    fileprivate func shuffledDeterministically(_ rng: inout RandomSets) -> [Element] {
        var a = self
        guard a.count > 1 else { return a }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, rng.index(below: i + 1)) }
        return a
    }
}
