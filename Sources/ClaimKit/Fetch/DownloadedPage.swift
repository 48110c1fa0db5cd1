public import Foundation

/// A page as fetched: what was asked, where it was found, and its body.
public struct DownloadedPage: Sendable {
    /// The URL as given.
    public var url: String
    /// The URL after redirects.
    public var finalURL: String
    /// The HTTP status of the final response.
    public var status: Int
    /// The final response's Content-Type header.
    public var contentType: String?
    /// The body bytes, as served (not transcoded: the ingester decodes them).
    public var body: [UInt8]
    /// When the final response arrived.
    public var fetched: Date
}
