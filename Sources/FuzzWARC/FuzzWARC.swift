import ClaimKit
// libFuzzer target: arbitrary bytes as a web archive (.warc; gzip when they start like gzip)
// through the WARC reader and ingest of every page it finds.
// Built only by scripts/fuzz.sh (swiftc -sanitize=fuzzer,address); not a SwiftPM target.
import Foundation

private let ingestor = Ingestor(options: Ingestor.Options(maxBytes: 1 << 20))
private let path = NSTemporaryDirectory() + "claims-fuzz-\(getpid()).warc"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWARC(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? Data() : Data(bytes: data!, count: size)
    guard FileManager.default.createFile(atPath: path, contents: bytes) else { return 0 }
    var records = 0
    for input in InputWalker(paths: [path], readLine: { nil }, maxRecordBytes: 1 << 20) {
        records += 1
        // Every record is at least one byte of the file: more inputs than bytes means a loop.
        precondition(records <= size + 2, "the reader returned more records than the file has bytes")
        switch input {
        case .file(let file):
            precondition(file.path.hasPrefix(path + "#"), "article id is the archive path and an offset")
            guard let page = file.page else { preconditionFailure("an archive record carries its page") }
            precondition(page.bytes.count <= 1 << 20, "payload over the cap")
            if case .success(let article) = ingestor.ingest(page: page, path: file.path) {
                precondition(!article.jsonLine.isEmpty)
            }
        case .skipped(let diagnostic):
            precondition(!diagnostic.detail.isEmpty && !diagnostic.line.contains("\n"), "diagnostic must be one line")
        case .archive, .archiveRecord: break
        default: preconditionFailure("unexpected input \(input)")
        }
    }
    return 0
}
