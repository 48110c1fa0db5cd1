import ClaimKit
public import Foundation

extension GoldFile {
    /// Why a gold file could not be read.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var detail: String
        public var description: String { "\(path): \(detail)" }
    }

    /// Reads a gold file, keeping the order of its articles.
    public init(contentsOf path: String) throws(LoadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let why = FileManager.default.fileExists(atPath: path) ? "cannot read the gold file" : "no such gold file"
            throw LoadError(path: path, detail: why + "; give --gold the path of a .gold.json file")
        }
        do {
            try self.init(jsonData: data)
        } catch {
            throw LoadError(path: path, detail: GoldFile.problem(in: data, error))
        }
    }

    /// Decodes gold JSON, keeping the order of its articles as score.py iterates them.
    public init(jsonData data: Data) throws {
        self = try JSONDecoder().decode(GoldFile.self, from: data)
        guard let text = String(data: data, encoding: .utf8),
            case .object(let members)? = try JSONValueParser.parse(text)["articles"]
        else { return }
        articleOrder = members.map(\.key).filter { articles[$0] != nil }
    }
}
