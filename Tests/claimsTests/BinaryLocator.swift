import Foundation

/// Finds the built `claims` binary and the repository paths for end-to-end tests.
enum BinaryLocator {
    /// The package root (two folders above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

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

    /// The result of one run of the binary.
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// Runs the binary with `arguments` (working directory: the package root) and optional stdin.
    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
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
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}
