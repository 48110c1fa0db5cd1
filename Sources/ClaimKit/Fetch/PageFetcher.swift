import Foundation

/// Fetches one URL politely: robots.txt per origin, the host's gate for every request,
/// redirects followed one hop at a time (each hop checked: scheme, loop, limit, robots).
final class PageFetcher: @unchecked Sendable {
    private let options: FetchOptions
    private let downloader: PageDownloader
    private let robots = RobotsCache()
    private let lock = NSLock()
    private var gates: [String: HostGate] = [:]
    /// robots.txt is read up to this size (RFC 9309 asks for at least 500 KiB).
    private static let robotsLimit = 512 << 10

    init(options: FetchOptions) {
        self.options = options
        self.downloader = PageDownloader(options: options)
    }

    /// The gate of `origin`, made on first use.
    func gate(for origin: String) -> HostGate {
        lock.lock()
        defer { lock.unlock() }
        if let gate = gates[origin] { return gate }
        let gate = HostGate(limit: options.connectionsPerHost, delay: options.delay)
        gates[origin] = gate
        return gate
    }

    /// `https://host:port` of a URL (the unit of politeness and of robots.txt).
    static func origin(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? "http"
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(url.host?.lowercased() ?? ""):\(port)"
    }

    /// A URL we may request: absolute, http or https, with a host.
    static func webURL(_ text: String) -> Result<URL, FetchFailure> {
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased()
        else {
            return .failure(FetchFailure(.invalidURL, "not a web address (give the whole URL, https://...)"))
        }
        guard scheme == "http" || scheme == "https" else {
            return .failure(FetchFailure(.unsupportedScheme, "not http or https (\(scheme):)"))
        }
        guard let host = url.host, !host.isEmpty else {
            return .failure(FetchFailure(.invalidURL, "not a web address (no host)"))
        }
        return .success(url)
    }

    /// Fetches `text` (a URL as the user gave it), following redirects.
    func fetch(_ text: String) -> Result<DownloadedPage, FetchFailure> {
        var current: URL
        switch PageFetcher.webURL(text) {
        case .failure(let failure): return .failure(failure)
        case .success(let url): current = url
        }
        var chain = [current.absoluteString]
        for _ in 0...options.maxRedirects {
            if let refusal = robotsRefusal(current) { return .failure(refusal) }
            let exchange: HTTPExchange
            switch gate(for: PageFetcher.origin(of: current)).pass({ downloader.get(current, limit: options.maxBytes) })
            {
            case .failure(let failure): return .failure(failure)
            case .success(let e): exchange = e
            }
            if (300..<400).contains(exchange.status), let location = exchange.location {
                guard let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                    return .failure(FetchFailure(.invalidURL, "redirect to a bad address (\(location))"))
                }
                if case .failure = PageFetcher.webURL(next.absoluteString) {
                    return .failure(
                        FetchFailure(
                            .unsupportedScheme,
                            "redirect to an address that is not http or https (\(next.absoluteString))"))
                }
                let key = next.absoluteString
                if chain.contains(key) {
                    return .failure(
                        FetchFailure(.redirectLoop, "redirect loop (\((chain + [key]).joined(separator: " -> ")))"))
                }
                chain.append(key)
                current = next
                continue
            }
            guard (200..<300).contains(exchange.status) else { return .failure(.status(exchange.status)) }
            return .success(
                DownloadedPage(
                    url: text, finalURL: current.absoluteString, status: exchange.status,
                    contentType: exchange.contentType, body: exchange.body, fetched: Date()))
        }
        return .failure(FetchFailure(.tooManyRedirects, "too many redirects (more than \(options.maxRedirects))"))
    }

    /// Why robots.txt forbids `url`, or nil when it may be fetched.
    private func robotsRefusal(_ url: URL) -> FetchFailure? {
        guard options.obeysRobots else { return nil }
        let origin = PageFetcher.origin(of: url)
        let entry = robots.entry(for: origin) { loadRobots(origin: url) }
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        guard !entry.rules.allows(path) else { return nil }
        if let failure = entry.failure { return failure }
        if let unreachable = entry.unreachable {
            return FetchFailure(
                .robots, "disallowed by robots.txt: it could not be read (\(unreachable)), which counts as a refusal")
        }
        return FetchFailure(.robots, "disallowed by robots.txt (\(path))")
    }

    /// Reads the robots.txt of `url`'s origin: 2xx rules apply, 4xx allow all, anything else disallows all.
    private func loadRobots(origin url: URL) -> RobotsCache.Entry {
        var components = URLComponents()
        components.scheme = url.scheme
        components.host = url.host
        components.port = url.port
        components.path = "/robots.txt"
        guard var current = components.url else { return RobotsCache.Entry(rules: .allowAll) }
        for _ in 0..<5 {
            let result = gate(for: PageFetcher.origin(of: current)).pass {
                downloader.get(current, limit: PageFetcher.robotsLimit, truncates: true, checksType: false)
            }
            switch result {
            case .failure(let failure):
                // The host cannot be reached at all: the page fails for that reason, not for robots.txt.
                return RobotsCache.Entry(rules: .disallowAll, unreachable: failure.detail, failure: failure)
            case .success(let exchange):
                if (300..<400).contains(exchange.status), let location = exchange.location,
                    let next = URL(string: location, relativeTo: current)?.absoluteURL,
                    case .success = PageFetcher.webURL(next.absoluteString)
                {
                    current = next
                    continue
                }
                if (200..<300).contains(exchange.status) {
                    return RobotsCache.Entry(
                        rules: RobotsRules(
                            text: String(decoding: exchange.body, as: UTF8.self), agent: FetchOptions.productToken))
                }
                if (400..<500).contains(exchange.status) { return RobotsCache.Entry(rules: .allowAll) }
                return RobotsCache.Entry(rules: .disallowAll, unreachable: FetchFailure.status(exchange.status).detail)
            }
        }
        return RobotsCache.Entry(rules: .allowAll)  // RFC 9309: after five redirects, as if there were none
    }
}
