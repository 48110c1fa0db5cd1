import Foundation

/// Runs work over the inputs of a batch on several threads and hands the results back in input order.
///
/// The calling thread walks the inputs and delivers results; `jobs` worker threads run `work`.
/// At most `window` inputs are in flight (queued, running, or done but waiting for an earlier
/// one), so memory does not grow with the number of files and output never depends on `jobs`.
public struct BatchRunner: Sendable {
    /// Worker threads.
    public var jobs: Int
    /// Inputs in flight at most.
    public var window: Int

    /// The most worker threads a runner starts (each has a 16 MiB stack reserved).
    public static let maxJobs = 256

    /// Creates a runner with `jobs` workers (default: the number of cores; 1...`maxJobs`) and a window of `8 × jobs` (at least 16).
    public init(jobs: Int? = nil, window: Int? = nil) {
        let jobs = min(BatchRunner.maxJobs, max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
        self.jobs = jobs
        self.window = max(window ?? max(16, 8 * jobs), 1)
    }

    /// One delivered item: an input of the walk, with the work's output for a file.
    public enum Event<Output> {
        /// A file and what `work` made of it.
        case file(BatchFile, Output)
        /// Any other input of the walk (skipped, not an article, manifest, hidden).
        case other(BatchInput)
    }

    /// Walks `inputs`, runs `work` on each file in parallel, and calls `deliver` on the calling
    /// thread for every input in input order. `idle` is called about every 100 ms while waiting
    /// (for progress display).
    public func run<Inputs: Sequence, Output: Sendable>(
        _ inputs: Inputs,
        work: @escaping @Sendable (BatchFile) -> Output,
        deliver: (Event<Output>) -> Void,
        idle: () -> Void = {}
    ) where Inputs.Element == BatchInput {
        if jobs == 1 {
            // One job: work on the calling thread. A process that never starts a thread keeps glibc's
            // lock-free single-thread malloc path, which libxml2 and the Swift tree lean on heavily.
            for input in inputs {
                if case .file(let file) = input { deliver(.file(file, work(file))) } else { deliver(.other(input)) }
            }
            return
        }
        let state = SharedState<Output>()
        var workers: [Thread] = []
        for index in 0..<jobs {
            let thread = Thread { state.workLoop(work) }
            thread.name = "claims-worker-\(index)"
            thread.stackSize = 16 << 20  // deep documents and long texts must not overflow a small thread stack
            workers.append(thread)
            thread.start()
        }

        var produced = 0
        var delivered = 0
        var passthrough: [Int: BatchInput] = [:]  // inputs that need no work, waiting for their turn

        func deliverReady(waitingForRoom: Bool, draining: Bool) {
            while delivered < produced {
                if let input = passthrough.removeValue(forKey: delivered) {
                    deliver(.other(input))
                    delivered += 1
                    continue
                }
                let mustWait = draining || (waitingForRoom && produced - delivered >= window)
                guard let (file, output) = state.takeResult(delivered, wait: mustWait, idle: idle) else { return }
                deliver(.file(file, output))
                delivered += 1
            }
        }

        for input in inputs {
            if case .file(let file) = input {
                state.enqueue(produced, file)
            } else {
                passthrough[produced] = input
            }
            produced += 1
            deliverReady(waitingForRoom: true, draining: false)
        }
        deliverReady(waitingForRoom: false, draining: true)
        state.finish()
        state.waitForWorkers(count: workers.count)
    }
}

/// The queue of work and the results waiting for delivery, shared with the worker threads.
private final class SharedState<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Files waiting for a worker; a taken slot is cleared at once (a file from a web archive
    /// carries its page, which must not outlive its turn).
    private var pending: [(Int, BatchFile)?] = []
    private var pendingHead = 0
    private var results: [Int: (BatchFile, Output)] = [:]
    private var finished = false
    private var exited = 0

    func enqueue(_ index: Int, _ file: BatchFile) {
        condition.lock()
        pending.append((index, file))
        condition.broadcast()
        condition.unlock()
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Takes the result for `index`; waits for it when `wait` is set, calling `idle` every 100 ms.
    func takeResult(_ index: Int, wait: Bool, idle: () -> Void) -> (BatchFile, Output)? {
        condition.lock()
        while true {
            if let result = results.removeValue(forKey: index) {
                condition.unlock()
                return result
            }
            if !wait {
                condition.unlock()
                return nil
            }
            if !condition.wait(until: Date(timeIntervalSinceNow: 0.1)) {
                condition.unlock()
                idle()
                condition.lock()
            }
        }
    }

    func workLoop(_ work: @Sendable (BatchFile) -> Output) {
        condition.lock()
        while true {
            if pendingHead < pending.count {
                var (index, file) = pending[pendingHead]!
                pending[pendingHead] = nil
                pendingHead += 1
                if pendingHead > 1024, pendingHead * 2 > pending.count {
                    pending.removeFirst(pendingHead)
                    pendingHead = 0
                }
                condition.unlock()
                let output = work(file)
                file.page = nil  // a web archive's page is done with: only its path waits for delivery
                condition.lock()
                results[index] = (file, output)
                condition.broadcast()
            } else if finished {
                exited += 1
                condition.broadcast()
                condition.unlock()
                return
            } else {
                condition.wait()
            }
        }
    }

    /// Waits until `count` workers have left their loop (Foundation threads cannot be joined).
    func waitForWorkers(count: Int) {
        condition.lock()
        while exited < count { condition.wait() }
        condition.unlock()
    }
}
