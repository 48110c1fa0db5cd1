import Foundation

/// The local HTTP server of `Tests/Fixtures/fetch/server.py`, on 127.0.0.1 and 127.0.0.2 (a free port).
///
/// It stops when `stop()` closes its stdin (or after its own lifetime), and logs every request
/// with its host, start and end times and the requests then in flight for that host.
final class FetchTestServer {
    let port: Int
    let logPath: String
    private let process = Process()
    private let input = Pipe()

    /// One logged request.
    struct Request {
        var host: String
        var path: String
        var start: Double
        var end: Double
        var concurrent: Int
        var agent: String
    }

    init() throws {
        logPath = NSTemporaryDirectory() + "claims-fetch-server-" + UUID().uuidString + ".log"
        let script = BinaryLocator.root.appendingPathComponent("Tests/Fixtures/fetch/server.py").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--log", logPath, "--lifetime", "240"]
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw CocoaError(.fileReadUnknown)
        }
        self.port = port
    }

    /// `http://127.0.0.1:PORT/path` (or host 127.0.0.2 with `second`).
    func url(_ path: String, second: Bool = false) -> String { "http://127.0.0.\(second ? 2 : 1):\(port)\(path)" }

    /// The requests logged so far.
    func requests() -> [Request] {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return nil
            }
            return Request(
                host: object["host"] as? String ?? "", path: object["path"] as? String ?? "",
                start: object["start"] as? Double ?? 0, end: object["end"] as? Double ?? 0,
                concurrent: object["concurrent"] as? Int ?? 0, agent: object["agent"] as? String ?? "")
        }
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: logPath)
    }
}
