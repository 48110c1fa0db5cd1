import Foundation
import Testing

@testable import ClaimKit

@Suite struct BatchRunnerTests {
    private func inputs(_ count: Int) -> [BatchInput] {
        (0..<count).map { i in
            i % 7 == 3
                ? .skipped(Diagnostic(path: "s\(i)", reason: .empty, detail: "empty"))
                : .file(BatchFile(path: "f\(i)"))
        }
    }

    /// Work that takes longer for some files, so that later files finish first.
    private static func uneven(_ file: BatchFile) -> String {
        let n = Int(file.path.dropFirst())!
        if n % 5 == 0 { usleep(2000) }
        return file.path.uppercased()
    }

    private func delivered(jobs: Int, window: Int? = nil, count: Int = 200) -> [String] {
        var out: [String] = []
        BatchRunner(jobs: jobs, window: window).run(
            inputs(count), work: BatchRunnerTests.uneven,
            deliver: { event in
                switch event {
                case .file(let file, let output): out.append("\(file.path)=\(output)")
                case .other(let input): if case .skipped(let d) = input { out.append("skip \(d.path)") }
                }
            })
        return out
    }

    @Test func deliversEveryInputInInputOrderForAnyNumberOfJobs() {
        let one = delivered(jobs: 1)
        #expect(one.count == 200)
        #expect(one[0] == "f0=F0" && one[3] == "skip s3" && one[198] == "f198=F198" && one[199] == "skip s199")
        #expect(delivered(jobs: 2) == one)
        #expect(delivered(jobs: 8, window: 3) == one)
    }

    @Test func inFlightInputsNeverExceedTheWindow() {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var started = 0
        }
        let counter = Counter()
        var deliveredCount = 0
        var worst = 0
        BatchRunner(jobs: 4, window: 5).run(
            inputs(300).filter { if case .file = $0 { true } else { false } },
            work: { _ in
                counter.lock.lock(); counter.started += 1; counter.lock.unlock()
            },
            deliver: { _ in
                counter.lock.lock()
                worst = max(worst, counter.started - deliveredCount)
                counter.lock.unlock()
                deliveredCount += 1
            })
        #expect(deliveredCount == 300 - 300 / 7 - 1)
        #expect(worst <= 5)
    }

    @Test func emptyInputFinishes() {
        var count = 0
        BatchRunner(jobs: 3).run([BatchInput](), work: { _ in 0 }, deliver: { _ in count += 1 })
        #expect(count == 0)
    }
}
