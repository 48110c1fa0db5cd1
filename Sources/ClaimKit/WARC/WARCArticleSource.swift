/// The inputs of one web archive, one record at a time: each `response` record with HTTP 200 and
/// an HTML payload, and each `resource` record with HTML, is an article file whose id is
/// `PATH#OFFSET`; every other record is counted by kind; a damaged one is a diagnostic.
struct WARCArticleSource {
    let path: String
    private let reader: WARCReader
    /// Payloads over this many bytes are skipped as too large (the `--max-size` cap, per record).
    private let maxBytes: Int

    /// Record types that can hold an article: only their blocks are read.
    static let articleTypes: Set<String> = ["response", "resource"]

    /// Opens the archive at `path`; a diagnostic when it cannot be opened.
    static func open(path: String, maxBytes: Int) -> Result<WARCArticleSource, Diagnostic> {
        ArchiveByteStream.open(path: path).map { stream in
            // A response block holds HTTP headers too: allow them room over the payload cap.
            let reader = WARCReader(stream: stream, maxBlock: maxBytes + (1 << 16)) { articleTypes.contains($0) }
            return WARCArticleSource(path: path, reader: reader, maxBytes: maxBytes)
        }
    }

    /// True for the names of web archives: `.warc` and `.warc.gz`, in any letter case.
    static func isArchiveName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return (lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")) && !lower.hasPrefix(".warc")
    }

    /// The next input of the archive, or nil at its end.
    mutating func next() -> BatchInput? {
        guard let item = reader.next() else { return nil }
        switch item {
        case .problem(let offset, let detail):
            return .skipped(Diagnostic(path: id(offset), reason: .corrupt, detail: detail))
        case .record(let record):
            return input(for: record)
        }
    }

    private func id(_ offset: Int) -> String { path + "#" + String(offset) }

    private func input(for record: WARCRecord) -> BatchInput {
        guard Self.articleTypes.contains(record.type) else {
            return .archiveRecord(record.type.isEmpty ? "without a type" : record.type)
        }
        guard let block = record.block else {
            // Over the cap: a record that would not be an article anyway is only counted.
            if record.type == "response", let head = record.head, let response = HTTPResponse.parse(head) {
                if response.status != 200 { return .archiveRecord("HTTP \(response.status)") }
                if HTTPResponse.isHTML(mediaType: response.contentType) == false { return .archiveRecord("not HTML") }
            } else if record.type == "resource", HTTPResponse.isHTML(mediaType: record.contentType) == false {
                return .archiveRecord("not HTML")
            }
            return .skipped(tooLarge(record.offset, size: record.length))
        }
        let payload: [UInt8]
        let contentType: String?
        if record.type == "response" {
            guard let response = HTTPResponse.parse(block) else { return .archiveRecord("not HTTP") }
            guard response.status == 200 else { return .archiveRecord("HTTP \(response.status)") }
            guard
                HTTPResponse.isHTML(mediaType: response.contentType) ?? false
                    || (response.contentType == nil && looksLikeHTML(block, from: response.bodyStart))
            else {
                return .archiveRecord("not HTML")
            }
            switch response.body(of: block, limit: maxBytes) {
            case .success(let body): payload = body
            case .failure(.tooLarge(let size)): return .skipped(tooLarge(record.offset, size: size))
            case .failure(.corrupt(let reason)):
                return .skipped(
                    Diagnostic(
                        path: id(record.offset), reason: .corrupt,
                        detail: "HTTP body could not be decoded (\(response.contentEncoding ?? "")): \(reason)"))
            }
            contentType = response.contentType
        } else {
            guard HTTPResponse.isHTML(mediaType: record.contentType) ?? looksLikeHTML(block, from: 0) else {
                return .archiveRecord("not HTML")
            }
            payload = block
            contentType = record.contentType
        }
        if payload.count > maxBytes { return .skipped(tooLarge(record.offset, size: payload.count)) }
        let page = FetchedPage(
            bytes: payload, url: record.targetURI, fetched: record.date,
            charset: HTTPResponse.charset(of: contentType))
        return .file(BatchFile(path: id(record.offset), page: page))
    }

    /// A payload without a Content-Type is taken as HTML when it opens like a page.
    private func looksLikeHTML(_ bytes: [UInt8], from start: Int) -> Bool {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        let head = String(decoding: bytes[min(i, bytes.count)..<min(i + 64, bytes.count)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head")
    }

    private func tooLarge(_ offset: Int, size: Int) -> Diagnostic {
        let mib = Double(size) / 1_048_576
        let cap = Double(maxBytes) / 1_048_576
        return Diagnostic(
            path: id(offset), reason: .tooLarge,
            detail: "record payload is \(String(format2: mib)) MiB, over the \(String(format2: cap)) MiB cap")
    }
}
