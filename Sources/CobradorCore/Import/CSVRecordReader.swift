import Foundation

/// Reads RFC 4180 records one at a time from a byte stream, in bounded memory: quoted fields with
/// delimiters, doubled quotes and line breaks; CRLF, LF or a lone CR; `,` `;` tab or `|`. Each record
/// knows the line it starts on. A field longer than `maxStoredFieldBytes` is kept cut short and marked,
/// so a runaway quote or a 10 MB cell costs 64 KB, not the file.
public final class CSVRecordReader {
    public static let maxStoredFieldBytes = 64 * 1024
    public static let maxStoredFields = 4096
    static let chunkSize = 1 << 20

    public let delimiter: UInt8
    private let source: any ByteSource
    private let chunk: UnsafeMutableRawBufferPointer
    private var position = 0, end = 0
    private var exhausted = false
    private var skipLeadingLF = false
    private var line = 1

    /// The current record: fields stored end to end, `ends[i]` closing field `i`.
    private(set) var storage: [UInt8] = []
    private(set) var ends: [Int] = []
    private(set) var truncatedFields: [Int] = []
    /// How many fields the record had, stored or not.
    public private(set) var fieldCount = 0
    /// The line the current record starts on (1-based).
    public private(set) var recordLine = 0
    /// Set when the input ends inside a quoted field: the line where that quote opened.
    public private(set) var unterminatedQuoteLine: Int?
    /// Bytes taken from the source so far (for progress).
    public private(set) var bytesRead = 0

    public init(source: any ByteSource, delimiter: UInt8) {
        self.source = source
        self.delimiter = delimiter
        chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        storage.reserveCapacity(4096)
        ends.reserveCapacity(64)
    }

    deinit { chunk.deallocate() }

    /// The bytes of field `i` of the current record (empty past the last field).
    public func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard i < ends.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = i == 0 ? 0 : ends[i - 1]
        return try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[i]])) }
    }

    public func isTruncated(_ i: Int) -> Bool { truncatedFields.contains(i) }

    /// Field `i`, trimmed, as text (UTF-8, or Windows-1252 when it is not valid UTF-8).
    public func string(_ i: Int) -> String { withField(i) { ImportText.string(ImportText.trimmed($0)) } }

    public var fields: [String] { (0..<ends.count).map(string) }

    /// Advances to the next record that is not a blank line; false at the end of the input.
    public func next() throws -> Bool {
        while true {
            guard try readRecord() else { return false }
            if fieldCount > 1 || !isBlank(0) { return true }
        }
    }

    private func isBlank(_ i: Int) -> Bool { withField(i) { ImportText.trimmed($0).isEmpty } }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private func refill() throws -> Bool {
        guard !exhausted else { return false }
        let n = try source.read(into: chunk)
        position = 0
        end = n
        bytesRead += n
        if n == 0 { exhausted = true }
        return n > 0
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private func readRecord() throws -> Bool {
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        truncatedFields.removeAll(keepingCapacity: true)
        fieldCount = 0
        var state = State.fieldStart
        var fieldStart = 0
        var leadingBlanks = 0
        var quoteLine = 0
        var sawAnything = false
        let quote = UInt8(ascii: "\"")
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        let delimiter = self.delimiter

        func endField() {
            if fieldCount < Self.maxStoredFields { ends.append(storage.count) } else { storage.removeSubrange(fieldStart...) }
            fieldCount += 1
            fieldStart = storage.count
            leadingBlanks = 0
        }
        func append(_ run: UnsafeRawBufferPointer) {
            let room = Self.maxStoredFieldBytes - (storage.count - fieldStart)
            if run.count <= room {
                storage.append(contentsOf: run)
            } else {
                if room > 0 { storage.append(contentsOf: UnsafeRawBufferPointer(rebasing: run[..<room])) }
                if truncatedFields.last != fieldCount { truncatedFields.append(fieldCount) }
            }
        }

        while true {
            if position == end {
                guard try refill() else {
                    if state == .quoted {
                        unterminatedQuoteLine = quoteLine
                        return false
                    }
                    guard sawAnything else { return false }
                    endField()
                    line += 1
                    return true
                }
            }
            if skipLeadingLF {
                skipLeadingLF = false
                if chunk[position] == lf {
                    position += 1
                    continue
                }
            }
            if !sawAnything {
                sawAnything = true
                recordLine = line
            }
            switch state {
            case .fieldStart:
                let b = chunk[position]
                if b == quote {
                    // Blanks before an opening quote are not part of the value.
                    if leadingBlanks > 0 { storage.removeLast(leadingBlanks) }
                    leadingBlanks = 0
                    state = .quoted
                    quoteLine = line
                    position += 1
                } else if b == 0x20 || b == 0x09, b != delimiter {
                    storage.append(b)
                    leadingBlanks += 1
                    position += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                var i = position
                while i < end {
                    let b = chunk[i]
                    if b == delimiter || b == lf || b == cr { break }
                    i += 1
                }
                if i > position { append(UnsafeRawBufferPointer(rebasing: chunk[position..<i])) }
                position = i
                guard i < end else { continue }
                let b = chunk[i]
                position += 1
                if b == delimiter {
                    endField()
                    state = .fieldStart
                } else {
                    endField()
                    line += 1
                    if b == cr { skipLeadingLF = true }
                    return true
                }
            case .quoted:
                var i = position
                while i < end {
                    let b = chunk[i]
                    if b == quote { break }
                    if b == lf { line += 1 }
                    i += 1
                }
                if i > position { append(UnsafeRawBufferPointer(rebasing: chunk[position..<i])) }
                position = i
                guard i < end else { continue }
                position += 1
                state = .quoteInQuoted
            case .quoteInQuoted:
                let b = chunk[position]
                if b == quote {
                    append(UnsafeRawBufferPointer(rebasing: chunk[position..<(position + 1)]))
                    position += 1
                    state = .quoted
                } else if b == delimiter {
                    position += 1
                    endField()
                    state = .fieldStart
                } else if b == lf || b == cr {
                    position += 1
                    endField()
                    line += 1
                    if b == cr { skipLeadingLF = true }
                    return true
                } else {
                    // `"abc"def`: not RFC 4180, read leniently as `abcdef`.
                    state = .unquoted
                }
            }
        }
    }
}

/// Byte-level text helpers shared by the reader and the value parsers.
public enum ImportText {
    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Spaces, tabs, line breaks and no-break spaces (U+00A0) off both ends.
    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard !bytes.isEmpty else { return bytes }
        var lo = 0
        var hi = bytes.count
        while true {
            if lo < hi, isBlank(bytes[lo]) {
                lo += 1
            } else if hi - lo >= 2, bytes[lo] == 0xC2, bytes[lo + 1] == 0xA0 {
                lo += 2
            } else {
                break
            }
        }
        while true {
            if hi > lo, isBlank(bytes[hi - 1]) {
                hi -= 1
            } else if hi - lo >= 2, bytes[hi - 2] == 0xC2, bytes[hi - 1] == 0xA0 {
                hi -= 2
            } else {
                break
            }
        }
        return UnsafeBufferPointer(rebasing: bytes[lo..<hi])
    }

    /// UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, what spreadsheets on Windows write.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        if isValidUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if (0x80...0x9F).contains(b), let s = Unicode.Scalar(windows1252[Int(b - 0x80)]) {
                scalars.append(s)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0..<0x80:
                i += 1
                continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            guard i + length <= n else { return false }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            // Overlong forms, surrogates and code points past U+10FFFF.
            if b == 0xE0 && bytes[i + 1] < 0xA0 || b == 0xED && bytes[i + 1] > 0x9F { return false }
            if b == 0xF0 && bytes[i + 1] < 0x90 || b == 0xF4 && bytes[i + 1] > 0x8F { return false }
            i += length
        }
        return true
    }

    /// Windows-1252 code points for the bytes 0x80…0x9F (undefined ones stay C1 controls).
    static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
