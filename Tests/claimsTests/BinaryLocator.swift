import Foundation

/// Finds the built `claims` binary and the repository paths for end-to-end tests.
enum BinaryLocator {
    /// The package root (two folders above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `CLAIMS_BIN` if set, else `.build/debug/claims`.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CLAIMS_BIN"] { return URL(fileURLWithPath: path) }
        return root.appendingPathComponent(".build/debug/claims")
    }

    /// `CLAIMS_SHARED` if set, else `../shared` beside the repository.
    static var shared: URL {
        if let path = ProcessInfo.processInfo.environment["CLAIMS_SHARED"] { return URL(fileURLWithPath: path) }
        return root.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The result of one run of the binary; `peakKilobytes` when measured with /usr/bin/time.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var peakKilobytes: Int? = nil

        /// stderr split into lines (without the empty piece after the last line break).
        var stderrLines: [String] {
            stderr.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropLast().map(String.init)
        }
        /// stdout split into lines.
        var stdoutLines: [String] {
            stdout.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropLast().map(String.init)
        }
    }

    /// Runs the binary under /usr/bin/time to learn its peak memory (nil where that tool is missing).
    static func runMeasured(_ arguments: [String]) throws -> Run {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else { return try run(arguments) }
        let report = NSTemporaryDirectory() + "claims-time-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: report) }
        var result = try run(
            ["-f", "%M", "-o", report, binary.path] + arguments, executable: URL(fileURLWithPath: time))
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        result.peakKilobytes = text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return result
    }

    /// Runs the binary with `arguments` (working directory: the package root, or `directory`) and optional stdin.
    static func run(_ arguments: [String], stdin: String? = nil, executable: URL? = nil, directory: String? = nil)
        throws -> Run
    {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) } ?? root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
