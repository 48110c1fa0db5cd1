// libFuzzer target: arbitrary bytes through ingest, as an HTML page and as a text file.
// Built only by scripts/fuzz.sh (swiftc -sanitize=fuzzer,address); not a SwiftPM target.
import ClaimKit

private let ingestor = Ingestor(options: Ingestor.Options(maxBytes: 1 << 20))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    for path in ["fuzz.html", "fuzz.txt"] {
        switch ingestor.ingest(bytes: bytes, path: path) {
        case .success(let article):
            // The record must always be writable, and the text must be what the paragraphs say.
            precondition(!article.jsonLine.isEmpty)
            precondition(article.text.unicodeScalars.count >= article.paragraphs.count - 1)
        case .failure(let diagnostic):
            precondition(!diagnostic.detail.isEmpty && !diagnostic.line.contains("\n"), "diagnostic must be one line")
        }
    }
    return 0
}
