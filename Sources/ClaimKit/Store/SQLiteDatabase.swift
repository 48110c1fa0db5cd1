import CSQLite
import Foundation

/// One connection to a SQLite file: the only Swift file that calls the SQLite C API.
///
/// Not thread-safe: one thread uses a connection (the store writes on the batch's delivering thread).
package final class SQLiteDatabase {
    /// A value to bind or read.
    package enum Value: Equatable, Sendable {
        /// SQL NULL.
        case null
        /// A 64-bit integer.
        case integer(Int64)
        /// A double.
        case real(Double)
        /// UTF-8 text.
        case text(String)
        /// Bytes.
        case blob([UInt8])
    }

    /// A failed SQLite call, with SQLite's message; `isBusy` when another connection holds the lock.
    package struct Failure: Error, CustomStringConvertible {
        /// SQLite's message and what was being done.
        package var description: String
        /// True when the database was locked by another connection past the busy timeout.
        package var isBusy: Bool
    }

    private var handle: OpaquePointer?
    /// The file's path.
    package let path: String

    /// Opens (creating if needed) the file at `path`; a locked database is waited for up to `busyTimeout` seconds.
    package init(path: String, busyTimeout: Double = 5) throws {
        self.path = path
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        handle = db
        guard rc == SQLITE_OK else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            handle = nil
            throw Failure(description: "cannot open \(path): \(message)", isBusy: false)
        }
        sqlite3_busy_timeout(db, Int32(max(0, min(busyTimeout, 86_400)) * 1000))
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements without parameters.
    package func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(error)
            throw failure(rc, message)
        }
    }

    /// A prepared statement for `sql`.
    package func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw failure(rc, String(cString: sqlite3_errmsg(handle))) }
        return Statement(statement, database: self)
    }

    /// Runs `sql` with `values` bound and returns every row.
    package func rows(_ sql: String, _ values: [Value] = []) throws -> [[Value]] {
        let statement = try prepare(sql)
        try statement.bind(values)
        var out: [[Value]] = []
        while try statement.step() { out.append(statement.row) }
        return out
    }

    /// Runs `sql` once with `values` bound.
    package func run(_ sql: String, _ values: [Value] = []) throws {
        try prepare(sql).run(values)
    }

    /// The rowid of the last row inserted on this connection.
    package var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The version of the SQLite library in use ("3.40.1").
    package static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    fileprivate func failure(_ rc: Int32, _ message: String) -> Failure {
        let primary = rc & 0xFF
        return Failure(description: message, isBusy: primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    }

    /// A compiled statement; `bind` then `step` until it returns false, or `run`.
    package final class Statement {
        private var statement: OpaquePointer?
        private let database: SQLiteDatabase

        fileprivate init(_ statement: OpaquePointer, database: SQLiteDatabase) {
            self.statement = statement
            self.database = database
        }

        deinit { sqlite3_finalize(statement) }

        /// Resets the statement and binds `values` to its parameters 1, 2 ...
        package func bind(_ values: [Value]) throws {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (i, value) in values.enumerated() {
                let index = Int32(i + 1)
                let rc: Int32
                switch value {
                case .null: rc = sqlite3_bind_null(statement, index)
                case .integer(let v): rc = sqlite3_bind_int64(statement, index, v)
                case .real(let v): rc = sqlite3_bind_double(statement, index, v)
                case .text(let v): rc = sqlite3_bind_text(statement, index, v, -1, claims_sqlite_transient())
                case .blob(let v):
                    rc = v.withUnsafeBytes {
                        sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), claims_sqlite_transient())
                    }
                }
                guard rc == SQLITE_OK else {
                    throw database.failure(rc, String(cString: sqlite3_errmsg(database.handle)))
                }
            }
        }

        /// Advances to the next row: true when there is one, false when done.
        package func step() throws -> Bool {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_ROW { return true }
            if rc == SQLITE_DONE { return false }
            throw database.failure(rc, String(cString: sqlite3_errmsg(database.handle)))
        }

        /// Binds `values` and steps to the end (for statements that return no rows).
        package func run(_ values: [Value]) throws {
            try bind(values)
            while try step() {}
        }

        /// The current row's values.
        package var row: [Value] {
            (0..<sqlite3_column_count(statement)).map { column in
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
                case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
                case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(statement, column)))
                case SQLITE_BLOB:
                    let count = Int(sqlite3_column_bytes(statement, column))
                    guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return .blob([]) }
                    return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
                default: return .null
                }
            }
        }
    }
}

extension SQLiteDatabase.Value {
    /// The text, or nil for any other value.
    package var text: String? { if case .text(let s) = self { s } else { nil } }
    /// The integer (a real is truncated), or nil.
    package var integer: Int? {
        switch self {
        case .integer(let v): Int(v)
        case .real(let v): Int(v)
        default: nil
        }
    }
    /// The number as a Double, or nil.
    package var real: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .real(let v): v
        default: nil
        }
    }
    /// An optional string as text or null.
    package static func optional(_ s: String?) -> Self { s.map { .text($0) } ?? .null }
    /// An optional number as real or null.
    package static func optional(_ d: Double?) -> Self { d.map { .real($0) } ?? .null }
    /// An Int as an integer.
    package static func int(_ v: Int) -> Self { .integer(Int64(v)) }
}
