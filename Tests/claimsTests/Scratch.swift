import Foundation

/// A temporary folder for inputs generated at test time (big or odd files are not committed).
struct Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "claims-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` at `name` (folders made on the way) and returns the full path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func remove() {
        // Restore permissions first, so that a chmod 000 test leaves nothing behind.
        if let names = FileManager.default.subpaths(atPath: path) {
            for name in names { chmod(path + "/" + name, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}
