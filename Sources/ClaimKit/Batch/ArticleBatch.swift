/// A batch over the PATH arguments: walk, ingest (and whatever `work` adds) in parallel, deliver in input order.
///
/// This is the engine behind `claims text`, `extract`, `report` and `check`: every input is
/// accounted for in the `BatchSummary`, every problem is one diagnostic line on the console.
public struct ArticleBatch {
    /// The PATH arguments (files, folders, `-`).
    public var paths: [String]
    /// Worker count and reorder window.
    public var runner: BatchRunner
    /// Ingest limits.
    public var ingestor: Ingestor
    /// Source of paths for a `-` argument.
    public var readLine: () -> String?

    /// Creates a batch over `paths`.
    public init(
        paths: [String], runner: BatchRunner = BatchRunner(), ingestor: Ingestor = Ingestor(),
        readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }
    ) {
        self.paths = paths
        self.runner = runner
        self.ingestor = ingestor
        self.readLine = readLine
    }

    /// Ingests every article file, runs `work` on each article on a worker thread, and calls
    /// `deliver` with its result in input order on the calling thread. Diagnostics go to `console`.
    ///
    /// The article itself (its text, paragraphs and metadata) is dropped on the worker as soon as
    /// `work` returns: only `work`'s output and the article's notes wait for their turn, so the
    /// reorder window holds no page text. Work that needs the article later returns it.
    public func run<Output: Sendable>(
        console: BatchConsole,
        work: @escaping @Sendable (Article) -> Output,
        deliver: (Output) -> Void
    ) -> BatchSummary {
        var summary = BatchSummary()
        let ingestor = self.ingestor
        console.countAhead(paths: paths)
        let walker = ReportingWalker(
            base: InputWalker(paths: paths, readLine: readLine, maxRecordBytes: ingestor.options.maxBytes),
            console: console)
        runner.run(
            walker,
            work: { file -> Result<(notes: [Diagnostic], output: Output), Diagnostic> in
                let ingested =
                    file.page.map { ingestor.ingest(page: $0, path: file.path) }
                    ?? ingestor.ingest(path: file.path, hints: file.hints)
                return ingested.map { article in (article.notes, work(article)) }
            },
            deliver: { event in
                switch event {
                case .file(_, .success(let (notes, output))):
                    summary.read += 1
                    if !notes.isEmpty {
                        summary.readWithNotes += 1
                        notes.forEach(console.report)
                    }
                    deliver(output)
                    console.fileDone()
                case .file(_, .failure(let diagnostic)):
                    summary.countSkipped(diagnostic)
                    console.report(diagnostic)
                    console.fileDone()
                case .other(let input):
                    console.account(input, in: &summary)
                }
            }, idle: console.tick)
        summary.seconds = console.elapsed
        if let warning = summary.nothingReadWarning { console.warn(warning) }
        return summary
    }
}

/// The walk, telling the console how many files it has found and when it is done.
private struct ReportingWalker: Sequence, IteratorProtocol {
    var base: InputWalker
    let console: BatchConsole

    mutating func next() -> BatchInput? {
        guard let input = base.next() else {
            console.walkFinished()
            return nil
        }
        switch input {
        case .file, .skipped: console.found()
        default: break
        }
        return input
    }
}
