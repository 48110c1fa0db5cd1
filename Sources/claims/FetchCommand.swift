import ArgumentParser
import ClaimKit
import Foundation

/// `claims fetch URL... --into FOLDER`: save web pages politely for the other commands to read.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Save web pages into a folder (with a manifest.csv) for the other commands.",
        discussion: """
            Polite by default: \(FetchOptions().connectionsPerHost) connections per host, \(Int(FetchOptions().delay)) s between requests to a host,
            robots.txt honoured, user agent "\(FetchOptions.defaultUserAgent)".
            Each saved file's path goes to stdout; each failure is one line on stderr,
            `claims: URL: reason`, and the summary counts them by reason.

            EXIT STATUS
              0  every URL was saved
              1  some URLs failed (each named on stderr with the reason)
              2  usage error, or the folder or its manifest cannot be written
            """)

    @Argument(help: ArgumentHelp("http or https URLs.", valueName: "url"))
    var urls: [String] = []

    @Option(
        name: [.short, .customLong("input")],
        help: ArgumentHelp(
            "A file with one URL per line (blank lines and # comments skipped), or - for stdin.", valueName: "file"))
    var inputs: [String] = []

    @Option(
        help: ArgumentHelp("The folder to save into (made if missing; its parent must exist).", valueName: "folder"))
    var into: String

    @Flag(help: "Replace files in the folder that do not come from the same URL (the same URL is always refreshed).")
    var force = false

    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp("Skip pages larger than this: bytes, or with K, M, G (binary).", valueName: "size"))
    var maxSize: ByteCount = ByteCount(bytes: FetchOptions().maxBytes)

    @Option(name: .customLong("per-host"), help: ArgumentHelp("Requests at once to one host.", valueName: "n"))
    var perHost: Int = FetchOptions().connectionsPerHost

    @Option(help: ArgumentHelp("Seconds between the starts of two requests to one host.", valueName: "seconds"))
    var delay: Double = FetchOptions().delay

    @Option(
        name: .customLong("connect-timeout"),
        help: ArgumentHelp("Seconds to wait for a connection or for data.", valueName: "seconds"))
    var connectTimeout: Double = FetchOptions().connectTimeout

    @Option(help: ArgumentHelp("Seconds one request may take in all.", valueName: "seconds"))
    var timeout: Double = FetchOptions().timeout

    @Option(
        name: .customLong("max-redirects"), help: ArgumentHelp("Redirects followed before giving up.", valueName: "n"))
    var maxRedirects: Int = FetchOptions().maxRedirects

    @Flag(name: .customLong("ignore-robots"), help: "Do not read robots.txt (only for sites that allow you to).")
    var ignoresRobots = false

    func validate() throws {
        if urls.isEmpty && inputs.isEmpty { throw ValidationError("give at least one URL, or -i FILE") }
        if !(1...16).contains(perHost) { throw ValidationError("--per-host must be between 1 and 16") }
        if !(0...3600).contains(delay) { throw ValidationError("--delay must be between 0 and 3600 seconds") }
        if !(connectTimeout > 0 && timeout > 0) {
            throw ValidationError("--connect-timeout and --timeout must be more than 0 seconds")
        }
        if !(0...50).contains(maxRedirects) { throw ValidationError("--max-redirects must be between 0 and 50") }
    }

    func run() throws {
        var options = FetchOptions()
        options.connectionsPerHost = perHost
        options.delay = delay
        options.connectTimeout = connectTimeout
        options.timeout = timeout
        options.maxRedirects = maxRedirects
        options.maxBytes = maxSize.bytes
        options.obeysRobots = !ignoresRobots
        let stderr = FileOutput.standardError()
        let stdout = FileOutput.standardOutput()
        do {
            let list = try urls + inputs.flatMap(Self.readURLs)
            let folder = try FetchFolder(path: into, force: force)
            let summary = try FetchRun(options: options).run(urls: list, into: folder) { item in
                switch item.outcome {
                case .success(let path): stdout.write(path + "\n")
                case .failure(let failure): stderr.write("claims: \(item.url): \(failure.detail)\n")
                }
                stdout.flush()
                stderr.flush()
            }
            stderr.write(summary.line(folder: into) + "\n")
            stderr.flush()
            if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
        } catch let error as FetchFolderError {
            stderr.write("claims: \(error.description)\n")
            stderr.flush()
            throw ExitCode(ExitStatus.usageOrFatal)
        }
    }

    /// The URLs in `path` (or stdin for `-`): one per line, blank lines and `#` comments skipped.
    static func readURLs(_ path: String) throws -> [String] {
        let text: String
        if path == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw FetchFolderError("cannot read the URL list \(path)")
            }
            text = String(decoding: data, as: UTF8.self)
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
