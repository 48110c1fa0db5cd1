import ClaimKit

extension ScoreResult {
    /// The result as score.py's `--json` prints it (`json.dumps`: same keys, order and spacing).
    public var pythonJSON: String {
        let c = claims
        var out =
            "{\"claims\": {\"tp\": \(c.tp), \"fp\": \(c.fp), \"fn\": \(c.fn), "
            + "\"precision\": \(c.precision), \"recall\": \(c.recall), \"f1\": \(c.f1)}, "
            + "\"speaker_accuracy\": \(speakerAccuracy), \"subject_accuracy\": \(subjectAccuracy), "
            + "\"qualifier_accuracy\": \(qualifierAccuracy)"
        if let g = grouping {
            out +=
                ", \"grouping\": {\"pairs_tp\": \(g.pairsTP), \"pairs_fp\": \(g.pairsFP), \"pairs_fn\": \(g.pairsFN), "
                + "\"precision\": \(g.precision), \"recall\": \(g.recall), \"f1\": \(g.f1)}"
        }
        return out + "}"
    }

    /// The summary lines score.py prints without `--json`.
    public var summaryLines: [String] {
        func f(_ x: Double) -> String { PythonCompat.fixed(x, places: 3) }
        let c = claims
        var lines = [
            "claims: P=\(f(c.precision)) R=\(f(c.recall)) F1=\(f(c.f1)) (tp=\(c.tp) fp=\(c.fp) fn=\(c.fn))",
            "speaker=\(f(speakerAccuracy)) subject=\(f(subjectAccuracy)) qualifier=\(f(qualifierAccuracy))",
        ]
        if let g = grouping {
            lines.append("grouping pairs: P=\(f(g.precision)) R=\(f(g.recall)) F1=\(f(g.f1))")
        }
        return lines
    }
}
