import Foundation

/// The side tables a user can add (`--aliases`, `--kinds`, `--outlets`), read from files.
public enum SideFiles {
    /// The text of the file `path`, named by `option` when it cannot be read.
    static func text(_ path: String, option: String) throws(PipelineError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(option, path) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The built-in speaker aliases with the table in `path` added.
    public static func aliases(_ path: String) throws(PipelineError) -> SpeakerAliases {
        SpeakerAliases(text: try text(path, option: "--aliases"), base: .default)
    }

    /// The built-in subject kinds with the kinds in `path` tried first.
    public static func kinds(_ path: String) throws(PipelineError) -> SubjectKindTable {
        let text = try text(path, option: "--kinds")
        do {
            return SubjectKindTable.standard.prepending(try SubjectKindTable.parse(text))
        } catch {
            throw PipelineError("--kinds \(path): \(error)")
        }
    }

    /// The outlet name table in `path` (with the built-in cleaning of site names).
    public static func outlets(_ path: String) throws(PipelineError) -> OutletNames {
        let text = try text(path, option: "--outlets")
        do {
            return try OutletNames(parsing: text)
        } catch {
            throw PipelineError("--outlets \(path): \(error)")
        }
    }
}
