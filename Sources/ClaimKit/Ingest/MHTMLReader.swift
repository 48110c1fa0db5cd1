import Foundation

/// The HTML page inside an MHTML web archive (a browser's "save as single file", RFC 2557):
/// the first `text/html` part, its quoted-printable or base64 transfer encoding undone.
enum MHTMLReader {
    /// The page of an archive and where it came from.
    struct Page: Equatable {
        /// The HTML bytes, decoded from the transfer encoding (still in the page's charset).
        var html: [UInt8]
        /// The page's address (`Content-Location` of the part, else `Snapshot-Content-Location`).
        var url: String?
    }

    /// The archive's HTML page, nil when there is no `text/html` part.
    static func page(_ bytes: [UInt8]) -> Page? {
        guard let (headers, bodyStart) = headerBlock(bytes, from: 0) else { return nil }
        let type = headers["content-type"] ?? ""
        let snapshotURL = headers["snapshot-content-location"] ?? headers["content-location"]
        guard type.lowercased().hasPrefix("multipart/") else {
            guard type.lowercased().hasPrefix("text/html") else { return nil }
            return Page(
                html: decode(Array(bytes[bodyStart...]), encoding: headers["content-transfer-encoding"]),
                url: snapshotURL)
        }
        guard let boundary = parameter("boundary", in: type), !boundary.isEmpty else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        var starts: [Int] = []
        var i = bodyStart
        while let hit = ByteSearch.firstIndex(of: delimiter, in: bytes, from: i) {
            if hit == 0 || bytes[hit - 1] == 0x0A { starts.append(hit) }
            i = hit + delimiter.count
        }
        for (n, start) in starts.enumerated() {
            var partStart = start + delimiter.count
            // The closing "--".
            if partStart + 1 < bytes.count, bytes[partStart] == 0x2D, bytes[partStart + 1] == 0x2D { break }
            while partStart < bytes.count, bytes[partStart] == 0x20 || bytes[partStart] == 0x09 { partStart += 1 }
            if partStart < bytes.count, bytes[partStart] == 0x0D { partStart += 1 }
            if partStart < bytes.count, bytes[partStart] == 0x0A { partStart += 1 }
            var partEnd = n + 1 < starts.count ? starts[n + 1] : bytes.count
            if partEnd > partStart, bytes[partEnd - 1] == 0x0A { partEnd -= 1 }
            if partEnd > partStart, bytes[partEnd - 1] == 0x0D { partEnd -= 1 }
            guard partStart < partEnd, let (partHeaders, body) = headerBlock(bytes, from: partStart),
                (partHeaders["content-type"] ?? "").lowercased().hasPrefix("text/html"), body <= partEnd
            else { continue }
            let html = decode(Array(bytes[body..<partEnd]), encoding: partHeaders["content-transfer-encoding"])
            return Page(html: html, url: partHeaders["content-location"] ?? snapshotURL)
        }
        return nil
    }

    /// The MIME headers starting at `from` (names lower-cased, folded lines joined) and the
    /// index where the body starts after the blank line.
    static func headerBlock(_ bytes: [UInt8], from: Int) -> ([String: String], Int)? {
        var headers: [String: String] = [:]
        var lastName: String?
        var i = from
        while i < bytes.count {
            var end = i
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var line = String(decoding: bytes[i..<end], as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            i = min(end + 1, bytes.count)
            if line.isEmpty { return (headers, i) }
            if let first = line.first, first == " " || first == "\t", let name = lastName {
                headers[name, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                if headers[name] == nil {
                    headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                lastName = name
            } else {
                return nil  // not a header line: not MIME
            }
        }
        return nil
    }

    /// A `name=value` or `name="value"` parameter of a header value.
    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// Undoes a transfer encoding: quoted-printable, base64, or none (7bit, 8bit, binary).
    static func decode(_ body: [UInt8], encoding: String?) -> [UInt8] {
        switch encoding?.lowercased() {
        case "quoted-printable": return quotedPrintable(body)
        case "base64":
            let text = String(
                decoding: body.filter { !($0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09) }, as: UTF8.self)
            return Data(base64Encoded: text, options: .ignoreUnknownCharacters).map { [UInt8]($0) } ?? []
        default: return body
        }
    }

    /// RFC 2045 quoted-printable: `=XX` is a byte, `=` at a line end joins the lines.
    static func quotedPrintable(_ body: [UInt8]) -> [UInt8] {
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x41 + 10
            case 0x61...0x66: return b - 0x61 + 10
            default: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = 0
        while i < body.count {
            let b = body[i]
            guard b == 0x3D else { out.append(b); i += 1; continue }
            if i + 1 < body.count, body[i + 1] == 0x0A { i += 2; continue }
            if i + 2 < body.count, body[i + 1] == 0x0D, body[i + 2] == 0x0A { i += 3; continue }
            if i + 2 < body.count, let high = hex(body[i + 1]), let low = hex(body[i + 2]) {
                out.append(high << 4 | low)
                i += 3
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }
}
