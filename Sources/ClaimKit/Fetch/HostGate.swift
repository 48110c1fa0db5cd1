import Foundation

/// Politeness for one host: at most `limit` requests at once, starts at least `delay` apart.
final class HostGate: @unchecked Sendable {
    private let limit: Int
    private let delay: Double
    private let condition = NSCondition()
    private var active = 0
    private var nextStart: UInt64 = 0

    init(limit: Int, delay: Double) {
        self.limit = max(1, limit)
        self.delay = max(0, delay)
    }

    /// Waits for a free slot and for the host's next start time; pair with `leave()`.
    func enter() {
        condition.lock()
        while active >= limit { condition.wait() }
        active += 1
        let now = DispatchTime.now().uptimeNanoseconds
        let start = max(now, nextStart)
        nextStart = start + UInt64(delay * 1_000_000_000)
        condition.unlock()
        if start > now { Thread.sleep(forTimeInterval: Double(start - now) / 1_000_000_000) }
    }

    /// Frees the slot taken by `enter()`.
    func leave() {
        condition.lock()
        active -= 1
        condition.signal()
        condition.unlock()
    }

    /// Runs `body` inside the gate.
    func pass<T>(_ body: () -> T) -> T {
        enter()
        defer { leave() }
        return body()
    }
}
