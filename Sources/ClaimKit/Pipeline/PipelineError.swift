import Foundation

/// A job the pipeline cannot do: a side file (`--aliases`, `--kinds`, `--outlets`, `--claims`)
/// missing or malformed. The message names the option, the path and what is wrong.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    /// One line naming the option, the file and the reason.
    public var message: String

    /// Creates an error with its message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }

    /// A file named by `option` that cannot be read: missing, a folder, or not readable.
    public static func unreadable(_ option: String, _ path: String) -> PipelineError {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let why =
            !exists
            ? "no such file; check the path"
            : isFolder.boolValue ? "is a folder; name a file" : "cannot be read; check its permissions"
        return PipelineError("\(option) \(path): \(why)")
    }
}
