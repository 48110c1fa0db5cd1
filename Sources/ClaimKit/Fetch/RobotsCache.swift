import Foundation

/// robots.txt per origin, fetched once: the first thread to ask loads it, the others wait.
final class RobotsCache: @unchecked Sendable {
    /// The rules for one origin, and why they are "disallow all" when robots.txt was unreachable.
    struct Entry: Sendable {
        var rules: RobotsRules
        var unreachable: String?
        /// The failure to report for every page of the origin when not even robots.txt could be reached.
        var failure: FetchFailure?
    }

    private let condition = NSCondition()
    private var entries: [String: Entry] = [:]
    private var loading: Set<String> = []

    /// The entry for `origin`, calling `load` only the first time it is asked for.
    func entry(for origin: String, load: () -> Entry) -> Entry {
        condition.lock()
        while loading.contains(origin) { condition.wait() }
        if let entry = entries[origin] {
            condition.unlock()
            return entry
        }
        loading.insert(origin)
        condition.unlock()
        let entry = load()
        condition.lock()
        entries[origin] = entry
        loading.remove(origin)
        condition.broadcast()
        condition.unlock()
        return entry
    }
}
