/// Every stage of `claims` behind one value: built from every option (inputs, jobs, size cap,
/// outlets, aliases, subject kinds, report filters, claim records), it runs text, extract and
/// report; `ClaimCheck` scores its report. The commands only parse arguments, call it and print.
public struct ClaimsPipeline {
    /// The PATH arguments (files, folders, `-`).
    public var paths: [String]
    /// Files processed in parallel (nil: the number of cores).
    public var jobs: Int?
    /// Ingest limits and the outlet table.
    public var ingest: Ingestor.Options
    /// The extractor (with the user's alias table when given).
    public var extractor: ClaimExtractor
    /// The subject kinds the report groups by.
    public var kinds: SubjectKindTable
    /// The report's thresholds and filters (event window, story, categories, least outlets).
    public var report: ReportOptions
    /// Claim record files (JSON Lines, `-` for stdin) read instead of extracting claims.
    public var claimsFiles: [String]
    /// Where progress, diagnostics and the summary go.
    public var console: BatchConsole

    /// Creates a pipeline; every option has the commands' default.
    public init(
        paths: [String], jobs: Int? = nil, ingest: Ingestor.Options = Ingestor.Options(),
        extractor: ClaimExtractor = ClaimExtractor(), kinds: SubjectKindTable = .standard,
        report: ReportOptions = ReportOptions(), claimsFiles: [String] = [],
        console: BatchConsole = BatchConsole(showsProgress: false)
    ) {
        self.paths = paths
        self.jobs = jobs
        self.ingest = ingest
        self.extractor = extractor
        self.kinds = kinds
        self.report = report
        self.claimsFiles = claimsFiles
        self.console = console
    }

    /// The batch over `paths`.
    public var batch: ArticleBatch {
        ArticleBatch(paths: paths, runner: BatchRunner(jobs: jobs), ingestor: Ingestor(options: ingest))
    }

    /// Ingest only: every article as `format`, handed to `write` in input order. The caller
    /// finishes the console once its output is closed, so the summary comes after the records.
    public func text(as format: TextFormat, write: (String) -> Void) -> BatchSummary {
        batch.run(console: console, work: { format.render($0) }, deliver: write)
    }

    /// Ingest and extract: every article's claims as `format` (JSON Lines with an article record
    /// before each article's claims when `withArticles`), handed to `write` in input order; the
    /// caller finishes the console (with the claim count) once its output is closed.
    public func extract(
        as format: ExtractFormat, withArticles: Bool = false, width: Int = 120,
        write: (String) -> Void
    ) -> BatchSummary {
        let extractor = self.extractor
        let detector = WireCopyDetector()
        write(format.header)
        var claimCount = 0
        var summary = batch.run(
            console: console,
            work: { article -> (String, Int) in
                let claims = extractor.extract(from: article)
                let record =
                    withArticles ? ArticleRecord.line(article, digest: ArticleDigest(article, detector: detector)) : nil
                return (format.render(article, claims, articleRecord: record, width: width), claims.count)
            },
            deliver: { output in
                write(output.0)
                claimCount += output.1
            })
        summary.claims = claimCount
        return summary
    }

    /// Ingest, extract (or read `claimsFiles`) and group into the report.
    public func buildReport() throws(PipelineError) -> (Report, BatchSummary) {
        let builder = ReportBuilder(options: report, kinds: kinds)
        // Each worker reduces its article to a digest, so the batch never holds every text at once.
        // Memory per input is then fixed: a digest (path, outlet, date, word count and a 128-hash
        // sketch, about 0.6 KB) per article and the claim records (about 0.5 KB each with their
        // sentence; repeated strings interned). The claims stay in memory rather than being spilled
        // to a file: every format but JSON Lines reads them by fact, and at a claim per 1-2 pages
        // they cost less than one parsed page (10x the bench folder: +2.3 MB).
        let detector = WireCopyDetector(threshold: builder.options.wireCopySimilarity)
        var digests: [ArticleDigest] = []
        var claims: [Claim] = []
        // Wire copies and outlets repeat strings across articles: keep one copy of each.
        var interner = StringInterner()
        var summary: BatchSummary
        if !claimsFiles.isEmpty {
            for file in claimsFiles {
                let records = try ClaimRecordReader.read(file)
                claims += records.claims.map { interner.intern($0) }
                digests += records.articles.map { interner.intern($0) }
            }
            let fromRecords = digests.count
            summary = BatchSummary()
            if !paths.isEmpty {
                summary = batch.run(
                    console: console, work: { ArticleDigest($0, detector: detector) },
                    deliver: { digest in
                        digests.append(interner.intern(digest))
                    })
            }
            summary.read += fromRecords
        } else {
            let extractor = self.extractor
            var perArticle: [[Claim]] = []
            summary = batch.run(
                console: console,
                work: { article in
                    (extractor.extract(from: article), ArticleDigest(article, detector: detector))
                },
                deliver: { output in
                    if !output.0.isEmpty { perArticle.append(output.0.map { interner.intern($0) }) }
                    digests.append(interner.intern(output.1))
                })
            claims = ClaimsPipeline.joined(&perArticle)
        }
        summary.claims = claims.count
        console.finish(summary, includeClaims: true)
        return (builder.build(digests: digests, claims: claims), summary)
    }

    /// The claims of every article in one array of exactly their number; each article's claims
    /// are freed once copied (a growing array would hold up to twice the claims, three times while it grows).
    static func joined(_ parts: inout [[Claim]]) -> [Claim] {
        var all: [Claim] = []
        all.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for i in parts.indices {
            all += parts[i]
            parts[i] = []
        }
        parts = []
        return all
    }
}
