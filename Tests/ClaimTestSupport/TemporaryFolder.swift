import Foundation

/// A fresh folder under the system temp directory for inputs made at test time (big or odd files
/// are not committed), shared by every test target; removed by `remove()`.
public struct TemporaryFolder: Sendable {
    /// The folder's full path.
    public let path: String

    /// Makes the folder.
    public init() throws {
        path = NSTemporaryDirectory() + "claims-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` at `relative` (folders made on the way) and returns the full path.
    @discardableResult
    public func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return full
    }

    /// Writes `contents` as UTF-8 at `relative` and returns the full path.
    @discardableResult
    public func write(_ relative: String, _ contents: String = "text") throws -> String {
        try write(relative, Array(contents.utf8))
    }

    /// Makes a symbolic link at `relative` pointing to `destination` (as written).
    public func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path + "/" + relative, withDestinationPath: destination)
    }

    /// Removes the folder; permissions are restored first, so that a chmod 000 test leaves nothing behind.
    public func remove() {
        if let names = FileManager.default.subpaths(atPath: path) {
            for name in names { chmod(path + "/" + name, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}
