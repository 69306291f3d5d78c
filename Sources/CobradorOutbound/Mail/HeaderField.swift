import CobradorCore

/// One header field written to RFC 5322 and RFC 2047: text that is not plain ASCII goes as
/// encoded-words (`=?UTF-8?Q?…?=`), and the field is folded at spaces so no line is longer than
/// 78 characters. Values come from `OutgoingMail`, already free of line breaks.
struct HeaderField: Hashable, Sendable {
    static let maxLineLength = 78
    /// Short enough that one fits after the longest header name cobrador writes ("Reply-To: ").
    static let maxEncodedWordLength = 66

    let name: String
    /// The tokens of the value, to be joined by single spaces (where the field may be folded).
    let tokens: [String]

    /// A structured value written as it is (`Date`, `Message-ID`, `MIME-Version`…).
    init(name: String, plain value: String) {
        self.name = name
        self.tokens = value.split(separator: " ").map(String.init)
    }

    /// Free text (`Subject`): plain words stay readable, runs of words that need it are encoded.
    init(name: String, text: String) {
        self.name = name
        self.tokens = Self.textTokens(text)
    }

    /// A list of mailboxes (`From`, `To`, `Cc`…), separated by commas.
    init(name: String, mailboxes: [MailAddress]) {
        self.name = name
        var tokens: [String] = []
        for (index, mailbox) in mailboxes.enumerated() {
            var part = mailbox.displayName.map(Self.phraseTokens) ?? []
            part.append(mailbox.displayName == nil ? mailbox.address : "<\(mailbox.address)>")
            if index < mailboxes.count - 1 { part[part.count - 1] += "," }
            tokens += part
        }
        self.tokens = tokens
    }

    /// `Name: value`, folded (continuation lines start with a space), lines joined by `\n`.
    var folded: String {
        var lines: [String] = []
        var current = name + ":"
        for token in tokens {
            if !token.isEmpty && current.utf8.count + 1 + token.utf8.count > Self.maxLineLength && current.utf8.count > name.utf8.count + 1 {
                lines.append(current)
                current = " " + token
            } else {
                current += " " + token
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    // MARK: - Tokens

    static func textTokens(_ text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var tokens: [String] = []
        var run: [String] = []
        func flush() {
            if !run.isEmpty { tokens += encodedWords(run.joined(separator: " ")) }
            run = []
        }
        for word in words {
            if needsEncoding(word) {
                run.append(word)
            } else if !run.isEmpty && word.isEmpty {
                // A double space inside a run of encoded words stays inside it.
                run.append(word)
            } else {
                flush()
                tokens.append(word)
            }
        }
        flush()
        return tokens
    }

    /// A display name: atoms as they are, a name with specials quoted, anything else encoded.
    static func phraseTokens(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        if words.allSatisfy({ !needsEncoding($0) && $0.utf8.allSatisfy(isAtext) }) { return words }
        if !name.unicodeScalars.contains(where: { !$0.isASCII }) && name.utf8.count <= maxEncodedWordLength - 2
            && !name.contains("=?")
        {
            var quoted = "\""
            for character in name {
                if character == "\"" || character == "\\" { quoted.append("\\") }
                quoted.append(character)
            }
            return [quoted + "\""]
        }
        return encodedWords(name)
    }

    static func needsEncoding(_ word: String) -> Bool {
        word.utf8.count > maxEncodedWordLength || word.contains("=?")
            || word.unicodeScalars.contains { !$0.isASCII || $0.value < 0x20 || $0.value == 0x7F }
    }

    private static func isAtext(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
        }
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Q-encoded words (RFC 2047 §4.2, with the restricted set allowed in a phrase, so the same
    /// words serve a subject and a display name), each a whole number of characters.
    static func encodedWords(_ text: String) -> [String] {
        let prefix = "=?UTF-8?Q?"
        let suffix = "?="
        let room = maxEncodedWordLength - prefix.utf8.count - suffix.utf8.count
        var words: [String] = []
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            var encoded: [UInt8] = []
            switch scalar {
            case " ":
                encoded = [UInt8(ascii: "_")]
            case "a"..."z", "A"..."Z", "0"..."9", "!", "*", "+", "-", "/":
                encoded = [UInt8(scalar.value)]
            default:
                for byte in String(scalar).utf8 { encoded += [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] }
            }
            if current.count + encoded.count > room {
                words.append(prefix + String(decoding: current, as: UTF8.self) + suffix)
                current = []
            }
            current += encoded
        }
        if !current.isEmpty || words.isEmpty { words.append(prefix + String(decoding: current, as: UTF8.self) + suffix) }
        return words
    }
}
