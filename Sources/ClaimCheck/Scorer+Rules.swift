import ClaimKit

extension Scorer {
    /// score.py's `norm`: NFKC, typographic quotes and dashes to ASCII, white space folded, lower case.
    public static func normalize(_ text: String?) -> String { PythonCompat.norm(text) }

    /// score.py's `basename`: the file name without folders and last extension, so that
    /// `corpus/html/a.html` and `a.txt` name the same gold article.
    public static func basename(_ path: String?) -> String { PythonCompat.basename(path) }

    /// score.py's `same_number`: equal within a relative 1e-9; nil equals only nil;
    /// a value Python's `float()` cannot read never matches.
    static func sameNumber(_ gold: Double, _ predicted: JSONValue?) -> Bool {
        guard let predicted, predicted != .null else { return false }
        guard let b = predicted.pythonFloat else { return false }
        let a = gold
        // Python's max() keeps the first of equal or unordered (NaN) arguments.
        var bound = 1.0
        if abs(a) > bound { bound = abs(a) }
        if abs(b) > bound { bound = abs(b) }
        return abs(a - b) <= 1e-9 * bound
    }

    /// score.py's `candidate`: category, value, upper end, and the anchor inside the sentence
    /// (both given normalised, as UTF-8).
    static func isCandidate(_ gold: GoldFile.Claim, anchor: [UInt8], _ record: ScoreRecord, sentence: [UInt8]) -> Bool {
        guard PythonCompat.same(gold.category, record.category) else { return false }
        if let value = gold.value, !sameNumber(value, record.value) { return false }
        if let upper = gold.upper, !sameNumber(upper, record.upper) { return false }
        return PythonCompat.contains(sentence, anchor)
    }

    /// score.py's `speaker_ok`: a keyword inside "speaker speaker_entity"; "" accepts no speaker.
    static func speakerFits(_ gold: GoldFile.Claim, _ record: ScoreRecord) -> Bool {
        let said = PythonCompat.norm(record.text("speaker") + " " + record.text("speaker_entity"))
        for keyword in gold.speaker {
            if keyword.isEmpty && said.isEmpty { return true }
            if !keyword.isEmpty && PythonCompat.contains(said, PythonCompat.norm(keyword)) { return true }
        }
        return false
    }

    /// score.py's `subject_ok`: a gold subject keyword inside the predicted subject.
    static func subjectFits(_ gold: GoldFile.Claim, _ record: ScoreRecord) -> Bool {
        let subject = PythonCompat.norm(record.text("subject"))
        return gold.subject.contains { PythonCompat.contains(subject, PythonCompat.norm($0)) }
    }

    /// Splits like Python's universal-newline text reading: `\n`, `\r\n` and `\r` end lines.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for c in text.unicodeScalars {
            if afterCR, c == "\n" { afterCR = false; continue }
            afterCR = false
            if c == "\n" || c == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
                afterCR = c == "\r"
                continue
            }
            current.append(c)
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// Python's `str.strip()`.
    static func strip(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !PythonCompat.isSpace($0) }),
            let last = scalars.lastIndex(where: { !PythonCompat.isSpace($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
