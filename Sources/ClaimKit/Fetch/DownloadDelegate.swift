import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The URLSession delegate of one request: refuses redirects (the fetcher follows them itself,
/// so each hop is checked), enforces the size cap while the body streams in, and refuses
/// bodies that are not web pages before reading them.
final class DownloadDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private let truncates: Bool
    private let checksType: Bool
    private var response: HTTPURLResponse?
    private var body: [UInt8] = []
    private var failure: FetchFailure?
    private var error: (any Error)?
    /// Signalled once the task has completed.
    let finished = DispatchSemaphore(value: 0)

    /// `limit` bytes at most; past it the request fails, or with `truncates` the body is cut.
    init(limit: Int, truncates: Bool, checksType: Bool) {
        self.limit = limit
        self.truncates = truncates
        self.checksType = checksType
    }

    /// The response, or why there is none.
    var result: Result<HTTPExchange, FetchFailure>? {
        lock.lock()
        defer { lock.unlock() }
        if let failure { return .failure(failure) }
        if let error { return .failure(DownloadDelegate.failure(for: error)) }
        guard let response else { return nil }
        return .success(
            HTTPExchange(
                status: response.statusCode,
                contentType: response.value(forHTTPHeaderField: "Content-Type"),
                location: response.value(forHTTPHeaderField: "Location"), body: body))
    }

    /// Records `failure` (unless one is already recorded) for a task we stop.
    func stop(_ task: URLSessionTask, _ failure: FetchFailure) {
        lock.lock()
        if self.failure == nil { self.failure = failure }
        lock.unlock()
        task.cancel()
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        guard let http = response as? HTTPURLResponse else {
            stop(dataTask, FetchFailure(.unsupportedScheme))
            return completionHandler(.cancel)
        }
        lock.lock()
        self.response = http
        lock.unlock()
        if (200..<300).contains(http.statusCode) {
            if checksType, let type = http.value(forHTTPHeaderField: "Content-Type"),
                !PageKind.isWebPage(contentType: type)
            {
                stop(dataTask, FetchFailure(.notAWebPage, "not a web page (content type \(PageKind.mediaType(type)))"))
                return completionHandler(.cancel)
            }
            if !truncates, http.expectedContentLength > Int64(limit) {
                stop(
                    dataTask,
                    FetchFailure(
                        .tooLarge,
                        "too large: \(ByteCount(bytes: Int(http.expectedContentLength))) announced, over the \(ByteCount(bytes: limit)) cap"
                    ))
                return completionHandler(.cancel)
            }
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        let room = limit - body.count
        body.append(contentsOf: data.prefix(max(0, room)))
        let over = data.count > room
        lock.unlock()
        guard over else { return }
        if truncates {
            stop(dataTask, FetchFailure(.tooLarge))
            lock.lock()
            failure = nil  // a cut body is what was asked for
            lock.unlock()
        } else {
            stop(dataTask, FetchFailure(.tooLarge, "too large: over the \(ByteCount(bytes: limit)) cap"))
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        if failure == nil, let error, !(truncates && (error as? URLError)?.code == .cancelled) { self.error = error }
        lock.unlock()
        finished.signal()
    }

    /// A URLSession error in plain words.
    static func failure(for error: any Error) -> FetchFailure {
        guard let urlError = error as? URLError else {
            return FetchFailure(.network, "network error: \(error.localizedDescription)")
        }
        switch urlError.code {
        case .timedOut: return FetchFailure(.timeout)
        case .cannotFindHost, .dnsLookupFailed: return FetchFailure(.hostNotFound)
        case .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet:
            return FetchFailure(.cannotConnect, "cannot connect (connection refused or lost)")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return FetchFailure(.network, "network error: secure connection failed")
        default: return FetchFailure(.network, "network error (code \(urlError.code.rawValue))")
        }
    }
}
