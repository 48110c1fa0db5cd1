import ArgumentParser
import ClaimKit
import Foundation

/// `claims extract PATH...`: one claim record per line. STUB: the batch work replaces the plumbing.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extract the numeric claims of each input.")

    @Argument(help: "Files, folders or - for paths on stdin.")
    var paths: [String]

    func run() throws {
        let extractor = ClaimExtractor()
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
                for claim in extractor.extract(from: article) { print(claim.jsonLine) }
            case .failure(let diagnostic):
                FileHandle.standardError.write(Data((diagnostic.line + "\n").utf8))
            }
        }
    }
}
