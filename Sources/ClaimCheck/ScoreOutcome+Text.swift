import ClaimKit

extension ScoreOutcome {
    /// The lines score.py prints to stderr with `--verbose`: every miss, extra and speaker miss.
    public var verboseLines: [String] {
        var lines: [String] = []
        for m in misses {
            lines.append(
                "MISS  \(m.article): \(m.gold.category) \(PythonCompat.repr(number: m.gold.value)) «\(m.gold.anchor)»")
        }
        for e in extras {
            let sentence = String(String.UnicodeScalarView(e.record.text("sentence").unicodeScalars.prefix(90)))
            let category = PythonCompat.str(e.record.fields["category"])
            lines.append("EXTRA \(e.article): \(category) \(PythonCompat.str(e.record.value)) «\(sentence)»")
        }
        for s in speakerMisses {
            let want = "[" + s.gold.speaker.map { PythonCompat.repr($0) }.joined(separator: ", ") + "]"
            let got =
                PythonCompat.repr(s.record.fields["speaker"]) + "/"
                + PythonCompat.repr(s.record.fields["speaker_entity"])
            lines.append(
                "SPEAKER \(s.article): \(s.gold.category) \(PythonCompat.repr(number: s.gold.value)) want \(want) got \(got)"
            )
        }
        return lines
    }
}

extension ScoreOutcome {
    /// What `score.py` prints for these flags: stdout (the JSON, or the summary lines) and
    /// stderr (with `verbose`, the miss, extra and speaker lines), each line ending in a newline.
    public func printed(json: Bool, verbose: Bool) -> (stdout: String, stderr: String) {
        let out = json ? [result.pythonJSON] : result.summaryLines
        let err = verbose ? verboseLines : []
        return (out.map { $0 + "\n" }.joined(), err.map { $0 + "\n" }.joined())
    }
}
