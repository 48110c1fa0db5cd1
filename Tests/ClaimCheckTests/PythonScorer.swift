import Foundation

@testable import ClaimCheck

/// Runs the reference scorer shared/gold/score.py so tests can compare the Swift scorer with it.
struct PythonScorer {
    let python: URL
    let script: URL

    /// The repository root, from this file's path.
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The gold file the corpus ships.
    static let goldPath = repoRoot.appendingPathComponent("corpus/seeds.gold.json").path

    /// The scorer and interpreter when both are on this machine; `unavailableReason` says why not.
    static let shared: PythonScorer? = locate()

    static var unavailableReason: String {
        if findPython() == nil { return "python3 is not on PATH: agreement with score.py not checked" }
        return
            "score.py not found (set CLAIMS_SCORE_PY or CLAIMS_SHARED, or keep ../shared/gold/score.py beside the repo)"
    }

    private static func findPython() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    private static func locate() -> PythonScorer? {
        guard let python = findPython() else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let candidates: [String?] = [
            environment["CLAIMS_SCORE_PY"],
            environment["CLAIMS_SHARED"].map { $0 + "/gold/score.py" },
            repoRoot.deletingLastPathComponent().appendingPathComponent("shared/gold/score.py").path,
        ]
        for case let path? in candidates where FileManager.default.fileExists(atPath: path) {
            return PythonScorer(python: python, script: URL(fileURLWithPath: path))
        }
        return nil
    }

    struct Output {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs score.py on `gold` and a predictions file holding `jsonl`.
    func run(gold: String, jsonl: String, arguments: [String]) throws -> Output {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let predictions = dir.appendingPathComponent("pred.jsonl")
        try Data(jsonl.utf8).write(to: predictions)
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, gold, predictions.path] + arguments
        // Files, not pipes: a full pipe could stall the child while we wait.
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Output(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }
}
