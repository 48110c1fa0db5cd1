import ClaimKit
import Foundation

/// A job that cannot be done (an output that cannot be written, a gold file that cannot be read):
/// printed as one line `claims: MESSAGE`, exit status 2, no usage text.
struct CommandFailure: Error, CustomStringConvertible {
    /// What went wrong, naming the file and what to do.
    var message: String

    var description: String { message }

    /// Runs `body`, turning an output problem into a failure with its message.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let problem as OutputTarget.Problem {
            throw CommandFailure(message: problem.description)
        }
    }
}
