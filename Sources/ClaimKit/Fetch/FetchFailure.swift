import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Why one URL could not be saved: a value, counted by `reason` in the run summary.
public struct FetchFailure: Error, Sendable, Equatable {
    /// The kind of failure, in the words the summary counts.
    public enum Reason: String, Sendable, CaseIterable, Comparable {
        case invalidURL = "not a web address"
        case unsupportedScheme = "not http or https"
        case robots = "disallowed by robots.txt"
        case timeout = "timeout"
        case hostNotFound = "host not found"
        case cannotConnect = "cannot connect"
        case network = "network error"
        case notFound = "404 not found"
        case clientError = "client error"
        case serverError = "server error"
        case redirectLoop = "redirect loop"
        case tooManyRedirects = "too many redirects"
        case tooLarge = "too large"
        case notAWebPage = "not a web page"
        case exists = "file exists"
        case writeFailed = "cannot write"

        public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The kind, for counting.
    public var reason: Reason
    /// The plain-words explanation printed after the URL.
    public var detail: String

    /// Creates a failure; `detail` defaults to the reason's words.
    public init(_ reason: Reason, _ detail: String? = nil) {
        self.reason = reason
        self.detail = detail ?? reason.rawValue
    }

    /// The failure an HTTP status that is not a success stands for.
    static func status(_ code: Int) -> FetchFailure {
        let words = HTTPURLResponse.localizedString(forStatusCode: code)
        switch code {
        case 404: return FetchFailure(.notFound)
        case 500...599: return FetchFailure(.serverError, "server error \(code) (\(words))")
        default: return FetchFailure(.clientError, "HTTP status \(code) (\(words))")
        }
    }
}
