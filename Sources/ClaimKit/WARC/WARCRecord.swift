/// One record of a WARC file: the named header fields we use, and its block when it was read.
struct WARCRecord: Equatable {
    /// Offset of the record in the file: its gzip member's when the record starts one, else its
    /// offset in the (inflated) stream.
    var offset: Int
    /// `WARC-Type`, lower-cased ("response", "resource", "request", ...).
    var type: String
    /// `WARC-Target-URI`.
    var targetURI: String?
    /// `WARC-Date`.
    var date: String?
    /// The record's `Content-Type` (for a response: `application/http; msgtype=response`).
    var contentType: String?
    /// `Content-Length`: the block's size.
    var length: Int
    /// The block, or nil when it was not read (over the size cap, or a type never read).
    var block: [UInt8]?
    /// The first bytes of a block that was wanted but not read (over the cap): its HTTP header.
    var head: [UInt8]?

    /// Reads the fields of a header block (`WARC/1.x` line, then `Name: value` lines); nil length
    /// when Content-Length is missing or not a number.
    static func parseHeader(_ bytes: ArraySlice<UInt8>, offset: Int) -> (record: WARCRecord, hasLength: Bool) {
        var record = WARCRecord(offset: offset, type: "", length: 0)
        var hasLength = false
        var first = true
        for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if first { first = false; continue }  // the version line
            guard let colon = rawLine.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: rawLine[rawLine.startIndex..<colon], as: UTF8.self)
                .trimmingASCIISpace().lowercased()
            let value = String(decoding: rawLine[(colon + 1)...], as: UTF8.self).trimmingASCIISpace()
            switch name {
            case "warc-type": record.type = value.lowercased()
            case "warc-target-uri": record.targetURI = value.trimmingAngleBrackets()
            case "warc-date": record.date = value
            case "content-type": record.contentType = value
            case "content-length":
                if let length = Int(value), length >= 0 {
                    record.length = length
                    hasLength = true
                }
            default: break
            }
        }
        return (record, hasLength)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and carriage returns.
    func trimmingASCIISpace() -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if first == 0 && last == bytes.count - 1 { return self }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    /// WARC 1.0 wrote the target URI in angle brackets; 1.1 does not.
    func trimmingAngleBrackets() -> String {
        hasPrefix("<") && hasSuffix(">") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
