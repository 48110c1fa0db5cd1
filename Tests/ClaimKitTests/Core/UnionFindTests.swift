import Testing

@testable import ClaimKit

@Suite struct UnionFindTests {
    @Test func unionKeepsTheSmallerRootWhateverTheOrder() {
        var sets = UnionFind(count: 5)
        let joined = [sets.union(4, 2), sets.union(3, 4), sets.union(2, 3)]
        #expect(joined == [true, true, false])
        let roots = (0..<5).map { sets.find($0) }
        #expect(roots == [0, 1, 2, 2, 2])
        let last = sets.union(2, 0)
        let after = (0..<5).map { sets.find($0) }
        let named = (0..<5).filter { sets.isRoot($0) }
        #expect(last)
        #expect(after == [0, 1, 0, 0, 0])
        #expect(named == [0, 1])
    }

    @Test func attachLetsTheCallerChooseTheRoot() {
        var sets = UnionFind(count: 3)
        sets.attach(0, to: 2)
        let found = sets.find(0)
        let roots = (0..<3).filter { sets.isRoot($0) }
        #expect(found == 2)
        #expect(roots == [1, 2])
    }
}
