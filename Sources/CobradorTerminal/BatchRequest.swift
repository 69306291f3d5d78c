/// One line of `parse --batch`: `{"text": "…", "today": "YYYY-MM-DD"}`, other fields ignored. A line
/// that is not one JSON object is read as plain text, so the output keeps one line per input.
///
/// Read by a small validating scanner instead of `JSONSerialization`: on the batch path, building a
/// Foundation dictionary per line cost more than parsing the message.
public struct BatchRequest: Sendable, Equatable {
    public var text: String
    public var today: String?

    public init(text: String, today: String? = nil) {
        self.text = text
        self.today = today
    }

    public init(line: [UInt8]) {
        var scanner = JSONLineScanner(line)
        if let (text, today) = scanner.requestObject() {
            self.init(text: text ?? "", today: today)
        } else {
            self.init(text: String(decoding: line, as: UTF8.self))
        }
    }

    public init(line: String) {
        self.init(line: Array(line.utf8))
    }
}

/// Just enough JSON for one object per line: every value is checked, the strings of "text" and
/// "today" are decoded, the rest is skipped. Nil for anything that is not exactly one valid object.
struct JSONLineScanner {
    private let bytes: [UInt8]
    private var i = 0
    /// Nested arrays and objects inside a skipped value, bounded so a hostile line cannot exhaust the stack.
    private static let maxDepth = 512

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// (text, today) when the line is one JSON object; a key that is present but not a string gives nil for it.
    mutating func requestObject() -> (String?, String?)? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var text: String?
        var today: String?
        skipSpace()
        if !take(UInt8(ascii: "}")) {
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                if key == "text" || key == "today" {
                    var value: String?
                    if peek == UInt8(ascii: "\"") {
                        guard let s = string() else { return nil }
                        value = s
                    } else {
                        guard skipValue(depth: 0) else { return nil }
                    }
                    if key == "text" { text = value } else { today = value }
                } else {
                    guard skipValue(depth: 0) else { return nil }
                }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        skipSpace()
        return i == bytes.count ? (text, today) : nil
    }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func take(_ b: UInt8) -> Bool {
        guard peek == b else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 }
    }

    private mutating func skipValue(depth: Int) -> Bool {
        guard depth < JSONLineScanner.maxDepth, let b = peek else { return false }
        switch b {
        case UInt8(ascii: "\""):
            return skipString()
        case UInt8(ascii: "{"):
            i += 1
            skipSpace()
            if take(UInt8(ascii: "}")) { return true }
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\""), skipString() else { return false }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "}"))
            }
        case UInt8(ascii: "["):
            i += 1
            skipSpace()
            if take(UInt8(ascii: "]")) { return true }
            while true {
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "]"))
            }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    /// RFC 8259 number grammar.
    private mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        guard let first = peek, isDigit(first) else { return false }
        i += 1
        if first != UInt8(ascii: "0") { while let b = peek, isDigit(b) { i += 1 } }
        if take(UInt8(ascii: ".")) {
            guard let b = peek, isDigit(b) else { return false }
            while let b = peek, isDigit(b) { i += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard let b = peek, isDigit(b) else { return false }
            while let b = peek, isDigit(b) { i += 1 }
        }
        return true
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private mutating func skipString() -> Bool {
        guard take(UInt8(ascii: "\"")) else { return false }
        while let b = peek {
            i += 1
            if b == UInt8(ascii: "\"") { return true }
            if b < 0x20 { return false }
            if b == UInt8(ascii: "\\") {
                guard let e = peek else { return false }
                i += 1
                if e == UInt8(ascii: "u") {
                    guard hex4() != nil else { return false }
                } else if !JSONLineScanner.simpleEscapes.contains(e) {
                    return false
                }
            }
        }
        return false
    }

    private static let simpleEscapes: Set<UInt8> = Set("\"\\/bfnrt".utf8)

    /// A string value, escapes decoded; invalid UTF-8 and lone surrogates become U+FFFD, as a decoder would repair them.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        // Fast path: no escapes.
        while let b = peek, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\"), b >= 0x20 { i += 1 }
        if peek == UInt8(ascii: "\"") {
            let s = String(decoding: bytes[start..<i], as: UTF8.self)
            i += 1
            return s
        }
        var out: [UInt8] = Array(bytes[start..<i])
        while let b = peek {
            i += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case 0..<0x20:
                return nil
            case UInt8(ascii: "\\"):
                guard let e = peek else { return nil }
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = hex4() else { return nil }
                    var scalar = Unicode.Scalar(unit)
                    if (0xD800...0xDBFF).contains(unit), peek == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        if let low = hex4(), (0xDC00...0xDFFF).contains(low) {
                            scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        } else {
                            i = save
                        }
                    }
                    out.append(contentsOf: Array(String(Character(scalar ?? "\u{FFFD}")).utf8))
                default:
                    return nil
                }
            default:
                out.append(b)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
