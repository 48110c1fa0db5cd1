import ClaimKit
import Foundation

extension GoldFile {
    /// A decoding failure in words a gold file's author can act on: where (claim 3 of article X,
    /// the line of a JSON syntax error) and what is missing or wrong. No Swift type names.
    static func problem(in data: Data, _ error: any Error) -> String {
        if let text = String(data: data, encoding: .utf8) {
            do {
                _ = try JSONValueParser.parse(text)
            } catch {
                let (line, column) = position(of: error.offset, in: data)
                return "not valid JSON at line \(line), column \(column): \(error.message)"
            }
        } else {
            return "not UTF-8 text; save the gold file as UTF-8 JSON"
        }
        guard let decoding = error as? DecodingError else { return "not a gold file (\(error.localizedDescription))" }
        switch decoding {
        case .keyNotFound(let key, let context):
            return
                "\(place(context.codingPath)) has no '\(key.stringValue)'; add it (the gold format is in docs/gold-format.md)"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let (container, key) = split(context.codingPath)
            let what = key.map { "'\($0)' of \(place(container))" } ?? place(container)
            return "\(what) should be \(words(for: type))"
        case .dataCorrupted(let context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "not a gold file"
        }
    }

    /// "claim 3 of article X", "article X", "'categories'", "the file".
    private static func place(_ path: [any CodingKey]) -> String {
        let keys = path.map { $0.intValue.map { "#\($0 + 1)" } ?? $0.stringValue }
        switch keys.count {
        case 0: return "the file"
        case 1: return "'\(keys[0])'"
        case 2 where keys[0] == "articles": return "article \(keys[1])"
        case 4... where keys[0] == "articles" && keys[2] == "claims":
            let claim = "claim \(keys[3].dropFirst()) of article \(keys[1])"
            return keys.count == 4 ? claim : "\(claim), \(keys[4...].joined(separator: " "))"
        default: return "'" + keys.joined(separator: " ") + "'"
        }
    }

    /// The path of a value's container and the value's key (nil for a list item).
    private static func split(_ path: [any CodingKey]) -> ([any CodingKey], String?) {
        guard let last = path.last else { return ([], nil) }
        if last.intValue != nil { return (path, nil) }
        return (Array(path.dropLast()), last.stringValue)
    }

    private static func words(for type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a text in quotes"
        case is Double.Type, is Int.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [String].Type: return "a list of texts, e.g. [\"police\"]"
        case is [[String]].Type: return "a list of [group, note] pairs"
        case is [String: String].Type: return "an object of texts"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
            return "an object"
        }
    }

    /// 1-based line and column of a byte offset.
    private static func position(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
