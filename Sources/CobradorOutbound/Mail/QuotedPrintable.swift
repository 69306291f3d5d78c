/// Quoted-printable (RFC 2045 §6.7) for a UTF-8 text body.
///
/// Besides the rules (`=` and bytes outside printable ASCII as `=XX`, trailing spaces encoded,
/// lines of at most 76 characters with `=` soft breaks), a `.` or `From ` at the start of a line is
/// encoded too: some mail paths end the message at a lone `.` or turn `From ` into `>From `.
enum QuotedPrintable {
    static let maxLineLength = 76

    /// The encoded body, lines joined by `\n` (the caller chooses the line ending it sends).
    static func encode(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { encodeLine(Substring($0)) }.joined(separator: "\n")
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    private static func encodeLine(_ line: Substring) -> String {
        let bytes = Array(line.utf8)
        var tokens: [[UInt8]] = []
        tokens.reserveCapacity(bytes.count)
        let startsLikeMbox = line.hasPrefix("From ")
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal: Bool
            switch byte {
            case UInt8(ascii: "="): literal = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"): literal = !isLast
            case UInt8(ascii: "."): literal = index != 0
            case UInt8(ascii: "F"): literal = !(index == 0 && startsLikeMbox)
            case 33...126: literal = true
            default: literal = false
            }
            tokens.append(literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
        // Greedy packing; every physical line but the last ends with "=", so it holds at most 75 characters before it.
        var lines: [[UInt8]] = [[]]
        for token in tokens {
            if lines[lines.count - 1].count + token.count > maxLineLength - 1 {
                lines[lines.count - 1].append(UInt8(ascii: "="))
                lines.append([])
            }
            lines[lines.count - 1] += token
        }
        return lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }
}
