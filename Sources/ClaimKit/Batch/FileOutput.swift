#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered writer to a file descriptor (standard output or error), for output of any size.
public final class FileOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// Standard output, buffered in 64 KiB chunks.
    public static func standardOutput() -> FileOutput { FileOutput(descriptor: 1) }
    /// Standard error, written through on each `flush`.
    public static func standardError() -> FileOutput { FileOutput(descriptor: 2, capacity: 4096) }

    /// Writes to `descriptor`, flushing when `capacity` bytes are buffered.
    public init(descriptor: Int32, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    /// True when the descriptor is a terminal.
    public var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Appends `text` (UTF-8).
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// Appends raw bytes.
    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        if buffer.count + bytes.count > capacity { flush() }
        if bytes.count >= capacity {
            writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes out what is buffered.
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Glibc.write(descriptor, base, left)
            if written < 0 {
                if errno == EINTR { continue }
                return  // a closed reader: nothing more can be said to it
            }
            base += written
            left -= written
        }
    }
}
