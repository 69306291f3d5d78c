/// One mailbox: an address and, optionally, the name shown with it (`Ana Pérez <ana@example.com>`).
///
/// Only plain ASCII addresses of the common form are taken (`local@domain.tld`, dot-atom local
/// part, a domain of at least two labels): what every SMTP server accepts without extensions.
/// The name may be any text without line breaks or control characters; the message builder
/// encodes it (RFC 2047) when it is not plain ASCII.
public struct MailAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    public let address: String
    public let displayName: String?

    /// - Parameter field: the header this mailbox is for, named in the error when it is refused.
    public init(_ address: String, name: String? = nil, field: String = "To") throws(MailError) {
        let trimmedName = name?.trimmingASCIIWhitespace()
        if let trimmedName, Self.hasControlCharacter(trimmedName) {
            throw .headerInjection(field: MailField(header: field, kind: .name))
        }
        if Self.hasControlCharacter(address) { throw .headerInjection(field: MailField(header: field, kind: .address)) }
        let trimmed = address.trimmingASCIIWhitespace()
        guard Self.isValid(trimmed) else { throw .invalidAddress(field: MailField(header: field, kind: .address), value: trimmed) }
        self.address = trimmed
        self.displayName = trimmedName.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The domain part, lower-cased (`Message-ID` uses the `From` domain).
    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]).lowercased() }

    /// `Name <address>` or the bare address, unencoded: for showing, never for a header.
    public var description: String { displayName.map { "\($0) <\(address)>" } ?? address }

    enum CodingKeys: String, CodingKey {
        case address
        case displayName = "name"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let address = try container.decode(String.self, forKey: .address)
        let name = try container.decodeIfPresent(String.self, forKey: .displayName)
        do {
            try self.init(address, name: name)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .address, in: container, debugDescription: error.description)
        }
    }

    /// CR, LF and the other C0 controls and DEL: a line break would start a header of its own.
    static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F || scalar == "\u{85}" || scalar == "\u{2028}"
                || scalar == "\u{2029}"
        }
    }

    static func isValid(_ address: String) -> Bool {
        guard address.utf8.count <= 254, let at = address.lastIndex(of: "@") else { return false }
        let local = address[..<at]
        let domain = address[address.index(after: at)...]
        return isDotAtom(local) && local.utf8.count <= 64 && isDomain(domain)
    }

    private static let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".utf8)

    private static func isDotAtom(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.first != ".", text.last != ".", !text.contains("..") else { return false }
        return text.utf8.allSatisfy { byte in
            isASCIIAlphanumeric(byte) || atextSymbols.contains(byte) || byte == UInt8(ascii: ".")
        }
    }

    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, text.utf8.count <= 253 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && label.first != "-" && label.last != "-"
                && label.utf8.allSatisfy { isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (never line breaks: those are refused, not trimmed).
    func trimmingASCIIWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
