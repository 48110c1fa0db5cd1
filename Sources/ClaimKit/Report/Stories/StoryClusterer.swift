import Foundation

/// Finds the stories of a folder: articles about the same event, from what they are about.
///
/// Two articles are compared by the cosine of their fingerprints (`StoryFingerprint`) with each
/// term weighed by its rarity in the folder (an IDF; a folder of few articles is taken as at least
/// `minimumCollection` articles, so a term all of them share still counts). Facts the two articles
/// both state (same category and number) add `sharedFactBonus` each (two at most), but only to a
/// pair already similar in content (`bonusFloor`): numbers alone never make one story.
///
/// Clustering is average linkage: two clusters join when the mean similarity of all their
/// article pairs (a pair with no shared term counts 0) reaches `threshold` and their dated
/// articles span at most `windowDays` (or they are alike as much as `linkAcrossTime` and state a
/// same fact); undated
/// articles join on content only. Candidate pairs come
/// from an inverted index of terms (a pair must share `minimumSharedTerms`), skipping terms in more than `postingCap` articles (they weigh
/// little anyway), so the work grows with the number of articles, not its square. Wire copies
/// (one source) are one story from the start. An article that matches none is a story of its own,
/// and so is a price list (`PriceList`): it is about no one event, whatever words it shares.
struct StoryClusterer: Sendable {
    var threshold = 0.25
    var windowDays = 7
    /// Clusters this alike (mean cosine) that state a same fact are one story whatever their dates: a
    /// follow-up months later of the same pledge, disaster or trial tells of the same event (the same
    /// place's next disaster shares names, not counts).
    var linkAcrossTime = 0.5
    var minimumCollection = 100
    var postingCap = 100
    var sharedFactBonus = 0.15
    var bonusFloor = 0.1
    /// A term only one article has still widens its vector, but by this factor less.
    var singletonFactor = 0.5
    /// Pairs less alike than this share of `threshold` are taken as not alike at all.
    var edgeFloor = 0.2
    /// Two articles (with whole texts) that share fewer salient terms are never similar.
    var minimumSharedTerms = 2

    /// One article as the clustering sees it.
    struct Item {
        var fingerprint: StoryFingerprint?
        var day: Int?
        /// The first article of its wire-copy source.
        var source: Int
        /// Sorted, distinct signatures of the facts it states (see `ReportBuilder`).
        var facts: [UInt64]
        /// Whether the fingerprint is of the whole text (else of the claims' sentences alone, too
        /// little text to ask for two shared terms).
        var wholeText = true
        /// A list of shop prices (see `PriceList`): it joins no other article by content (its wire
        /// copies stay with it), though its terms still count in every term's rarity.
        var priceList = false
    }

    /// The story of each article: the index of the story, numbered in order of first article.
    func stories(_ items: [Item]) -> [Int] {
        let n = items.count
        let edges = similarities(items)

        // Average linkage over the sparse similarities.
        var sets = UnionFind(count: n)
        var size = [Int](repeating: 1, count: n)
        var between = [[Int: Double]](repeating: [:], count: n)
        var span: [(Int, Int)?] = items.map { $0.day.map { ($0, $0) } }
        // Sorted distinct signatures per cluster (merged, not hashed: a set per article costs more).
        var facts = items.map { Self.distinct($0.facts.sorted()) }
        for e in edges {
            between[e.i][e.j, default: 0] += e.s
            between[e.j][e.i, default: 0] += e.s
        }
        func merge(_ a: Int, _ b: Int) {
            // The larger neighbour table takes the smaller: each entry moves O(log n) times.
            let (keep, drop) = between[a].count >= between[b].count ? (a, b) : (b, a)
            sets.attach(drop, to: keep)
            size[keep] += size[drop]
            for (c, x) in between[drop] where c != keep {
                between[keep][c, default: 0] += x
                between[c][keep, default: 0] += x
                between[c][drop] = nil
            }
            between[keep][drop] = nil
            between[drop] = [:]
            facts[keep] = Self.union(facts[keep], facts[drop])
            facts[drop] = []
            if let s = span[drop] { span[keep] = span[keep].map { (min($0.0, s.0), max($0.1, s.1)) } ?? s }
        }
        for i in 0..<n where items[i].source != i {
            let (a, b) = (sets.find(i), sets.find(items[i].source))
            if a != b { merge(a, b) }
        }
        for e in linkOrder(edges, items) {
            let (a, b) = (sets.find(e.i), sets.find(e.j))
            guard a != b else { continue }
            let mean = (between[a][b] ?? 0) / Double(size[a] * size[b])
            guard mean >= threshold else { continue }
            if let x = span[a], let y = span[b], max(x.1, y.1) - min(x.0, y.0) > windowDays,
                mean < linkAcrossTime || HashBits.sharedCount(facts[a], facts[b]) == 0
            {
                continue
            }
            merge(a, b)
        }
        var number: [Int: Int] = [:]
        return (0..<n).map { i in
            let r = sets.find(i)
            if let k = number[r] { return k }
            number[r] = number.count
            return number.count - 1
        }
    }

    /// The pairs alike enough to link, in the order they are tried: dated pairs first, then an undated
    /// article to a dated one, then undated pairs (an undated article joins the dated story it fits
    /// best rather than whichever undated one it met first); the most alike first.
    private func linkOrder(_ edges: [(i: Int, j: Int, s: Double)], _ items: [Item]) -> [(i: Int, j: Int, s: Double)] {
        func phase(_ e: (i: Int, j: Int, s: Double)) -> Int {
            (items[e.i].day == nil ? 1 : 0) + (items[e.j].day == nil ? 1 : 0)
        }
        return edges.filter { $0.s >= threshold }.sorted { x, y in
            let (p, q) = (phase(x), phase(y))
            if p != q { return p < q }
            return x.s != y.s ? x.s > y.s : (x.i, x.j) < (y.i, y.j)
        }
    }

    /// Term vectors weighed by rarity (unit length), and the pairs alike enough to keep, each once (i < j).
    private func similarities(_ items: [Item]) -> [(i: Int, j: Int, s: Double)] {
        let n = items.count
        let (vectors, start, df) = termVectors(items)
        func vector(_ i: Int) -> ArraySlice<(Int, Double)> { vectors[start[i]..<start[i + 1]] }
        var postings = [[Int]](repeating: [], count: df.count)
        for i in 0..<n where !items[i].priceList {
            for (t, _) in vector(i) where df[t] <= postingCap { postings[t].append(i) }
        }

        // Pair similarities, each pair once (i < j), through the postings.
        var edges: [(i: Int, j: Int, s: Double)] = []
        var acc = [Double](repeating: 0, count: n)
        var shared = [Int](repeating: 0, count: n)
        var touched: [Int] = []
        for i in 0..<n where !items[i].priceList {
            for (t, x) in vector(i) where df[t] <= postingCap {
                for j in postings[t] where j > i {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += 1
                    acc[j] += x * weight(of: t, in: vector(j))
                }
            }
            touched.sort()
            for j in touched {
                var s = acc[j]
                let terms = shared[j]
                acc[j] = 0
                shared[j] = 0
                // One shared word ("killed") is no story.
                guard terms >= minimumSharedTerms || !(items[i].wholeText && items[j].wholeText) else { continue }
                if s >= bonusFloor {
                    s += sharedFactBonus * Double(min(2, HashBits.sharedCount(items[i].facts, items[j].facts)))
                }
                if let a = items[i].day, let b = items[j].day, abs(a - b) > windowDays, s < linkAcrossTime { continue }
                // Faint likenesses barely move an average: not keeping them bounds the memory.
                if s >= threshold * edgeFloor { edges.append((i, j, s)) }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return edges
    }

    /// Every article's term vector weighed by rarity (unit length), sorted by term id (ids in order of
    /// first appearance), all in one array: article i's is `vectors[start[i]..<start[i + 1]]`; and each
    /// term's document frequency.
    private func termVectors(_ items: [Item]) -> (vectors: [(Int, Double)], start: [Int], df: [Int]) {
        let n = items.count
        // Term ids in order of first appearance, and document frequencies; every article's ids in one
        // array (`start[i]..<start[i + 1]`), not an array per article.
        var ids: [String: Int] = [:]
        var df: [Int] = []
        var start = [Int](repeating: 0, count: n + 1)
        var termIDs: [Int32] = []
        termIDs.reserveCapacity(items.reduce(0) { $0 + ($1.fingerprint?.count ?? 0) })
        for (i, item) in items.enumerated() {
            item.fingerprint?.forEachTerm { bytes, _ in
                let term = String(decoding: bytes, as: UTF8.self)
                if let id = ids[term] {
                    df[id] += 1
                    termIDs.append(Int32(id))
                } else {
                    ids[term] = df.count
                    termIDs.append(Int32(df.count))
                    df.append(1)
                }
            }
            start[i + 1] = termIDs.count
        }
        ids = [:]
        let collection = Double(max(n, minimumCollection)) + 1
        // Each article's vector sorted by term, all in one array at the same offsets as `termIDs`.
        var vectors = [(Int, Double)](repeating: (0, 0), count: termIDs.count)
        for i in items.indices {
            var v: [(Int, Double)] = []
            v.reserveCapacity(start[i + 1] - start[i])
            var k = start[i]
            items[i].fingerprint?.forEachTerm { _, weight in
                let t = Int(termIDs[k])
                k += 1
                let w = Double(weight) / 100
                v.append((t, w * log(collection / (Double(df[t]) + 0.5)) * (df[t] == 1 ? singletonFactor : 1)))
            }
            let norm = sqrt(v.reduce(0) { $0 + $1.1 * $1.1 })
            if norm > 0 { v = v.map { ($0.0, $0.1 / norm) } }
            for (k, x) in v.sorted(by: { $0.0 < $1.0 }).enumerated() { vectors[start[i] + k] = x }
        }
        return (vectors, start, df)
    }

    /// The weight of term `t` in a vector sorted by term.
    private func weight(of t: Int, in vector: ArraySlice<(Int, Double)>) -> Double {
        var low = vector.startIndex, high = vector.endIndex
        while low < high {
            let mid = (low + high) / 2
            if vector[mid].0 < t { low = mid + 1 } else { high = mid }
        }
        return low < vector.endIndex && vector[low].0 == t ? vector[low].1 : 0
    }

    /// A sorted array without repeats.
    private static func distinct(_ sorted: [UInt64]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(sorted.count)
        for x in sorted where out.last != x { out.append(x) }
        return out
    }

    /// The sorted union of two sorted arrays without repeats.
    private static func union(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }
}
