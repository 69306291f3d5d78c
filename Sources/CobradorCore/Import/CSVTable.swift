import Foundation

/// A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF, and `;` files from spreadsheet
/// programs set to a Spanish locale. Each record remembers the line it started on, for error messages.
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public var records: [Record]
    public var unterminatedQuoteLine: Int?

    public init(parsing text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let delimiter = CSVTable.detectDelimiter(bytes)
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteStart = 0
        var i = 0
        var fieldStarted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
            } else if b == UInt8(ascii: "\"") && !fieldStarted {
                inQuotes = true
                fieldStarted = true
                quoteStart = line
            } else if b == delimiter {
                endField()
            } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                if b == UInt8(ascii: "\r"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(b)
                if b != UInt8(ascii: " ") { fieldStarted = true }
            }
            i += 1
        }
        if inQuotes { unterminatedQuoteLine = quoteStart }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        self.records = records
    }

    /// The delimiter is whichever of `,` `;` or tab appears most in the header line, outside quotes.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 9: 0]
        var inQuotes = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes && (b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")) { break }
            if !inQuotes, counts[b] != nil { counts[b]! += 1 }
        }
        let comma = counts[UInt8(ascii: ",")]!, semicolon = counts[UInt8(ascii: ";")]!, tab = counts[9]!
        if semicolon > comma && semicolon >= tab { return UInt8(ascii: ";") }
        if tab > comma { return 9 }
        return UInt8(ascii: ",")
    }
}
