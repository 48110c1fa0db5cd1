import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP GET, no redirect followed: the response as it came, or a failure in plain words.
struct PageDownloader: Sendable {
    var options: FetchOptions

    /// Gets `url`. Bodies over `limit` fail (or are cut with `truncates`); with `checksType`
    /// a success whose Content-Type is not a web page is refused before its body is read.
    func get(_ url: URL, limit: Int, truncates: Bool = false, checksType: Bool = true) -> Result<
        HTTPExchange, FetchFailure
    > {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.connectTimeout
        configuration.timeoutIntervalForResource = options.timeout
        configuration.httpShouldSetCookies = false
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpMaximumConnectionsPerHost = max(1, options.connectionsPerHost)
        let delegate = DownloadDelegate(limit: limit, truncates: truncates, checksType: checksType)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }

        var request = URLRequest(
            url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: options.connectTimeout)
        request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1", forHTTPHeaderField: "Accept")
        let task = session.dataTask(with: request)
        let started = DispatchTime.now().uptimeNanoseconds
        task.resume()
        // A watchdog beyond URLSession's own limits: whatever happens, the run goes on.
        if delegate.finished.wait(timeout: .now() + options.timeout + 2) == .timedOut {
            delegate.stop(task, FetchFailure(.timeout))
            _ = delegate.finished.wait(timeout: .now() + 5)
        }
        var result = delegate.result ?? .failure(FetchFailure(.network, "network error: no response"))
        if case .failure(var failure) = result, failure.reason == .timeout {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000_000
            failure.detail =
                elapsed + 0.5 >= options.timeout
                ? "timeout: not complete within \(Self.seconds(options.timeout)) s (--timeout)"
                : "timeout: no answer within \(Self.seconds(options.connectTimeout)) s (--connect-timeout)"
            result = .failure(failure)
        }
        return result
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
