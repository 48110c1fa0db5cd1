import Foundation

/// Politeness for one host: at most `limit` requests at once, each started at least `delay`
/// after the previous one started and after the last one ended.
final class HostGate: @unchecked Sendable {
    private let limit: Int
    private let nanoseconds: UInt64
    private let condition = NSCondition()
    private var active = 0
    private var nextStart: UInt64 = 0

    init(limit: Int, delay: Double) {
        self.limit = max(1, limit)
        self.nanoseconds = UInt64(max(0, delay) * 1_000_000_000)
    }

    /// Waits for a free slot and for the host's next start time; pair with `leave()`.
    func enter() {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if active >= limit {
                condition.wait()
                continue
            }
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= nextStart {
                active += 1
                nextStart = now + nanoseconds
                return
            }
            // Woken early by leave(), which may push nextStart further: then look again.
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(nextStart - now) / 1_000_000_000))
        }
    }

    /// Frees the slot taken by `enter()`; the next request waits `delay` from now too, so a
    /// slow answer is not followed at once by another request (the server sees the pause).
    func leave() {
        condition.lock()
        active -= 1
        nextStart = max(nextStart, DispatchTime.now().uptimeNanoseconds + nanoseconds)
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `body` inside the gate.
    func pass<T>(_ body: () -> T) -> T {
        enter()
        defer { leave() }
        return body()
    }
}
