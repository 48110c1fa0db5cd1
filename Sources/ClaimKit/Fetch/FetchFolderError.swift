import Foundation

/// The fetch folder or its manifest cannot be used: the job itself fails.
public struct FetchFolderError: Error, CustomStringConvertible {
    /// What went wrong, in words.
    public var description: String
    /// Creates the error with its message.
    public init(_ description: String) { self.description = description }
}
