import Foundation

/// A whole `claims fetch`: every URL fetched politely in parallel (per-host queues, a global
/// limit), saved into the folder, and reported back in input order on the calling thread.
public struct FetchRun {
    /// The result for one URL of the input, in input order.
    public struct Item: Sendable {
        /// The URL as given.
        public var url: String
        /// The saved file's path, or why there is none.
        public var outcome: Result<String, FetchFailure>
    }

    /// What to fetch, where to, and how politely.
    public var options: FetchOptions

    /// Creates a run with `options`.
    public init(options: FetchOptions) { self.options = options }

    /// Fetches `urls` into `folder` (duplicates once), calls `report` per URL in input order,
    /// then writes the manifest. Throws only when the manifest cannot be written.
    public func run(urls: [String], into folder: FetchFolder, report: (Item) -> Void) throws -> FetchSummary {
        var summary = FetchSummary()
        var unique: [String] = []
        var seen: Set<String> = []
        for url in urls {
            if seen.insert(url).inserted { unique.append(url) } else { summary.duplicates += 1 }
        }
        let urls = unique
        let board = ResultBoard(count: unique.count)
        let fetcher = PageFetcher(options: options)
        // One queue per origin; a URL that is not a web address gets a queue of its own.
        var queues: [String: [Int]] = [:], order: [String] = []
        for (index, url) in unique.enumerated() {
            let key = (try? PageFetcher.webURL(url).get()).map(PageFetcher.origin) ?? "invalid:\(index)"
            if queues[key] == nil { order.append(key) }
            queues[key, default: []].append(index)
        }
        let total = DispatchSemaphore(value: max(1, options.connectionsTotal))
        var threads: [Thread] = []
        for key in order {
            let queue = WorkQueue(queues[key]!)
            for _ in 0..<min(max(1, options.connectionsPerHost), queues[key]!.count) {
                let thread = Thread {
                    while let index = queue.next() {
                        total.wait()
                        let result = fetcher.fetch(urls[index])
                        total.signal()
                        let outcome = result.flatMap { page in
                            folder.save(page).map { FetchFolder.join(folder.path, $0) }
                        }
                        board.post(index, Item(url: urls[index], outcome: outcome))
                    }
                }
                thread.stackSize = 1 << 20
                threads.append(thread)
            }
        }
        for thread in threads { thread.start() }
        for index in 0..<unique.count {
            let item = board.take(index)
            switch item.outcome {
            case .success: summary.saved += 1
            case .failure(let failure): summary.failures[failure.reason, default: 0] += 1
            }
            report(item)
        }
        try folder.writeManifest()
        return summary
    }
}
