/// A page as a crawler fetched it (a WARC record): the payload bytes and what the transport said.
public struct FetchedPage: Sendable, Equatable {
    /// The HTTP body (chunking and content coding undone).
    public var bytes: [UInt8]
    /// The address it was fetched from (`WARC-Target-URI`).
    public var url: String?
    /// When it was fetched (`WARC-Date`): never a publication date.
    public var fetched: String?
    /// The `charset` of the HTTP `Content-Type`, tried after a byte-order mark and before `<meta charset>`.
    public var charset: String?

    /// Creates a fetched page.
    public init(bytes: [UInt8], url: String? = nil, fetched: String? = nil, charset: String? = nil) {
        self.bytes = bytes
        self.url = url
        self.fetched = fetched
        self.charset = charset
    }
}
