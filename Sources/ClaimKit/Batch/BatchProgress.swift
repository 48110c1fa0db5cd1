/// The live progress line on a terminal: files done of those found, rate and time left.
package struct BatchProgress: Sendable {
    /// Files finished (read or skipped).
    package var done = 0
    /// Files found so far.
    package var found = 0
    /// True once the walk has found every file, so the total and the ETA are known.
    package var walkFinished = false
    /// The number of files, when a counting walk ahead of the work has found it.
    package var total: Int?

    /// Creates an empty progress.
    package init() {}

    /// `  1200/5000 files  310/s  ETA 12 s` (`1200/5000+` while the walk is still finding files).
    package func line(elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let known = walkFinished ? found : total.map { max($0, found) }
        var text = "claims: \(done)/" + (known.map(String.init) ?? "\(found)+") + " files"
        if elapsed >= 0.5 { text += "  \(Int(rate.rounded()))/s" }
        if let known, rate > 0, done < known {
            text += "  ETA " + BatchSummary.duration(Double(known - done) / rate)
        }
        return text
    }
}
