import ArgumentParser
import ClaimKit
import Foundation

/// `claims text PATH...`: ingest only. STUB plumbing: the batch work replaces walking and output.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Print the article text and metadata of each input.")

    enum Format: String, ExpressibleByArgument { case jsonl, text }

    @Option(help: "jsonl (one record per article) or text (title and text for reading).")
    var format: Format = .jsonl

    @Argument(help: "Files, folders or - for paths on stdin.")
    var paths: [String]

    func run() throws {
        var files: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = (FileManager.default.subpaths(atPath: path) ?? []).sorted()
                files += names.filter { Ingestor.supportedExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        for file in files {
            switch Ingestor().ingest(path: file) {
            case .success(let article):
                switch format {
                case .jsonl: print(article.jsonLine)
                case .text: print("# \(article.title ?? article.path)\n\n\(article.text)\n")
                }
            case .failure(let diagnostic):
                FileHandle.standardError.write(Data((diagnostic.line + "\n").utf8))
            }
        }
    }
}
