import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The width tables are fitted to.
enum TerminalWidth {
    /// The terminal's columns when stdout is one, else `$COLUMNS`, else `fallback` (extract's
    /// table has long sentences and takes 120, the report's table 100).
    static func columns(fallback: Int) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return fallback
    }
}
