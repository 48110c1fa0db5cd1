/// Splits RFC 4180 CSV bytes into records of fields, remembering the line each record starts on.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; records end at LF or CRLF.
/// A quote left open at the end of the input is reported, not guessed at.
package struct CSVParser: Sendable {
    /// One record: its fields and the 1-based line it starts on.
    package struct Record: Sendable, Equatable {
        package var line: Int
        package var fields: [String]
    }

    /// The records read, and the line of an unterminated quoted field if there was one.
    package struct Output: Sendable, Equatable {
        package var records: [Record]
        package var unterminatedQuoteLine: Int?
    }

    /// Creates a parser.
    package init() {}

    /// Parses `bytes` (UTF-8, an optional BOM is dropped); blank lines yield no record.
    package func parse(_ bytes: [UInt8]) -> Output {
        var state = State()
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            let b = bytes[i]
            let next = i + 1 < bytes.count ? bytes[i + 1] : nil
            if state.inQuotes {
                if state.quoted(b, next: next) { i += 1 }
            } else {
                state.unquoted(b, next: next)
            }
            i += 1
        }
        if state.inQuotes { return Output(records: state.records, unterminatedQuoteLine: state.quoteLine) }
        if !state.field.isEmpty || !state.fields.isEmpty || state.fieldWasQuoted { state.endRecord() }
        return Output(records: state.records, unterminatedQuoteLine: nil)
    }

    /// What the parse has read so far.
    private struct State {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 0
        var fieldWasQuoted = false

        mutating func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }

        mutating func endRecord() {
            let quoted = fieldWasQuoted
            endField()
            // A record of one empty, unquoted field is a blank line.
            if !(fields.count == 1 && fields[0].isEmpty && !quoted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        /// Byte `b` inside a quoted field; true when it took the `next` byte too (a doubled quote).
        mutating func quoted(_ b: UInt8, next: UInt8?) -> Bool {
            if b == UInt8(ascii: "\"") {
                if next == UInt8(ascii: "\"") {
                    field.append(b)
                    return true
                }
                inQuotes = false
            } else {
                if b == UInt8(ascii: "\n") { line += 1 }
                field.append(b)
            }
            return false
        }

        /// Byte `b` outside quotes.
        mutating func unquoted(_ b: UInt8, next: UInt8?) {
            switch b {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\""):
                if field.allSatisfy({ $0 == UInt8(ascii: " ") }) && !fieldWasQuoted {
                    field.removeAll(keepingCapacity: true)
                    inQuotes = true
                    fieldWasQuoted = true
                    quoteLine = line
                } else {
                    field.append(b)  // a stray quote inside an unquoted field is kept as written
                }
            case UInt8(ascii: "\r") where next == UInt8(ascii: "\n"):
                break  // the LF that follows ends the record
            case UInt8(ascii: "\n"):
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(b)
            }
        }
    }
}
