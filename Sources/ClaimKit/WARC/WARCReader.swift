/// Reads the records of a WARC file one at a time, streaming: memory holds the record being read
/// (its block only when it is wanted and under the cap) and one chunk of the file, never the file.
///
/// A record that does not hold together (no `WARC/` line, no Content-Length, a length that does
/// not end at a record boundary, a file that ends inside it, a damaged gzip member) is a
/// `problem` with its offset; the reader then looks for the next `WARC/1.` line and goes on.
final class WARCReader {
    /// One thing read from the file.
    enum Item: Equatable {
        /// A record (its block is nil when it was not read: see `wantsBlock` and `maxBlock`).
        case record(WARCRecord)
        /// A damaged record or gzip member at `offset`.
        case problem(offset: Int, detail: String)
    }

    private let stream: ArchiveByteStream
    /// Blocks over this many bytes are streamed past, not read.
    private let maxBlock: Int
    /// Whether a record of this type needs its block.
    private let wantsBlock: (String) -> Bool
    private var buffer: [UInt8] = []
    /// Index of the next unread byte of `buffer`.
    private var position = 0
    /// Offset in the inflated stream of `buffer[0]`.
    private var base: Int { stream.produced - buffer.count }
    private var ended = false
    private var pendingGap: ArchiveByteStream.Gap?
    /// Header blocks longer than this are not a WARC header.
    static let maxHeader = 1 << 16

    init(stream: ArchiveByteStream, maxBlock: Int, wantsBlock: @escaping (String) -> Bool) {
        self.stream = stream
        self.maxBlock = maxBlock
        self.wantsBlock = wantsBlock
    }

    /// The next record or problem, or nil at the end of the file.
    func next() -> Item? {
        while true {
            compact()
            if let gap = takeGap() {
                if gap.silent { continue }
                return .problem(offset: gap.offset, detail: gap.detail)
            }
            // White space between records is tolerated.
            while true {
                while position < buffer.count, Self.isSpace(buffer[position]) { position += 1 }
                if position < buffer.count { break }
                if !fill() { break }
            }
            if pendingGap != nil { continue }
            if position >= buffer.count { return nil }
            let start = base + position
            guard let headerEnd = findHeaderEnd() else {
                if pendingGap != nil { continue }
                let offset = stream.memberOffset(at: start) ?? start
                let atEnd = ended && buffer.count - position < Self.maxHeader
                position += 1
                resync()
                return .problem(
                    offset: offset,
                    detail: atEnd
                        ? "truncated record header: the file ends inside it"
                        : "no WARC record header here: skipped to the next record")
            }
            let offset = stream.memberOffset(at: start) ?? start
            guard Self.startsWith(buffer, at: position, "WARC/") else {
                position += 1
                resync()
                return .problem(
                    offset: offset, detail: "not a WARC record (no WARC/ version line): skipped to the next record")
            }
            let (header, hasLength) = WARCRecord.parseHeader(buffer[position..<headerEnd], offset: offset)
            guard hasLength else {
                position = headerEnd
                resync()
                return .problem(
                    offset: offset, detail: "record without a valid Content-Length: skipped to the next record")
            }
            if let item = readBlock(header, blockStart: headerEnd) { return item }
        }
    }

    // MARK: - Blocks

    /// Reads or streams past the block at `blockStart`; nil when a gap interrupted it (reported next).
    private func readBlock(_ header: WARCRecord, blockStart: Int) -> Item? {
        var record = header
        let length = header.length
        if wantsBlock(header.type) && length <= maxBlock {
            // The block and a few bytes after it, to check that the length ends the record.
            while buffer.count - blockStart < length + 16, fill() {}
            if buffer.count - blockStart < length {
                if pendingGap != nil { return nil }
                let short = length - (buffer.count - blockStart)
                position = blockStart
                resync()
                return .problem(
                    offset: header.offset,
                    detail: "truncated record: Content-Length \(length), the file ends \(short) bytes short")
            }
            guard endsRecord(at: blockStart + length) else {
                position = blockStart
                resync()
                return .problem(
                    offset: header.offset,
                    detail: "Content-Length \(length) does not end the record: skipped to the next record")
            }
            record.block = Array(buffer[blockStart..<(blockStart + length)])
            position = blockStart + length
            return .record(record)
        }
        return skipBlock(record, blockStart: blockStart)
    }

    /// Streams past a block not read whole, keeping no more than one chunk (and the block's first
    /// bytes for a wanted type); nil when a gap interrupted it (reported next).
    private func skipBlock(_ header: WARCRecord, blockStart: Int) -> Item? {
        var record = header
        let length = header.length
        if wantsBlock(header.type) {
            let headLength = min(length, Self.maxHeader)
            while buffer.count - blockStart < headLength, fill() {}
            record.head = Array(buffer[blockStart..<min(buffer.count, blockStart + headLength)])
        }
        let available = buffer.count - blockStart
        if available >= length {
            position = blockStart + length
        } else {
            var left = length - available
            buffer.removeAll(keepingCapacity: true)
            position = 0
            while left > 0, fill() {
                if buffer.count >= left {
                    position = left
                    left = 0
                } else {
                    left -= buffer.count
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if left > 0 {
                if pendingGap != nil { return nil }
                return .problem(
                    offset: header.offset,
                    detail: "truncated record: Content-Length \(length), the file ends \(left) bytes short")
            }
        }
        while buffer.count - position < 16, fill() {}
        guard endsRecord(at: position) else {
            resync()
            return .problem(
                offset: header.offset,
                detail: "Content-Length \(length) does not end the record: skipped to the next record")
        }
        return .record(record)
    }

    /// True when, after line ends, `index` is followed by the end of the file or the next `WARC/`.
    private func endsRecord(at index: Int) -> Bool {
        var i = index
        while i < buffer.count, i - index < 8, buffer[i] == 0x0D || buffer[i] == 0x0A { i += 1 }
        if i == buffer.count { return ended || pendingGap != nil }
        if i == index { return false }  // the block must be followed by a line end
        return Self.startsWith(buffer, at: i, "WARC/")
    }

    // MARK: - Buffer

    /// Appends the next bytes of the stream; false at the end or at a gap (kept in `pendingGap`).
    private func fill() -> Bool {
        if ended || pendingGap != nil { return false }
        switch stream.read(into: &buffer) {
        case .data: return true
        case .end: ended = true; return false
        case .gap(let gap): pendingGap = gap; return false
        }
    }

    /// Drops a gap's broken bytes: what follows it is read from a fresh buffer.
    private func takeGap() -> ArchiveByteStream.Gap? {
        guard let gap = pendingGap else { return nil }
        pendingGap = nil
        buffer.removeAll(keepingCapacity: true)
        position = 0
        resync()
        return gap
    }

    /// Drops the bytes already read when they are a good part of the buffer.
    private func compact() {
        guard position > 0, position >= buffer.count / 2 || position > 1 << 20 else { return }
        buffer.removeFirst(position)
        position = 0
        if buffer.capacity > 4 << 20 && buffer.count < 1 << 16 {
            buffer = Array(buffer)  // give back the room a big block took
        }
    }

    /// The index after the blank line that ends the header at `position`, filling as needed;
    /// nil at the end of the file, a gap, or past `maxHeader`.
    private func findHeaderEnd() -> Int? {
        var scanned = position
        while true {
            var i = max(position, scanned - 3)
            while i < buffer.count {
                if buffer[i] == 0x0A {
                    if i + 1 < buffer.count && buffer[i + 1] == 0x0A { return i + 2 }
                    if i + 2 < buffer.count && buffer[i + 1] == 0x0D && buffer[i + 2] == 0x0A { return i + 3 }
                }
                i += 1
                if i - position > Self.maxHeader { return nil }
            }
            scanned = buffer.count
            if !fill() { return nil }
        }
    }

    /// Moves `position` to the next `WARC/1.` at the start of a line (or of the buffer after a gap),
    /// or to the end of the file; bytes passed over are dropped.
    private func resync() {
        while true {
            var i = position
            while i + 7 <= buffer.count {
                if buffer[i] == UInt8(ascii: "W"), i == 0 || buffer[i - 1] == 0x0A,
                    Self.startsWith(buffer, at: i, "WARC/1.")
                {
                    position = i
                    return
                }
                i += 1
            }
            position = i
            compact()
            if !fill() {
                if pendingGap == nil { position = buffer.count }
                return
            }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x0D || byte == 0x0A || byte == 0x20 || byte == 0x09 }

    private static func startsWith(_ bytes: [UInt8], at index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where bytes[index + k] != p[k] { return false }
        return true
    }
}
