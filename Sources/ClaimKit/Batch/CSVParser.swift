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
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 0
        var fieldWasQuoted = false
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            let quoted = fieldWasQuoted
            endField()
            // A record of one empty, unquoted field is a blank line.
            if !(fields.count == 1 && fields[0].isEmpty && !quoted) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
            } else {
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
                case UInt8(ascii: "\r") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"):
                    break  // the LF that follows ends the record
                case UInt8(ascii: "\n"):
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    field.append(b)
                }
            }
            i += 1
        }
        if inQuotes { return Output(records: records, unterminatedQuoteLine: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return Output(records: records, unterminatedQuoteLine: nil)
    }
}
