import Foundation

/// Results posted by workers in any order, taken by the caller in input order.
final class ResultBoard: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [FetchRun.Item?]

    init(count: Int) { items = Array(repeating: nil, count: count) }

    /// Posts the result for `index`.
    func post(_ index: Int, _ item: FetchRun.Item) {
        condition.lock()
        items[index] = item
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result for `index`.
    func take(_ index: Int) -> FetchRun.Item {
        condition.lock()
        defer { condition.unlock() }
        while items[index] == nil { condition.wait() }
        return items[index]!
    }
}
