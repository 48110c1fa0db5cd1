/// Disjoint sets over the indices `0..<count`, for the report's groupings (wire copies, stories,
/// facts): each set is named by its root, and `union` keeps the smaller root so that results do
/// not depend on the order pairs are met in.
struct UnionFind {
    private var parent: [Int]

    /// `count` sets of one index each.
    init(count: Int) { parent = Array(0..<count) }

    /// The root of the set of `i` (paths are halved on the way: later finds are shorter).
    mutating func find(_ i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]
            i = parent[i]
        }
        return i
    }

    /// Joins the sets of `a` and `b` under the smaller of their roots; false when they were one set.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        let (ra, rb) = (find(a), find(b))
        guard ra != rb else { return false }
        parent[max(ra, rb)] = min(ra, rb)
        return true
    }

    /// Puts the set whose root is `drop` under the root `keep`, for callers that choose which root
    /// stays (by size, say); both must be roots.
    mutating func attach(_ drop: Int, to keep: Int) {
        precondition(parent[drop] == drop && parent[keep] == keep, "attach takes two roots")
        parent[drop] = keep
    }

    /// True when `i` names its set.
    mutating func isRoot(_ i: Int) -> Bool { find(i) == i }
}
