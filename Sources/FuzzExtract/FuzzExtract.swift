import ClaimKit
// libFuzzer target: arbitrary text as an article through the claim extractor.
// Built only by scripts/fuzz.sh (swiftc -sanitize=fuzzer,address); not a SwiftPM target.
import Foundation

private let extractor = ClaimExtractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let article = Article(path: "fuzz.txt", paragraphs: paragraphs)
    let scalars = article.text.unicodeScalars.count
    for claim in extractor.extract(from: article) {
        // Offsets must point inside the article text, and the record must be writable.
        precondition(
            0 <= claim.start && claim.start <= claim.end && claim.end <= scalars, "claim offsets outside the text")
        precondition(claim.value.map { !$0.isNaN } ?? true, "NaN value")
        precondition(!claim.jsonLine.isEmpty)
    }
    return 0
}
