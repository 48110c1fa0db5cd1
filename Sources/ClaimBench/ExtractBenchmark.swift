public import ClaimKit

/// Times extraction alone (text already ingested) for `make bench`.
///
/// The articles are split into sentences once; the timed part runs the per-sentence rules
/// (tokens, numbers, categories, speakers) over all sentences `repeats` times on the
/// calling thread, so the rate is one core's.
public struct ExtractBenchmark: Sendable {
    /// The result of one run.
    public struct Result: Sendable {
        /// Sentences processed (over all repeats).
        public var sentences: Int
        /// Claims found (over all repeats).
        public var claims: Int
        /// Wall time of the timed part.
        public var seconds: Double
        /// Sentences per second.
        public var rate: Double { seconds > 0 ? Double(sentences) / seconds : 0 }
        /// One line for bench.sh: "extract: N sentences, M claims in S s = R sentences/s (one core)".
        public var line: String {
            "extract: \(sentences) sentences, \(claims) claims in \(String(format3(seconds))) s = \(Int(rate)) sentences/s (one core)"
        }
    }

    /// The extractor timed.
    public var extractor: ClaimExtractor

    /// Creates a benchmark with the default extractor.
    public init(extractor: ClaimExtractor = ClaimExtractor()) { self.extractor = extractor }

    /// Extracts from `articles` `repeats` times and reports the rate.
    public func run(articles: [Article], repeats: Int = 200) -> Result {
        let prepared = articles.map { a -> ([UInt8], [Sentence], Article) in
            let bytes = Array(a.text.utf8)
            return (bytes, extractor.splitter.split(bytes: bytes), a)
        }
        var sentences = 0
        var claims = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<max(1, repeats) {
                for (bytes, split, article) in prepared {
                    sentences += split.count
                    claims += extractor.claims(in: split, bytes: bytes, article: article).count
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(sentences: sentences, claims: claims, seconds: seconds)
    }
}

private func format3(_ x: Double) -> String {
    let scaled = (x * 1000).rounded()
    let whole = Int(scaled) / 1000
    let frac = Int(scaled) % 1000
    return "\(whole)." + String(repeating: "0", count: 3 - String(frac).count) + String(frac)
}
