import Foundation

/// How `claims fetch` behaves on the network: politeness, limits, timeouts.
public struct FetchOptions: Sendable {
    /// The product token robots.txt groups are matched against, and the start of the user agent.
    public static let productToken = "claims"
    /// The tool's version as the user agent names it.
    public static let version = ClaimsVersion.number
    /// `claims/0.9.0 (news claim comparison; polite fetcher)`.
    public static let defaultUserAgent = "\(productToken)/\(version) (news claim comparison; polite fetcher)"

    /// Requests at once to one host (scheme, name and port).
    public var connectionsPerHost = 2
    /// Requests at once over all hosts.
    public var connectionsTotal = 8
    /// Seconds between the starts of two requests to one host.
    public var delay: Double = 1
    /// Seconds to wait for a connection, and for any data once connected.
    public var connectTimeout: Double = 10
    /// Seconds one request may take in all (each redirect hop has its own).
    public var timeout: Double = 30
    /// Redirects followed before giving up.
    public var maxRedirects = 10
    /// Bodies larger than this are not saved.
    public var maxBytes = 32 << 20
    /// Honour robots.txt (fetched once per host).
    public var obeysRobots = true
    /// The User-Agent header.
    public var userAgent = FetchOptions.defaultUserAgent

    /// The defaults above.
    public init() {}
}
