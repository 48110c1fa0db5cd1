import Testing

@testable import ClaimKit

@Suite struct ShingleSketchTests {
    /// A text of `count` words drawn from a small vocabulary by a fixed pseudo-random sequence.
    static func text(words count: Int, seed: UInt64) -> [String] {
        let vocabulary = [
            "river", "road", "village", "rescue", "team", "water", "bridge", "official", "said", "night",
            "storm", "house", "school", "power", "line", "farm", "field", "army", "truck", "doctor",
            "hospital", "mayor", "council", "report", "morning", "rain", "north", "south", "east", "west",
        ]
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return vocabulary[Int(state >> 33) % vocabulary.count]
        }
    }

    /// `words` with every `step`-th word replaced: a copy edited in places.
    static func edited(_ words: [String], every step: Int) -> [String] {
        words.enumerated().map { $0.offset % step == step - 1 ? "edited\($0.offset)" : $0.element }
    }

    let detector = WireCopyDetector()

    @Test func identicalTextsHaveTheSameSketch() {
        let words = Self.text(words: 900, seed: 1)
        let a = detector.sketch(words.joined(separator: " "))
        let b = detector.sketch(words.joined(separator: "  \n"))
        #expect(a == b)
        #expect(a.resemblance(b) == 1)
    }

    @Test func sketchOfALongTextHasAFixedSize() {
        let long = detector.sketch(Self.text(words: 5_000, seed: 2).joined(separator: " "))
        let longer = detector.sketch(Self.text(words: 20_000, seed: 3).joined(separator: " "))
        #expect(long.count == detector.sketchSize && !long.isComplete)
        #expect(longer.count == detector.sketchSize && !longer.isComplete)
        #expect(long.hashes == long.hashes.sorted() && Set(long.hashes).count == long.count)
    }

    @Test func sketchHoldsTheSmallestDistinctShingleHashes() {
        let text = Self.text(words: 2_000, seed: 4).joined(separator: " ")
        let all = detector.shingleHashes(text)
        #expect(all.count > detector.sketchSize)
        #expect(detector.sketch(text).hashes == Array(all.prefix(detector.sketchSize)))
        // Repeats and order do not matter.
        let shuffled = ShingleSketch(hashes: all.reversed() + all, size: detector.sketchSize)
        #expect(shuffled == detector.sketch(text))
    }

    @Test func completeSketchesGiveTheExactResemblance() {
        let a =
            "Floodwater cut the main road to the northern villages on Sunday, officials said, and rescue teams used boats."
        let b =
            "Floodwater cut the main road to the northern villages on Sunday, officials said, and the army sent trucks."
        let exact = detector.similarity(detector.shingles(a), detector.shingles(b))
        #expect(detector.sketch(a).isComplete && detector.sketch(b).isComplete)
        #expect(detector.sketch(a).resemblance(detector.sketch(b)) == exact)
        #expect(exact > 0.3 && exact < 0.7)
    }

    @Test func estimateIsCloseToTheExactJaccard() {
        let base = Self.text(words: 1_500, seed: 5)
        for step in [2, 4, 7, 12, 30, 100] {
            let copy = Self.edited(base, every: step)
            let (x, y) = (base.joined(separator: " "), copy.joined(separator: " "))
            let exact = detector.similarity(detector.shingles(x), detector.shingles(y))
            let estimate = detector.sketch(x).resemblance(detector.sketch(y))
            #expect(abs(estimate - exact) <= 0.08, "every \(step)th word edited: exact \(exact), estimate \(estimate)")
        }
    }

    @Test func nearCopiesAreFoundAndUnrelatedTextsAreNot() {
        let base = Self.text(words: 1_200, seed: 6)
        let texts = [
            base, Self.text(words: 1_200, seed: 7), Self.edited(base, every: 40), Self.text(words: 800, seed: 8),
            Array(base.prefix(1_100)) + ["subscribe", "to", "our", "newsletter"],
        ].map { $0.joined(separator: " ") }
        #expect(detector.sources(of: texts) == [0, 1, 0, 3, 0])
    }

    @Test func indexFindsTheSameSourcesAsComparingEveryPair() {
        // Copies of copies link transitively; texts of other lengths and edits stay apart.
        var words: [[String]] = []
        for seed in 0..<6 { words.append(Self.text(words: 300 + 150 * seed, seed: UInt64(10 + seed))) }
        words += [
            Self.edited(words[0], every: 20), Self.edited(words[3], every: 3), Self.edited(words[2], every: 30),
            ["too", "short"],
        ]
        let sketches = words.map { detector.sketch($0.joined(separator: " ")) }
        var parent = Array(sketches.indices)
        func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
        for i in sketches.indices {
            for j in sketches.indices
            where j > i && sketches[i].count >= detector.minimumShingles
                && sketches[j].count >= detector.minimumShingles
                && sketches[i].resemblance(sketches[j]) >= detector.threshold
            {
                let (a, b) = (root(i), root(j))
                parent[max(a, b)] = min(a, b)
            }
        }
        let sources = detector.sources(ofSketches: sketches)
        #expect(sources == sketches.indices.map(root))
        #expect(sources[6] == 0 && sources[8] == 2 && sources[7] == 7 && sources[9] == 9)
    }

    @Test func resemblanceIsSymmetric() {
        let a = detector.sketch(Self.text(words: 700, seed: 20).joined(separator: " "))
        let b = detector.sketch(Self.edited(Self.text(words: 700, seed: 20), every: 5).joined(separator: " "))
        #expect(a.resemblance(b) == b.resemblance(a))
    }
}
