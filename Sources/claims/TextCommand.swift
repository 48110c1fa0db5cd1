import ArgumentParser
import ClaimKit
import Foundation

/// `claims text PATH...`: ingest only. STUB: the batch work replaces it.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Print the article text and metadata of each input.")

    @Argument(help: "Files, folders or - for paths on stdin.")
    var paths: [String]

    func run() throws {
        for path in paths {
            switch Ingestor().ingest(path: path) {
            case .success(let article): print(article.text)
            case .failure(let diagnostic): FileHandle.standardError.write(Data((diagnostic.line + "\n").utf8))
            }
        }
    }
}
