import Foundation

/// An independent reader of what the mail builder writes, for round-trip tests: unfolds header
/// fields and decodes RFC 2047 Q encoded-words and quoted-printable bodies.
enum MailDecoding {
    /// The header fields of a message (`\n` line endings), unfolded, by name in order.
    static func headers(_ message: String) -> [(name: String, value: String)] {
        let head = message.components(separatedBy: "\n\n").first ?? ""
        var fields: [(String, String)] = []
        for line in head.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !fields.isEmpty {
                fields[fields.count - 1].1 += line
            } else if let colon = line.firstIndex(of: ":") {
                fields.append((String(line[..<colon]), String(line[line.index(after: colon)...].dropFirst())))
            }
        }
        return fields
    }

    /// Decodes the encoded-words of an unfolded value; whitespace between two encoded-words goes.
    static func decodeWords(_ value: String) -> String {
        let pattern = try! NSRegularExpression(pattern: #"=\?UTF-8\?Q\?([^?]*)\?="#)
        var out = ""
        var cursor = value.startIndex
        var lastWasEncoded = false
        for match in pattern.matches(in: value, range: NSRange(value.startIndex..., in: value)) {
            let range = Range(match.range, in: value)!
            let between = String(value[cursor..<range.lowerBound])
            if !(lastWasEncoded && between.allSatisfy({ $0 == " " || $0 == "\t" })) { out += between }
            let payload = String(value[Range(match.range(at: 1), in: value)!]).replacingOccurrences(of: "_", with: " ")
            out += String(decoding: hexDecoded(payload), as: UTF8.self)
            cursor = range.upperBound
            lastWasEncoded = true
        }
        out += value[cursor...]
        return out
    }

    /// A quoted-printable body (`\n` line endings) as text.
    static func quotedPrintable(_ body: String) -> String {
        var bytes: [UInt8] = []
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var text = String(line)
            let soft = text.hasSuffix("=")
            if soft { text.removeLast() }
            bytes += hexDecoded(text)
            if !soft && index < lines.count - 1 { bytes.append(UInt8(ascii: "\n")) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexDecoded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "="), index + 2 < utf8.count,
                let value = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return bytes
    }
}
