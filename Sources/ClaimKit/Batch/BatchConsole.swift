import Foundation

/// What a batch says on standard error: diagnostics one line each in input order, and, when
/// asked (by default on a terminal), a live progress line and a one-line summary at the end.
public final class BatchConsole {
    private let output: FileOutput
    private let showsProgress: Bool
    private let drawsLiveLine: Bool
    private let start = ContinuousClock.now
    private var progress = BatchProgress()
    private var lastDraw: ContinuousClock.Instant?
    private var lineShown = false
    private let counted = CountedTotal()

    /// Writes to `output`; `showsProgress` turns on the summary, and the live progress line when `output` is a terminal.
    public init(output: FileOutput = .standardError(), showsProgress: Bool) {
        self.output = output
        self.showsProgress = showsProgress
        // A live line of carriage returns only makes sense on a terminal; a log gets the summary.
        self.drawsLiveLine = showsProgress && output.isTerminal
    }

    /// Seconds since the console was made.
    public var elapsed: Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Prints one diagnostic line.
    public func report(_ diagnostic: Diagnostic) {
        clearLine()
        output.write(BatchConsole.oneLine(diagnostic.line) + "\n")
        output.flush()
    }

    /// Prints one line that is not about a single input (a warning about the whole run).
    public func warn(_ line: String) {
        clearLine()
        output.write(BatchConsole.oneLine(line) + "\n")
        output.flush()
    }

    /// `line` with control characters written as escapes, so that a file name holding a line
    /// break or a terminal escape still gives exactly one harmless line.
    static func oneLine(_ line: String) -> String { TextSanitizer.escaped(line) }

    /// True when a live progress line is drawn (a terminal, progress not turned off).
    public var drawsProgressLine: Bool { drawsLiveLine }

    /// Counts the inputs of `paths` on a background thread so that the line can show a total and
    /// an ETA before the main walk has reached the end (not for `-`: standard input is read once).
    public func countAhead(paths: [String]) {
        guard drawsLiveLine, !paths.contains("-") else { return }
        let counted = self.counted
        let thread = Thread {
            var count = 0
            for input in InputWalker(paths: paths, readLine: { nil }, opensArchives: false) {
                switch input {
                case .archive: return  // its records are only known by reading it: no total
                case .file, .skipped: count += 1
                default: break
                }
            }
            counted.set(count)
        }
        thread.start()
    }

    /// Counts a file found by the walk.
    public func found() { progress.found += 1 }

    /// Marks the walk complete: the total is known.
    public func walkFinished() { progress.walkFinished = true; draw(force: false) }

    /// Counts a walk's input that is not an article in `summary` and says on stderr what it
    /// needs said (a skipped file also advances the progress count), as every batch does.
    public func account(_ input: BatchInput, in summary: inout BatchSummary) {
        summary.count(input)
        switch input {
        case .skipped(let d):
            report(d)
            fileDone()
        case .notArticle(let d), .manifestProblem(let d), .alreadyWalked(let d): report(d)
        case .file, .manifest, .hidden, .archive, .archiveRecord, .assetFolder: break
        }
    }

    /// Counts a file finished and redraws the line at most ten times a second.
    public func fileDone() {
        progress.done += 1
        draw(force: false)
    }

    /// Redraws the progress line if it is due (call while waiting).
    public func tick() { draw(force: false) }

    /// Clears the progress line and prints the summary if progress is shown.
    public func finish(_ summary: BatchSummary, includeClaims: Bool) {
        clearLine()
        if showsProgress { output.write(summary.line(includeClaims: includeClaims) + "\n") }
        output.flush()
    }

    private func draw(force: Bool) {
        guard drawsLiveLine else { return }
        let now = ContinuousClock.now
        if !force, let lastDraw, now - lastDraw < .milliseconds(100) { return }
        lastDraw = now
        if progress.total == nil { progress.total = counted.value }
        output.write("\r\u{1B}[K" + progress.line(elapsed: elapsed))
        output.flush()
        lineShown = true
    }

    private func clearLine() {
        guard lineShown else { return }
        output.write("\r\u{1B}[K")
        lineShown = false
    }
}

/// A total set once by the counting thread and read by the console.
private final class CountedTotal: @unchecked Sendable {
    private let lock = NSLock()
    private var total: Int?

    func set(_ value: Int) {
        lock.lock()
        total = value
        lock.unlock()
    }

    var value: Int? {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}
