import ArgumentParser
import ClaimBench
import ClaimKit
import Foundation

/// `claims bench-parse DIR`: the hidden speed floor of `make bench` (scripts/bench.sh).
struct BenchParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-parse",
        abstract: "Parse every .html file under DIR with libxml2 alone (no tree walk, one thread): the speed floors.",
        shouldDisplay: false)

    @Argument(help: "A folder of .html pages.")
    var folder: String

    @Flag(help: "Run libxml2's SAX tokenizer with callbacks that only count bytes (no tree): the lowest floor.")
    var sax = false

    func run() throws {
        var pages = 0, bytes = 0, parsed = 0, seen = 0
        for input in InputWalker(paths: [folder]) {
            guard case .file(let file) = input, let data = FileManager.default.contents(atPath: file.path) else {
                continue
            }
            pages += 1
            bytes += data.count
            if sax {
                if let counted = HTMLParseBenchmark.saxParse(bytes: [UInt8](data)) { parsed += 1; seen += counted }
            } else if HTMLParseBenchmark.bareParse(bytes: [UInt8](data)) {
                parsed += 1
            }
        }
        print("pages \(pages) bytes \(bytes) parsed \(parsed)" + (sax ? " sax-bytes \(seen)" : ""))
    }
}
