import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a WARC file as a stream, inflated when the file is gzip (one member per record,
/// one member for the whole file, or anything between). Memory holds one chunk of the file (64 KiB;
/// 1 MiB when it is gzip) and, for gzip, room for one inflated member of up to 2 MiB.
///
/// A member that lies whole in the chunk is inflated in one call (`GzipMemberDecoder`, libdeflate);
/// a bigger or damaged one is streamed through zlib (`Inflater`), which words the diagnostics.
/// A corrupt or truncated member is a `Gap`: the stream skips to the next gzip header and goes on.
/// Gzip is recognised by its magic bytes, not by the file name.
final class ArchiveByteStream {
    /// A break in the stream: bytes lost between the last delivered byte and the next one.
    struct Gap: Equatable {
        /// Offset in the file of the damaged gzip member (or of the junk).
        var offset: Int
        var detail: String
        /// Part of a damaged region already reported (a false gzip header found while skipping).
        var silent: Bool
    }

    /// What one `read` did.
    enum Event: Equatable {
        case data
        case end
        case gap(Gap)
    }

    private let fd: Int32
    private var input = [UInt8](repeating: 0, count: 1 << 16)
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)
    /// File offset of `input[0]`.
    private var inputStart = 0
    private var inputPosition = 0
    private var inputCount = 0
    private var atEOF = false
    private var inflater: Inflater?
    private var wholeDecoder: GzipMemberDecoder?
    /// A whole member's inflated bytes (only the gzip path allocates it).
    private var whole: [UInt8] = []
    /// Below this many bytes left in the chunk, a member start first tops the chunk up, so that
    /// most members lie whole in it.
    private static let wholeMemberLead = 1 << 18
    private var inMember = false
    private var memberOffset = 0
    /// Set after a damaged member until a member ends cleanly: failures meanwhile are false headers.
    private var recovering = false
    /// Where gzip members began: offset in the inflated stream, offset in the file (oldest first).
    private var memberStarts: [(produced: Int, offset: Int)] = []
    private var memberStartsHead = 0
    /// Bytes delivered so far.
    private(set) var produced = 0
    /// True when the file is gzip.
    var isGzip: Bool { inflater != nil }

    /// Opens `path`; nil with the reason when it cannot be opened.
    static func open(path: String) -> Result<ArchiveByteStream, Diagnostic> {
        let fd = openForReading(path)
        guard fd >= 0 else {
            let reason: Diagnostic.Reason = errno == ENOENT ? .notFound : .unreadable
            return .failure(
                Diagnostic(
                    path: path, reason: reason, detail: "cannot read the file (\(String(cString: strerror(errno))))"))
        }
        return .success(ArchiveByteStream(fd: fd))
    }

    private init(fd: Int32) {
        self.fd = fd
        refill()
        if inputCount >= 2 && input[0] == 0x1F && input[1] == 0x8B {
            inflater = Inflater(format: .gzip)
            wholeDecoder = GzipMemberDecoder()
            input.append(contentsOf: repeatElement(0, count: (1 << 20) - input.count))
            whole = [UInt8](repeating: 0, count: 1 << 21)
        }
    }

    deinit { close(fd) }

    /// The file offset of the gzip member that begins exactly at inflated offset `position`, if one
    /// does (a record that starts a member is named by the member's offset, as CDX indexes do).
    /// Asks must come in increasing `position`.
    func memberOffset(at position: Int) -> Int? {
        var found: Int?
        while memberStartsHead < memberStarts.count, memberStarts[memberStartsHead].produced <= position {
            if memberStarts[memberStartsHead].produced == position { found = memberStarts[memberStartsHead].offset }
            memberStartsHead += 1
        }
        if memberStartsHead > 4096 {
            memberStarts.removeFirst(memberStartsHead)
            memberStartsHead = 0
        }
        return found
    }

    /// Appends the next bytes of the stream to `out` (`.data`), or says the stream ended or broke.
    func read(into out: inout [UInt8]) -> Event {
        guard let inflater else { return readPlain(into: &out) }
        while true {
            if inputPosition == inputCount { refill() }
            if !inMember {
                if inputPosition == inputCount { return .end }
                if !ensureAvailable(3) || !isGzipHeader(at: inputPosition) {
                    let at = inputStart + inputPosition
                    inputPosition += 1
                    skipToGzipHeader()
                    return gap(at, "bytes that are not a gzip member: skipped to the next member")
                }
                memberOffset = inputStart + inputPosition
                inflater.reset()
                inMember = true
                memberStarts.append((produced, memberOffset))
                if let count = inflateWholeMember(into: &out) {
                    if count > 0 { return .data }
                    continue
                }
            }
            let step = input.withUnsafeBytes { raw in
                scratch.withUnsafeMutableBytes { output in
                    inflater.inflate(UnsafeRawBufferPointer(rebasing: raw[inputPosition..<inputCount]), into: output)
                }
            }
            inputPosition += step.consumed
            if step.produced > 0 {
                out.append(contentsOf: scratch[0..<step.produced])
                produced += step.produced
            }
            switch step.outcome {
            case .end:
                inMember = false
                recovering = false
                if step.produced > 0 { return .data }
            case .more:
                if step.produced > 0 { return .data }
                if inputPosition == inputCount {
                    refill()
                    if inputPosition == inputCount {
                        inMember = false
                        return gap(memberOffset, "gzip member is truncated: the file ends inside it")
                    }
                }
            case .failed(let message):
                inMember = false
                skipToGzipHeader()
                return gap(memberOffset, "corrupt gzip member (\(message)): skipped to the next member")
            }
        }
    }

    /// Inflates the member at `inputPosition` in one call when it lies whole in the chunk and fits
    /// `whole`: the bytes appended, or nil (then zlib streams it from its start).
    private func inflateWholeMember(into out: inout [UInt8]) -> Int? {
        guard let wholeDecoder else { return nil }
        if inputCount - inputPosition < Self.wholeMemberLead && !atEOF { topUp() }
        let done = input.withUnsafeBytes { raw in
            whole.withUnsafeMutableBytes { output in
                wholeDecoder.decode(UnsafeRawBufferPointer(rebasing: raw[inputPosition..<inputCount]), into: output)
            }
        }
        guard let done else { return nil }
        inputPosition += done.consumed
        out.append(contentsOf: whole[0..<done.produced])
        produced += done.produced
        inMember = false
        recovering = false
        return done.produced
    }

    /// Moves the unread rest of the chunk to its front and fills the chunk from the file.
    private func topUp() {
        let rest = inputCount - inputPosition
        if inputPosition > 0 {
            input.withUnsafeMutableBytes { raw in
                let base = raw.baseAddress!
                _ = memmove(base, base + inputPosition, rest)
            }
            inputStart += inputPosition
            inputPosition = 0
            inputCount = rest
        }
        while !atEOF && inputCount < input.count { readMore() }
    }

    /// `read` of a file that is not gzip: the rest of the current chunk, or the next one.
    private func readPlain(into out: inout [UInt8]) -> Event {
        if inputPosition == inputCount { refill() }
        if inputPosition == inputCount { return .end }
        out.append(contentsOf: input[inputPosition..<inputCount])
        produced += inputCount - inputPosition
        inputPosition = inputCount
        return .data
    }

    /// A gap at file offset `offset`, silent when it falls in a damaged region already reported;
    /// recovery lasts until a member ends cleanly.
    private func gap(_ offset: Int, _ detail: String) -> Event {
        let wasRecovering = recovering
        recovering = true
        return .gap(Gap(offset: offset, detail: detail, silent: wasRecovering))
    }

    // MARK: - Compressed input

    private func isGzipHeader(at index: Int) -> Bool {
        input[index] == 0x1F && input[index + 1] == 0x8B && input[index + 2] == 0x08
    }

    /// Reads the next chunk of the file when the current one is used up.
    private func refill() {
        guard inputPosition == inputCount, !atEOF else { return }
        inputStart += inputCount
        inputPosition = 0
        inputCount = 0
        readMore()
    }

    /// Appends file bytes after `inputCount` (the chunk has room); sets `atEOF` at the end.
    private func readMore() {
        while !atEOF && inputCount < input.count {
            let n = input.withUnsafeMutableBytes { raw in
                readBytes(fd, raw.baseAddress! + inputCount, raw.count - inputCount)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { atEOF = true; break }
            inputCount += n
            if inputCount >= 4096 { break }
        }
    }

    /// True when `count` bytes are at `inputPosition` (moving the rest of the chunk to its front if needed).
    private func ensureAvailable(_ count: Int) -> Bool {
        if inputCount - inputPosition >= count { return true }
        let rest = inputCount - inputPosition
        if inputPosition > 0 {
            for i in 0..<rest { input[i] = input[inputPosition + i] }
            inputStart += inputPosition
            inputPosition = 0
            inputCount = rest
        }
        readMore()
        return inputCount - inputPosition >= count
    }

    /// Moves to the next `1f 8b 08` in the file, or to its end.
    private func skipToGzipHeader() {
        while true {
            if inputPosition + 3 > inputCount {
                if !ensureAvailable(3) {
                    inputPosition = inputCount
                    return
                }
            }
            var i = inputPosition
            while i + 3 <= inputCount {
                if input[i] == 0x1F && isGzipHeader(at: i) {
                    inputPosition = i
                    return
                }
                i += 1
            }
            inputPosition = i
        }
    }
}

// The POSIX calls by other names: inside the class, `open` and `read` would mean its own methods.
private func openForReading(_ path: String) -> Int32 { open(path, O_RDONLY) }
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
