/// The HTTP response inside a WARC `response` record: status, the headers we use, and the body
/// with its transfer and content codings undone.
struct HTTPResponse: Equatable {
    var status: Int
    /// `Content-Type` as sent, e.g. `text/html; charset=windows-1251`.
    var contentType: String?
    var transferEncoding: String?
    var contentEncoding: String?
    /// Index of the first body byte in the block.
    var bodyStart: Int

    /// Parses the status line and headers of `block`; nil when it is not an HTTP response.
    static func parse(_ block: [UInt8]) -> HTTPResponse? {
        guard block.count >= 12, block.starts(with: Array("HTTP/".utf8)) else { return nil }
        // The header ends at the first blank line (CRLF CRLF, or LF LF from lax servers).
        var end = -1
        var i = 0
        while i < block.count - 1 && i < 1 << 16 {
            if block[i] == 0x0A {
                if block[i + 1] == 0x0A { end = i + 2; break }
                if i + 2 < block.count && block[i + 1] == 0x0D && block[i + 2] == 0x0A { end = i + 3; break }
            }
            i += 1
        }
        if end < 0 { end = block.count }  // headers only, no body
        let lines = block[0..<end].split(separator: 0x0A, omittingEmptySubsequences: true)
        guard let statusLine = lines.first else { return nil }
        let parts = statusLine.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, let status = Int(String(decoding: parts[1], as: UTF8.self)) else { return nil }
        var response = HTTPResponse(status: status, bodyStart: end)
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).trimmingASCIISpace().lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingASCIISpace()
            switch name {
            case "content-type": response.contentType = value
            case "transfer-encoding": response.transferEncoding = value.lowercased()
            case "content-encoding": response.contentEncoding = value.lowercased()
            default: break
            }
        }
        return response
    }

    /// The body of `block` with chunking and gzip/deflate undone; a reason when that fails.
    func body(of block: [UInt8], limit: Int) -> Result<[UInt8], Inflater.InflateProblem> {
        var body = Array(block[min(bodyStart, block.count)...])
        if transferEncoding?.contains("chunked") == true, let joined = HTTPResponse.dechunked(body) { body = joined }
        switch contentEncoding {
        case "gzip", "x-gzip": return Inflater.inflateAll(body, format: .gzipOrZlib, limit: limit)
        case "deflate":
            if case .success(let out) = Inflater.inflateAll(body, format: .gzipOrZlib, limit: limit) {
                return .success(out)
            }
            return Inflater.inflateAll(body, format: .raw, limit: limit)
        default: return .success(body)
        }
    }

    /// The chunks of a chunked body joined; nil when the body is not chunked after all.
    static func dechunked(_ body: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            var size = 0
            var digits = 0
            while i < body.count, let digit = hexValue(body[i]) {
                size = size &* 16 &+ digit
                digits += 1
                i += 1
                if digits > 12 { return nil }
            }
            guard digits > 0 else { return nil }
            while i < body.count && body[i] != 0x0A { i += 1 }  // chunk extensions, CR
            i += 1
            if size == 0 { return out }
            guard size <= body.count - min(i, body.count) else {
                out.append(contentsOf: body[min(i, body.count)...])  // a cut last chunk: keep what came
                return out
            }
            out.append(contentsOf: body[i..<(i + size)])
            i += size
            if i < body.count && body[i] == 0x0D { i += 1 }
            if i < body.count && body[i] == 0x0A { i += 1 }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }

    /// True for a media type that is an HTML page.
    static func isHTML(mediaType contentType: String?) -> Bool? {
        guard let contentType, !contentType.isEmpty else { return nil }
        let media =
            contentType.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingASCIISpace().lowercased() }
            ?? ""
        return media == "text/html" || media == "application/xhtml+xml"
    }

    /// The `charset` parameter of a Content-Type, if any.
    static func charset(of contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmingASCIISpace().lowercased() == "charset" else { continue }
            var value = String(pair[1]).trimmingASCIISpace()
            if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
