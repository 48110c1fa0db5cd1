/// One HTTP response as `PageDownloader` got it: status, the headers we use, and the body.
struct HTTPExchange: Sendable {
    /// The HTTP status code.
    var status: Int
    /// The Content-Type header, if any.
    var contentType: String?
    /// The Location header, if any (redirects).
    var location: String?
    /// The body bytes (empty for redirects and refused bodies).
    var body: [UInt8]
}
