import Foundation

/// Indices handed out one at a time to the workers of one origin.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Int]
    init(_ items: [Int]) { self.items = items.reversed() }
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return items.popLast()
    }
}
