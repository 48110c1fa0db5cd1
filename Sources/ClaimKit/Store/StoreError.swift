/// Why a `claims db update` could not do its job (problems in the inputs are diagnostics, not these).
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// Another process held the write lock past the wait.
    case busy(path: String, seconds: Double)
    /// The file has tables but is not a claims database.
    case notAStore(path: String)
    /// A claims database of another schema version.
    case otherVersion(path: String, found: String)
    /// SQLite failed (disk full, corrupt file ...).
    case sqlite(path: String, message: String)

    /// One line for people.
    public var description: String {
        switch self {
        case .busy(let path, let seconds):
            "\(path): another update is writing to this database (waited \(BatchSummary.duration(seconds))); nothing was changed, try again when it has finished"
        case .notAStore(let path):
            "\(path): not a claims database (it has other tables); give a new file name"
        case .otherVersion(let path, let found):
            "\(path): made by another version of claims (schema \(found), this one writes \(StoreSchema.version)); give a new file name"
        case .sqlite(let path, let message):
            "\(path): SQLite: \(message)"
        }
    }
}
